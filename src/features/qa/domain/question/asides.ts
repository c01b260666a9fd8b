import { cueAt, cueSpans, hasCue, isCue, startsWith, type Cues } from './cues';
import type { QuestionPart } from './analyzeQuestion';
import type { TopicWord } from './TopicWord';
import * as q from './vocabularyOfQuestions';
import { questionWords } from './questionText';
import { monthNumbers } from '../lexicon/normalize';
import { guessAt } from './classify';
import { namesGenericBody } from '../retrieval/bodyWords';
import { introducesAsker, pointsBack } from './askersContext';

/** Words that open an example or a restatement of what was asked ("t.ex.", "alltså"). */
const exampleOrRestatement = [...q.exampleWords, ...q.restatementWords];

/** The topic words a run of question words gives (analyzeQuestion's reading, passed in). */
type TopicOf = (ws: string[]) => TopicWord[];

/**
 * The words of a part from `at` on (`before`: up to `at`), that its other words do not name too, weigh `factor` of their
 * weight (of them, those `only` lets through).
 */
function lightenFrom(part: QuestionPart, at: number, factor: number, topicOf: TopicOf, before = false, only: (t: TopicWord) => boolean = () => true): void {
  const [head, tail] = [part.words.slice(0, at), part.words.slice(at)];
  const asked = new Set(topicOf(before ? tail : head).map((t) => t.stem));
  const aside = new Set(topicOf(before ? head : tail).map((t) => t.stem));
  part.topic = part.topic.map((t) => (aside.has(t.stem) && !asked.has(t.stem) && only(t) ? { ...t, weight: t.weight * factor } : t));
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

/** What a model does to what it says: says it, requires it or stresses it ("Varför kräver styrmodellen att alla mål ska vara mätbara?", "Varför lägger styrmodellen vikt vid …"). */
const modelVerbs: Cues = [...q.sayingVerbs, 'kraver', 'anger', 'foreskriver', 'require', 'requires', 'state', 'states', 'lagger', 'betonar', 'emphasises', 'emphasizes', 'stresses'];

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
    // The model as the one that says it ("Hur definierar (kommunens) styrmodell …", "How does the governance model (actually) define …").
    const verb = ws[i + 1] !== undefined && q.fillerAdverbs.includes(ws[i + 1]) ? ws[i + 2] : ws[i + 1];
    return isCue(verb ?? '', modelVerbs) || isCue(ws[at] ?? '', modelVerbs) ? [ws.slice(at + 1, i + 1)] : [];
  });
}

/** "per augusti", "per 31 augusti", "per den sista april": "per" before a date. */
const datesPer = (ws: string[], i: number) => ws[i] === 'per' && (monthNumbers[ws[i + 1] ?? ''] !== undefined || /^\d/.test(ws[i + 1] ?? '') || ws[i + 1] === 'den');

/** Verbs of having heard or read something, which open a question's premise ("hörde att …", "läste att …"). */
const hearsayVerbs: Cues = ['horde', 'hort', 'laste', 'last', 'sag', 'sett', 'hora', 'lasa'];

/** "(Jag) hörde/läste/såg (på rektorsmötet) att …", "vi fick precis höra att …": where the "att" opening what was heard stands (or -1). */
function hearsayEnd(ws: string[]): number {
  const from = ws.slice(0, 5).findIndex((w) => isCue(w, hearsayVerbs));
  const that = from >= 0 ? ws.indexOf('att', from + 1) : -1;
  return that > 0 && that <= from + 5 ? that : -1;
}

