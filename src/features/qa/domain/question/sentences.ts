/**
 * How a question's text is read into sentences before it is analysed: abbreviations kept whole, prefaces and
 * comma-joined questions split apart, who said what the asker reports left out, and for each sentence whether it asks,
 * is marked "?", or only states (see `QuestionPart.stated`).
 */
import { classify } from './classify';
import { cueAt, isCue, startsWith, type Cues } from './cues';
import type { QuestionPart } from './analyzeQuestion';
import * as q from './vocabularyOfQuestions';
import { questionSentences, questionWords } from './questionText';
import { newQuestionOpeners } from './splitParts';
import { opensWithAsker } from './askersContext';

/** Words that open an example or a restatement of what was asked ("t.ex.", "alltså"). */
const exampleOrRestatement = [...q.exampleWords, ...q.restatementWords];

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

/** How many words a question may open with, before a comma, ahead of its question word ("in Alingsås, which …"). */
const FRAME_WORDS = 3;

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
  // (The question may open with where it asks of: "Quick question for a piece I'm writing: in Alingsås, which body …?")
  const asksFrom = cueAt(after, q.questionWords);
  return cueAt(before, q.questionWords) < 0 && (asksFrom === 0 || (asksFrom > 0 && asksFrom <= FRAME_WORDS && /^[^,?]+,\s/.test(m[2])) || startsWith(after, newQuestionOpeners)) ? [`${m[1]}:`, m[2]] : [sentence];
}

/** Subjects after an inverted verb in a question of yes or no ("räknas det", "får vi", "does it", "is that"). */
const invertedSubjects: Cues = ['det', 'man', 'vi', 'jag', 'ni', 'de', 'dom', 'den', 'it', 'that', 'this', 'we', 'they'];

/** Who a clause of "när"/"when" is of, right after it ("när vi", "when the …"): no verb, so not a question of when. */
const clauseSubjects: Cues = ['vi', 'man', 'jag', 'ni', 'de', 'dom', 'du', 'det', 'the', 'we', 'our', 'you', 'they', 'i', 'a', 'an'];

/**
 * "När förvaltningen drar en powerpoint för nämnden, räknas det som dialog?": a clause of "när"/"when" before a comma,
 * after which a question of yes or no opens with its verb ("räknas det", "does it"), says when the question holds; it
 * asks no time. It is a preface of its own (see `prefaced`). For `Array.flatMap` over a question's sentences.
 */
export function whenClause(sentence: string): string[] {
  const m = /^((?:när|when)\s[^,?]{8,160}),\s+(\S.*)$/iu.exec(sentence);
  if (!m) return [sentence];
  const [clause, after] = [questionWords(m[1]), questionWords(m[2])];
  // (The clause puts its subject first, "när nämnden beslutar"; "när antog KS sin budget, har ni datum?" asks when.)
  const subjectFirst = isCue(clause[1] ?? '', clauseSubjects) || /^\p{L}{3,}(?:en|et|na)$/u.test(clause[1] ?? '');
  const asksOnce = cueAt(clause.slice(1), q.questionWords) < 0;
  return subjectFirst && asksOnce && after.length >= 3 && cueAt(after, q.questionWords) !== 0 && isCue(after[1], invertedSubjects) ? [`${m[1]}:`, m[2]] : [sentence];
}

/**
 * "Jag skriver en artikel om hur Alingsås styrs.": a sentence that ends with a full stop and has its question word right
 * after "om" / "about" tells what something is about; it asks nothing.
 */
export function tellsAbout(s: string, ws: string[]): boolean {
  const at = cueAt(ws, q.questionWords);
  return /\.\s*$/.test(s) && at > 0 && (ws[at - 1] === 'om' || ws[at - 1] === 'about');
}

/**
 * "min chef tycker jag ska läsa på om styrmodellen, men vad är syftet med den?": a clause that asks nothing, joined by
 * ", men"/", but" to one that opens with its question word, tells what the question is about, as a sentence before it
 * does. For `Array.flatMap` over a question's sentences.
 */
export function butQuestion(sentence: string): string[] {
  const m = /^([^?]{8,200}?),\s+(?:men|but)\s+(\S.*)$/iu.exec(sentence);
  if (!m) return [sentence];
  const [before, after] = [questionWords(m[1]), questionWords(m[2])];
  return cueAt(before, q.questionWords) < 0 && after.length >= COMMA_QUESTION_WORDS && cueAt(after, q.questionWords) === 0 ? [`${m[1]}.`, m[2]] : [sentence];
}

