import { classify } from './classify';
import { cueAt, isCue, startsWith, type Cues } from './cues';
import type { QuestionPart } from './analyzeQuestion';
import type { TopicWord } from './TopicWord';
import * as q from './vocabularyOfQuestions';
import { questionSentences, questionWords } from './questionText';
import { newQuestionOpeners } from './splitParts';

/** Words that open an example or a restatement of what was asked ("t.ex.", "alltså"). */
const exampleOrRestatement = [...q.exampleWords, ...q.restatementWords];

/** The topic words a run of question words gives (analyzeQuestion's reading, passed in). */
type TopicOf = (ws: string[]) => TopicWord[];

/** The words of a part from `at` on (`before`: up to `at`), that its other words do not name too, weigh `factor` of their weight. */
function lightenFrom(part: QuestionPart, at: number, factor: number, topicOf: TopicOf, before = false): void {
  const [head, tail] = [part.words.slice(0, at), part.words.slice(at)];
  const asked = new Set(topicOf(before ? tail : head).map((t) => t.stem));
  const aside = new Set(topicOf(before ? head : tail).map((t) => t.stem));
  part.topic = part.topic.map((t) => (aside.has(t.stem) && !asked.has(t.stem) ? { ...t, weight: t.weight * factor } : t));
}


/**
 * "Vad förväntas av förvaltningen, så att jag kan ge rätt direktiv till ledningsgruppen?", "… så vi vet när …", "… so that I
 * can brief my team": after the question, what the asker will do with the answer (the index where it starts, or -1).
 * ("Vad krävs för att vi ska kunna säga …" asks what it takes: "för att" is no such clause.)
 */
function askersPurpose(ws: string[]): number {
  const asks = cueAt(ws, q.questionWords);
  const asker = (w = '') => ['jag', 'vi', 'i', 'we'].includes(w);
  return ws.findIndex((w, i) => i > asks && asks >= 0 && (((w === 'sa' || w === 'so') && ['att', 'that'].includes(ws[i + 1]) && asker(ws[i + 2])) || ((w === 'sa' || w === 'so') && asker(ws[i + 1]))));
}

/**
 * "Rätt basic fråga kanske, men vad är en styrmodell egentligen?", "Might be obvious, but how …": what comes before a "men"
 * that the question opens after is the asker's own remark (the index of "men", or -1).
 */
function remarkBeforeBut(ws: string[]): number {
  const at = ws.findIndex((w, i) => i > 0 && (w === 'men' || w === 'but') && cueAt(ws.slice(i + 1, i + 2), q.questionWords) === 0);
  return at > 0 && cueAt(ws.slice(0, at), q.questionWords) < 0 ? at : -1;
}

/**
 * "Ny som chef här – varför …", "… ny i nämnden", "jag är nyvald i miljö- och byggnadsnämnden": that the asker is new, and
 * in what (the three words after, up to a question word), says who asks, not what about: those words weigh little,
 * unless the rest of the question names them too.
 */
function lightenNewcomer(part: QuestionPart, topicOf: TopicOf): void {
  const at = cueAt(part.words, q.newcomerWords);
  if (at < 0) return;
  const asking = cueAt(part.words, q.questionWords, at + 1);
  const end = Math.min(at + 4, asking > at ? asking : part.words.length);
  const intro = new Set(topicOf(part.words.slice(at, end)).map((t) => t.stem));
  const rest = new Set(topicOf([...part.words.slice(0, at), ...part.words.slice(end)]).map((t) => t.stem));
  part.topic = part.topic.map((t) => (intro.has(t.stem) && !rest.has(t.stem) ? { ...t, weight: t.weight * 0.3 } : t));
}

/**
 * "… enligt styrmodellen", "… i er nya styrmodell", "according to the governance model", "How does the governance model
 * define …": where the asker looks, which is what every answer comes from, not what the question is about. The words of
 * each such frame after its preposition.
 */