/**
 * Asides that narrow a question rather than name what it is about:
 * - "Vem fastställer förvaltningens verksamhetsplan, är det nämnden?": who the asker guesses is a possible answer
 *   (not "vem är det som …", "who is it that …": there it asks), and weighs little, as do the bodies a question offers
 *   as the answer's alternatives at its end ("… – jag själv eller förvaltningschefen?");
 * - "… ett nytt styrdokument, t.ex. en riktlinje för kulturen?": an example, which weighs half, as does a restatement
 *   ("… stödjande styrdokument, alltså sådant som inte är politiskt beslutat men gäller hela kommunen?");
 * - "… enligt styrmodellen": the model as where to look (see modelFrames), which weighs little, as does any closing
 *   "enligt …" ("enligt kommunens egen beskrivning") and "per" before a date ("delårsrapporten per augusti");
 * - "… jämfört med de andra nämnderna": what the thing asked is set beside (unless the difference is asked), which weighs half;
 * - "ny som chef här", "ny i nämnden": who asks (see lightenNewcomer), which weighs little, as does a remark before a "men"
 *   the question opens after ("Rätt basic fråga kanske, men vad är …");
 * - "Hörde på rektorsmötet att …": where the asker heard it (hearsayEnd), which weighs little;
 * - "Vem bereder budgeten innan den landar på fullmäktiges bord?": of who does a thing, a clause of "innan" says up to
 *   when, and weighs half; one of "när" or "efter" that opens the question says what was done before, and weighs little.
 */