/** Where two clauses of a question meet: a comma, or a spaced dash ("… fram – vilka …"). */
const clauseBreak = String.raw`,\s+|\s+[–—-]\s+`;
/** A clause of at least eight characters that asks nothing, its break, and what follows (askersClause). */
const clauseBreaks = new RegExp(clauseBreak, 'g');
const askersClauseParts = new RegExp(`^([^?]{8,200}?)(?:${clauseBreak})(\\S.*)$`, 'u');

/** Words that point back at something said before, "de"/"dom" ("hur skiljer de sig åt?") among them. */
const backPointers = new Set([...q.pointerWords, 'de', 'dom']);

/**
 * "vi ska ta fram ett eget budgetalternativ från vår grupp, vilken månad klubbar fullmäktige mål och budget?": a clause in
 * which the asker ("jag", "vi") tells what they are doing, asking nothing, joined by a comma or a spaced dash to one that
 * opens with its question word, is a sentence before the question, as "Vi ska ta fram … . Vilken månad …?" is.
 * For `Array.flatMap` over a question's sentences.
 */
export function askersClause(sentence: string): string[] {
  const m = askersClauseParts.exec(sentence);
  if (!m) return [sentence];
  const [before, after] = [questionWords(m[1]), questionWords(m[2])];
  // (Not when the question points back into the clause: "vi har fått i uppdrag att kartlägga våra processer, varför är det
  // så viktigt?" asks of what the clause says.)
  const pointsIn = after.some((w) => backPointers.has(w));
  return opensWithAsker(before) && !pointsIn && cueAt(before, q.questionWords) < 0 && after.length >= COMMA_QUESTION_WORDS && cueAt(after, q.questionWords) === 0 ? [`${m[1]}.`, m[2]] : [sentence];
}

/** Words a question after a comma must have at least, and the question before it too, to be asked on its own. */
const COMMA_QUESTION_WORDS = 3;

/**
 * "hur tas nämndernas budgetramar fram, vad bygger resursfördelningsmodellen på" (or "… fram – vilka antaganden …"): two
 * questions joined by a comma or a spaced dash, each opening with its question word, are two sentences, the last one
 * marked as the question and the first ending in its comma (see `QuestionPart.stated`).
 * For `Array.flatMap` over a question's sentences.
 */
export function commaQuestions(sentence: string): string[] {
  const at = [...sentence.matchAll(clauseBreaks)].find((m) => {
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
    .flatMap(whenClause)
    .flatMap(butQuestion)
    .flatMap(askersClause)
    .flatMap(commaQuestions)
    .map((s) => ({ s, ws: reportsSaying.test(s) ? withoutSayer(questionWords(s)) : questionWords(s) }))
    .map(({ s, ws }) => ({ preface: s.endsWith(':') && ws.length > PREFACE_TOPIC_WORDS, marked: /\?\s*$/.test(s), joined: s.endsWith(','), asks: /\?\s*$/.test(s) || (!s.endsWith(':') && ((cueAt(ws, q.questionWords) >= 0 && !tellsAbout(s, ws)) || opensAsking(ws))), ws }))
    .filter((s) => s.ws.length)
    .map(askedAsGuess);
}

/** Openings of a sentence that says again, more narrowly, what the one before asked ("For example, …", "Like, …", "Alltså …"). */
const restatingOpeners: Cues = [...exampleOrRestatement, 'like', 'i mean', 'in other words', 'med andra ord', 'jag menar'];

/**
 * "What is the financial target? For example how big a surplus in percent …?": the unit a question's restatement asks for
 * (a percentage, an amount) holds for the question it restates too.
 */
export function unitsOfRestatements(parts: QuestionPart[]): void {
  for (const [i, part] of parts.entries()) {
    const next = parts[i + 1];
    if (next?.units && startsWith(next.words, restatingOpeners)) part.units = [...new Set([...(part.units ?? []), ...next.units])];
  }
}

/** Marks the parts that only sentences without a question mark hold, when another asks with one (`QuestionPart.stated`). */
export function markStated(parts: QuestionPart[], sentences: ReturnType<typeof readSentences>): void {
  if (sentences.filter((s) => s.asks).length < 2 || !sentences.some((s) => s.marked)) return;
  const holding = (part: QuestionPart) => sentences.filter((s) => ` ${s.ws.join(' ')} `.includes(` ${part.words.join(' ')} `));
  for (const part of parts) if (holding(part).length && holding(part).every((s) => !s.marked)) part.stated = holding(part).every((s) => s.joined) ? 'asked' : 'told';
}