function modelFrames(ws: string[]): string[][] {
  return ws.flatMap((w, i) => {
    if (!isCue(w, q.modelWords)) return [];
    // Back over determiners and genitives ("den nya", "kommunens", "Ånges") to the preposition that frames it.
    let at = i - 1;
    // (Or over a name right before the model: "in the Hallstahammar model".)
    const named = (j: number) => j === i - 1 && !isCue(ws[j], q.framePrepositions) && isCue(ws[j - 1] ?? '', [...q.frameFillers, ...q.framePrepositions]);
    while (at > 0 && i - at <= 3 && (isCue(ws[at], q.frameFillers) || (ws[at].length > 3 && ws[at].endsWith('s')) || named(at))) at--;
    if (at >= 0 && (isCue(ws[at], q.framePrepositions) || cueAt(ws.slice(Math.max(0, at - 1), at + 1), ['according to']) === 0)) return [ws.slice(at + 1, i + 1)];
    // The model as the one that says it ("Hur definierar styrmodellen …", "How does the governance model define …").
    return isCue(ws[i + 1] ?? '', q.sayingVerbs) || isCue(ws[i - 1] ?? '', q.sayingVerbs) ? [ws.slice(at + 1, i + 1)] : [];
  });
}

/**
 * Asides that narrow a question rather than name what it is about:
 * - "Vem fastställer förvaltningens verksamhetsplan, är det nämnden?": who the asker guesses is a possible answer
 *   (not "vem är det som …", "who is it that …": there it asks), and weighs little;
 * - "… ett nytt styrdokument, t.ex. en riktlinje för kulturen?": an example, which weighs half, as does a restatement
 *   ("… stödjande styrdokument, alltså sådant som inte är politiskt beslutat men gäller hela kommunen?");
 * - "… enligt styrmodellen": the model as where to look (see modelFrames), which weighs little;
 * - "… jämfört med de andra nämnderna": what the thing asked is set beside (unless the difference is asked), which weighs half;
 * - "ny som chef här", "ny i nämnden": who asks (see lightenNewcomer), which weighs little, as does a remark before a "men"
 *   the question opens after ("Rätt basic fråga kanske, men vad är …");
 * - "Vem bereder budgeten innan den landar på fullmäktiges bord?": of who does a thing, a clause of "innan" says up to
 *   when, and weighs half.
 */
export function lightenAsides(parts: QuestionPart[], topicOf: TopicOf): void {
  for (const part of parts) {
    lightenNewcomer(part, topicOf);
    const purpose = askersPurpose(part.words);
    if (purpose > 0) lightenFrom(part, purpose, 0.3, topicOf);
    const but = remarkBeforeBut(part.words);
    if (but > 0) lightenFrom(part, but, 0.3, topicOf, true);
    // "jag är chef på gata/park – vad är …": who asks, said in the question's own sentence before it asks.
    // (Up to the question, or to an "och" that goes on to what they do: "… och ska ta fram verksamhetsplanen".)
    const asks = cueAt(part.words, q.questionWords, 2);
    const and = part.words.findIndex((w, i) => i > 1 && (w === 'och' || w === 'and'));
    if (introducesAsker(part.words) && asks > 0 && (and < 0 || and > asks)) lightenFrom(part, asks, 0.3, topicOf, true);
    if (part.kind === 'decides' || part.kind === 'who' || part.kind === 'prepares') {
      let at = cueAt(part.words, q.guessWords, 2);
      while (at >= 0 && isCue(part.words[at - 1], q.questionWords)) at = cueAt(part.words, q.guessWords, at + 1);
      if (at >= 0) lightenFrom(part, at, 0.3, topicOf);
      const until = cueAt(part.words, ['innan', 'before'], 2);
      if (until >= 0) lightenFrom(part, until, 0.5, topicOf);
    }
    const example = cueAt(part.words, exampleOrRestatement, 1);
    if (example >= 0) lightenFrom(part, example, 0.5, topicOf);
    // "Vad har kommunstyrelsen för uppdrag jämfört med de andra nämnderna?": what it is set beside says less than what is asked.
    const beside = part.kind === 'difference' ? -1 : cueAt(part.words, q.comparisonWords, 2);
    if (beside >= 0) lightenFrom(part, beside, 0.5, topicOf);
    // The model as where to look weighs little, when the question names something else too.
    const framed = new Set(modelFrames(part.words).flatMap((frame) => topicOf(frame).map((t) => t.stem)));
    if (framed.size && part.topic.some((t) => !framed.has(t.stem))) part.topic = part.topic.map((t) => (framed.has(t.stem) ? { ...t, weight: t.weight * 0.3 } : t));
  }
}