export function lightenAsides(parts: QuestionPart[], topicOf: TopicOf): void {
  for (const part of parts) {
    lightenNewcomer(part, topicOf);
    // "Om vi i majoriteten vill ändra …", "vi på förskolan": where the asker is ("vi i …", "oss på …"), named by a word the
    // pack does not know, says who asks.
    const place = new Set(part.words.filter((_w, i) => i >= 2 && isCue(part.words[i - 1], ['i', 'pa', 'inom']) && isCue(part.words[i - 2], ['vi', 'oss'])));
    part.topic = part.topic.map((t) => (place.has(t.word) && !t.known ? { ...t, weight: t.weight * 0.3 } : t));
    // "Hörde på rektorsmötet att BUN ska få extra pengar …": where the asker heard or read what the question goes on from.
    const heard = hearsayEnd(part.words);
    if (heard > 0) lightenFrom(part, heard, 0.3, topicOf, true);
    const purpose = askersPurpose(part.words);
    if (purpose > 0) lightenFrom(part, purpose, 0.3, topicOf);
    // "Vad innebär det rent konkret för mig som har budgetansvar?", "… for me as a unit chief": who asks, said after it.
    // (Not "oss som bolag": what a body is asked of may be the asker's own.)
    const askerAfter = part.words.findIndex((w, i) => i > 2 && ((w === 'mig' && part.words[i + 1] === 'som') || (w === 'me' && part.words[i + 1] === 'as')));
    if (askerAfter > 0) lightenFrom(part, askerAfter, 0.3, topicOf);
    // "Vem beslutar om verksamhetsplanen som vi på förskolorna sen ska jobba utifrån?": a relative clause after the question
    // with the asker as its subject tells what the asker does with the thing, not what is asked of it.
    const asking = cueAt(part.words, q.questionWords);
    const askersClause = part.words.findIndex((w, i) => asking >= 0 && i > asking + 1 && w === 'som' && ['jag', 'vi'].includes(part.words[i + 1]));
    // (Only words the pack does not know: its own words may say which of the thing is asked, "den ekonomiska uppföljningen som
    // vi redovisar till varje KS-sammanträde".)
    if (askersClause > 0) lightenFrom(part, askersClause, 0.3, topicOf, false, (t) => !t.known);
    const but = remarkBeforeBut(part.words);
    if (but > 0) lightenFrom(part, but, 0.3, topicOf, true);
    // "jag är chef på gata/park – vad är …": who asks, said in the question's own sentence before it asks.
    // (Up to the question, or to an "och" that goes on to what they do: "… och ska ta fram verksamhetsplanen".)
    const asks = cueAt(part.words, q.questionWords, 2);
    const and = part.words.findIndex((w, i) => i > 1 && (w === 'och' || w === 'and'));
    if (introducesAsker(part.words) && asks > 0 && (and < 0 || and > asks)) lightenFrom(part, asks, 0.3, topicOf, true);
    if (part.kind === 'decides' || part.kind === 'who' || part.kind === 'prepares') {
      const at = guessAt(part.words);
      if (at >= 0) lightenFrom(part, at, 0.3, topicOf);
      // ("Vem fastställer planen för min enhet – jag själv eller förvaltningschefen?": bodies offered at the end as the
      // answer's alternatives are possible answers, as a guess names one; within a guess, "är det KS eller KF?", doubly so.)
      const or = Math.max(part.words.lastIndexOf('eller'), part.words.lastIndexOf('or'));
      const offered = part.words.slice(or + 1);
      if (or > 2 && offered.length <= 3 && offered.some(namesGenericBody)) lightenFrom(part, or - offered.length, 0.3, topicOf);
      const until = cueAt(part.words, ['innan', 'before'], 2);
      if (until >= 0) lightenFrom(part, until, 0.5, topicOf);
      // ("Innan fullmäktige fattar beslut om budgeten – vilket organ bereder den?": a clause of "innan" that opens the
      // question names who decides after, not who prepares.)
      const asks = isCue(part.words[0] ?? '', ['innan', 'before']) ? cueAt(part.words, q.questionWords, 2) : -1;
      const deciders = new Set(part.words.slice(0, Math.max(0, asks)).filter(namesGenericBody));
      if (part.kind === 'prepares' && deciders.size) part.topic = part.topic.map((t) => (deciders.has(t.word) ? { ...t, weight: t.weight * 0.3 } : t));
      // ("När budgetberedningen är klar med sitt underlag, vem gör sen i ordning ärendet till KS?": a clause of "när" or
      // "efter" that opens the question says what was done before, and by whom; its words weigh little unless what is
      // asked points back at them, "… vem tar hand om den?".)
      const done = isCue(part.words[0] ?? '', ['nar', 'efter', 'when', 'after']) ? cueAt(part.words, q.questionWords, 2) : -1;
      const asked = part.words.slice(Math.max(0, done));
      const before = new Set(part.words.slice(0, Math.max(0, done)).filter((w) => !asked.includes(w)));
      if (before.size && !pointsBack(asked) && part.topic.some((t) => !before.has(t.word))) part.topic = part.topic.map((t) => (before.has(t.word) ? { ...t, weight: t.weight * 0.3 } : t));
    }
    const example = cueAt(part.words, exampleOrRestatement, 1);
    if (example >= 0) lightenFrom(part, example, 0.5, topicOf);
    // "Vad har kommunstyrelsen för uppdrag jämfört med de andra nämnderna?": what it is set beside says less than what is asked.
    const beside = part.kind === 'difference' ? -1 : cueAt(part.words, q.comparisonWords, 2);
    if (beside >= 0) lightenFrom(part, beside, 0.5, topicOf);
    // "… enligt kommunens egen beskrivning?", "… according to …": a closing "enligt" says where the answer is to be found.
    const by = part.words.findIndex((w, i) => i > 0 && (w === 'enligt' || (w === 'according' && part.words[i + 1] === 'to')));
    if (by > 0 && topicOf(part.words.slice(0, by)).length) lightenFrom(part, by, 0.3, topicOf);
    // "delårsrapporten per augusti", "per den sista april": "per" before a date says as of when.
    if (part.words.some((w, i) => datesPer(part.words, i))) part.topic = part.topic.map((t) => (t.word === 'per' ? { ...t, weight: t.weight * 0.3 } : t));
    // The model as where to look weighs little, when the question names something else too.
    const framed = new Set(modelFrames(part.words).flatMap((frame) => topicOf(frame).map((t) => t.stem)));
    if (framed.size && part.topic.some((t) => !framed.has(t.stem))) part.topic = part.topic.map((t) => (framed.has(t.stem) ? { ...t, weight: t.weight * 0.3 } : t));
  }
}