/** "Jag är …", "jag jobbar …", "I'm …" opening a sentence (after a greeting): the asker says who they are. */
export const introducesAsker = (ws: string[]) => startsWith(isCue(ws[0] ?? '', q.smallTalk) ? ws.slice(1) : ws, q.introOpeners);

/** A sentence of a question: its folded words and whether it asks. */
type QuestionSentence = { asks: boolean; ws: string[]; preface?: boolean };

/**
 * "Vem fastställer verksamhetsplanen för min enhet? förvaltningschefen?", "… ks eller nåt utskott?": a short question
 * that only names who it might be, after one that asks who, is a guess, and is asked as "Är det förvaltningschefen?" is
 * (marked `guess`). For `Array.map` over a question's sentences.
 */
export function askedAsGuess<S extends QuestionSentence>(s: S, i: number, all: S[]): S & { guess?: boolean } {
  const before = all[i - 1];
  const guess = !!before && s.asks && s.ws.length <= 4 && cueAt(s.ws, q.questionWords) < 0 && !startsWith(s.ws, q.yesNoOpeners) && ['who', 'decides', 'prepares'].includes(classify(before.ws).kind);
  return guess ? { ...s, ws: ['ar', 'det', ...s.ws], guess } : s;
}

/** A preface of at most this many words names the question's topic ("Mål- och budget: när beslutas den?"). */
export const PREFACE_TOPIC_WORDS = 3;

/**
 * "Quick question on the budget cycle in Ånge: in which month …?", "Snabb fråga om styrmodellen: vad betyder …?": a
 * clause before a colon that asks nothing, when the question opens after it, is a preface of its own; a longer one says
 * what the asker is on about, and weighs like who asks. For `Array.flatMap` over a question's sentences.
 */
export function prefaced(sentence: string): string[] {
  const m = /^([^:?]{3,80}):\s+(\S.*)$/.exec(sentence);
  if (!m) return [sentence];
  const [before, after] = [questionWords(m[1]), questionWords(m[2])];
  return cueAt(before, q.questionWords) < 0 && (cueAt(after, q.questionWords) === 0 || startsWith(after, newQuestionOpeners)) ? [`${m[1]}:`, m[2]] : [sentence];
}

/**
 * "Jag skriver en artikel om hur Alingsås styrs.": a sentence that ends with a full stop and has its question word right
 * after "om" / "about" tells what something is about; it asks nothing.
 */
export function tellsAbout(s: string, ws: string[]): boolean {
  const at = cueAt(ws, q.questionWords);
  return /\.\s*$/.test(s) && at > 0 && (ws[at - 1] === 'om' || ws[at - 1] === 'about');
}

/** Words a question after a comma must have at least, and the question before it too, to be asked on its own. */
const COMMA_QUESTION_WORDS = 3;

/**
 * "hur tas nämndernas budgetramar fram, vad bygger resursfördelningsmodellen på": two questions joined by a comma, each
 * opening with its question word, are two sentences, the last one marked as the question and the first ending in its comma
 * (see `QuestionPart.stated`).
 * For `Array.flatMap` over a question's sentences.
 */
export function commaQuestions(sentence: string): string[] {
  const at = [...sentence.matchAll(/,\s+/g)].find((m) => {
    const [before, after] = [questionWords(sentence.slice(0, m.index)), questionWords(sentence.slice(m.index! + m[0].length))];
    // ("När verksamhetsplanen är klar, vad händer sen?": a clause of when opens the question, it asks nothing itself.)
    // (Nor does "… – for example, what surplus …" ask anew: it says what the question before means.)
    const example = cueAt(before.slice(-3), exampleOrRestatement) >= 0;
    return before.length >= COMMA_QUESTION_WORDS && after.length >= COMMA_QUESTION_WORDS && cueAt(before, q.questionWords) === 0 && !isCue(before[0], ['nar', 'when']) && !example && cueAt(after, q.questionWords) === 0;
  });
  if (!at) return [sentence];
  // (The question after the comma is the one asked, marked so; the one before it, unanswered, does not block it.)
  const rest = sentence.slice(at.index! + at[0].length);
  return [`${sentence.slice(0, at.index)},`, ...commaQuestions(/\?\s*$/.test(rest) ? rest : `${rest.trimEnd()}?`)];
}

/** Verbs of reporting what someone said, before "att"/"that" ("chefen sa att …", "my manager told me that …"). */
const reportingVerbs: Cues = ['sa', 'sade', 'sagt', 'sager', 'berattade', 'berattat', 'namnde', 'said', 'says', 'told', 'tells'];
/** A reporting verb as written ("sa att", not "så att", which folds alike). */
const reportsSaying = /(?<!\p{L})(?:sa|sade|sagt|säger|berättade|berättat|nämnde|said|says|told|tells)\s+(?:me\s+)?(?:att|that)(?!\p{L})/iu;
/** How many words before a reporting verb may say who said it ("min förvaltningschef", "nån på ledningen"). */
const SAYER_REACH = 3;

/**
 * "chefen sa att nämnden ska göra en genomlysning": who said it (up to three words before the verb, from the clause's
 * start or a conjunction) and the words of saying are no topic; what was said is.
 */
export function withoutSayer(ws: string[]): string[] {
  const at = ws.findIndex((w, i) => isCue(w, reportingVerbs) && (ws[i + 1] === 'att' || ws[i + 1] === 'that' || (ws[i + 1] === 'me' && ws[i + 2] === 'that')));
  if (at < 1) return ws;
  let from = at;
  while (from > 0 && at - from < SAYER_REACH && !isCue(ws[from - 1], [...q.questionWords, 'och', 'men', 'and', 'but', 'att', 'that'])) from--;
  const after = ws[at + 1] === 'me' ? at + 3 : at + 2;
  return from === at ? ws : [...ws.slice(0, from), ...ws.slice(after)];
}

/**
 * The sentences of a question as read: their words; whether each is marked "?", or is the first of two questions joined
 * by a comma; whether it asks (a mark, a question word that does not tell about something, "och var …": "… styrmodellen?
 * och var ska dom finnas, hittar inte") or is a long preface; and a guess asked as such.
 */
export function readSentences(text: string) {
  const opensAsking = (ws: string[]) => startsWith(ws[0] === 'och' || ws[0] === 'and' ? ws.slice(1) : ws, newQuestionOpeners);
  return questionSentences(text)
    .flatMap(prefaced)
    .flatMap(commaQuestions)
    .map((s) => ({ s, ws: reportsSaying.test(s) ? withoutSayer(questionWords(s)) : questionWords(s) }))
    .map(({ s, ws }) => ({ preface: s.endsWith(':') && ws.length > PREFACE_TOPIC_WORDS, marked: /\?\s*$/.test(s), joined: s.endsWith(','), asks: /\?\s*$/.test(s) || (cueAt(ws, q.questionWords) >= 0 && !tellsAbout(s, ws)) || opensAsking(ws), ws }))
    .filter((s) => s.ws.length)
    .map(askedAsGuess);
}

/** Marks the parts that only sentences without a question mark hold, when another asks with one (`QuestionPart.stated`). */
export function markStated(parts: QuestionPart[], sentences: ReturnType<typeof readSentences>): void {
  if (sentences.filter((s) => s.asks).length < 2 || !sentences.some((s) => s.marked)) return;
  const holding = (part: QuestionPart) => sentences.filter((s) => ` ${s.ws.join(' ')} `.includes(` ${part.words.join(' ')} `));
  for (const part of parts) if (holding(part).length && holding(part).every((s) => !s.marked)) part.stated = holding(part).every((s) => s.joined) ? 'asked' : 'told';
}
