/** Second thoughts on the ranking's first candidate: one of the next few goes first when it answers plainly better. */
import type { Candidate } from '../answer/Candidate';
import type { QuestionPart } from '../question/analyzeQuestion';
import { hasCue, isCue } from '../question/cues';
import { changeCues, defineVerbs, genericDecisionVerbs, termNouns } from '../question/vocabularyOfQuestions';
import { numberedThings } from '../lexicon/numberWords';
import { monthNumbers, words } from '../lexicon/normalize';
import { stem } from '../lexicon/stem';
import { definedAs } from '../question/termAsked';
import { englishOnlyStopwords, swedishStopwords } from '../lexicon/stopwords';
import { wordMatch } from '../question/TopicWord';
import type { PassageIndex } from '../retrieval/PassageIndex';
import { cutAtWord } from '../../../../shared/text';
import { maxAnswer } from '../unknownAnswer';

/** Moves the first of the next few candidates that `better` picks to the front; `raised`, it ranks as high as the one it goes before. */
function promote(ranked: Candidate[], better: (c: Candidate) => boolean, raised = false): Candidate[] {
  const chosen = ranked.slice(1, 5).find(better);
  return chosen ? [raised ? { ...chosen, score: Math.max(chosen.score, ranked[0].score) } : chosen, ...ranked.filter((c) => c !== chosen)] : ranked;
}

/** How much more of the question a sentence must hold than the best fact to go before it. */
const COVERAGE_LEAD = 0.25;
/** Or how much better a sentence must hold what the kind of question asks ("Syftet är att …" for "varför"), holding nearly as much of it. */
const FIT_LEAD = 0.4;
const COVERAGE_SLACK = 0.1;

/**
 * A fact first that leaves out much of what the question asks ("when does the council follow up the budget?" – the
 * budget's adoption), while a sentence near it holds it all and as much of the kind asked: the sentence goes first.
 */
export function coveredBetter(ranked: Candidate[]): Candidate[] {
  const [best] = ranked;
  if (best?.from !== 'fact') return ranked;
  return promote(ranked, (c) => c.from === 'sentence' && c.at !== undefined && ((c.coverage >= best.coverage + COVERAGE_LEAD && c.fit >= best.fit) || (c.fit >= best.fit + FIT_LEAD && c.coverage >= best.coverage - COVERAGE_SLACK)));
}

/** A step the year has only when needed ("Ändringsbeslut … (endast vid behov)", "Eventuell revidering av …"). */
const onlyIfNeeded = /\b(?:endast|bara) vid (?:behov|ändringsbeslut)\b|\(vid behov\)|^eventuell\b/i;
/** How near in score the regular step must be to go before it. */
const REGULAR_SLACK = 0.9;

/**
 * "När tar KF mål- och budget?": of a step that is taken every year and one taken only when needed ("Ändringsbeslut
 * kommunfullmäktiges mål- och budget (endast vid behov)"), nearly as good, the regular one answers, unless the
 * question asks of a change.
 */
export function regularFirst(ranked: Candidate[], part: QuestionPart): Candidate[] {
  const [best] = ranked;
  // (Said in the text, or in the heading of the section it stands in: "Oktober–november – Ändringsbeslut … (endast vid behov)".)
  const ifNeeded = (c: Candidate) => onlyIfNeeded.test(c.text) || c.sources.some((s) => onlyIfNeeded.test(s.section));
  // (A change is asked of, or a case supposed — "om det behövs" — but not what is decided on: "beslutar KF om mål- och budget".)
  const decidedOn = (i: number) => part.words.slice(Math.max(0, i - 2), i).some((x) => isCue(x, genericDecisionVerbs));
  const asksChange = part.words.some((w, i) => isCue(w, changeCues) && !(w === 'om' && decidedOn(i)));
  if (!best || !ifNeeded(best) || asksChange) return ranked;
  return promote(ranked, (c) => !ifNeeded(c) && c.score >= best.score * REGULAR_SLACK && c.coverage >= best.coverage - COVERAGE_SLACK);
}

/** How far down the ranking a sentence naming the very item asked is looked for. */
const ITEM_REACH = 12;

/**
 * "Vad görs i steg fyra i resursfördelningsmodellen?", "what happens in step four?": a question that names a thing by its
 * place is answered by the sentence that names that thing at that place ("I steg fyra multipliceras …"), before an
 * overview of all of them. `translations` gives the Swedish words of an English noun ("step" → "steg").
 */
export function namedItemFirst(ranked: Candidate[], part: QuestionPart, translations: (w: string) => string[]): Candidate[] {
  // (Of a noun, not of a little word: "med tre", "de fem".)
  const asked = numberedThings(part.words, stem).filter((a) => !swedishStopwords.has(a.noun) && !englishOnlyStopwords.has(a.noun));
  if (!asked.length || !ranked.length) return ranked;
  const nouns = (n: string) => new Set([n, ...translations(n).map(stem)]);
  const saidOf = new Map<Candidate, ReturnType<typeof numberedThings>>();
  const said = (c: Candidate) => saidOf.get(c) ?? saidOf.set(c, c.from === 'sentence' ? numberedThings(words(c.text), stem) : []).get(c)!;
  const names = (c: Candidate, same: boolean) => asked.some((a) => said(c).some((s) => (s.place === a.place) === same && nouns(a.noun).has(s.noun)));
  const chosen = ranked.slice(0, ITEM_REACH).find((c) => names(c, true));
  if (!chosen) return ranked;
  // It ranks as high as the one it goes before (naming the very item asked outweighs what ranked that one first); a
  // sentence on another of the items ("Modellens första steg …") does not come beside it.
  const others = ranked.filter((c) => c !== chosen);
  // (And it holds what is asked, whatever the kind of question: the item itself.)
  return [{ ...chosen, score: Math.max(chosen.score, ranked[0].score), fit: 1 }, ...others.filter((c) => !names(c, false)), ...others.filter((c) => names(c, false))];
}

/**
 * "Hur definierar Hallstahammar ett mål?": a sentence that opens by saying what the asked term is ("Ett mål är kort och
 * gott …") goes before one that only names it (the "mål" of "Mål- och budget fastställs …"), holding nearly as much of the
 * question; the term's own entry of the pack stays first.
 */
export function definitionFirst(ranked: Candidate[], part: QuestionPart): Candidate[] {
  const [best] = ranked;
  const term = part.term;
  if (!best || part.kind !== 'define' || !term) return ranked;
  // (A glossary entry whose name shares no word with the term only speaks of it: "Agenda 2030" of "Hållbar utveckling: …
  // utgår från Agenda 2030 …". A sentence saying what the term is goes before it.)
  const glossary = best.fact?.kind === 'glossary' ? best.fact.fact.term : undefined;
  const own = glossary !== undefined && words(glossary).map(stem).some((s) => (term.stem.includes('_') ? term.parts : [term.stem]).includes(s));
  // (When the question asks how the term is defined: "Vad är en genomlysning?" is answered by what the documents say of it.)
  if (own || (glossary === undefined && !hasCue(part.words, [...termNouns, ...defineVerbs]))) return ranked;
  const defines = (c: Candidate) => c.from === 'sentence' && Boolean(c.at?.defines && definedAs(c.at.defines, term, true));
  if (defines(best)) return ranked;
  // (It ranks as high as the one it goes before: saying what the term is outweighs what ranked that one first.)
  return promote(ranked, (c) => defines(c) && c.coverage >= best.coverage - COVERAGE_SLACK, true);
}

/** How near the best a step must come, in coverage, to go before the whole it is a step of. */
const STEP_SLACK = 0.05;

/**
 * "Hur räknas själva kompensationen fram i resursfördelningsmodellen?": a term's own entry that sums up the whole
 * (the model's five steps) goes after a sentence under a subheading that names the very part asked of ("Kompensation enligt
 * modellen: I steg fyra multipliceras …"), holding as much of the question; the part is a topic word the section's own
 * heading does not name.
 */
export function partBeforeWhole(ranked: Candidate[], part: QuestionPart, passages: PassageIndex): Candidate[] {
  const [best] = ranked;
  if (best?.fact?.kind !== 'glossary') return ranked;
  const label = (c: Candidate) => {
    if (c.from !== 'sentence' || !c.at) return undefined;
    const before = passages.sentences(c.at.passage)[c.at.index - 1];
    return c.at.subheading ? c.at : before?.subheading ? before : undefined;
  };
  const namesPart = (c: Candidate) => {
    const sub = label(c);
    const heading = sub && passages.termsOf(sub.passage).heading;
    return Boolean(sub && heading && part.topic.some((w) => wordMatch(w, sub.terms) >= 0.9 && wordMatch(w, heading) === 0));
  };
  const promoted = promote(ranked, (c) => c.coverage >= best.coverage - STEP_SLACK && namesPart(c), true);
  const [step] = promoted;
  if (step === best) return ranked;
  // The step whole: its subheading and the sentences under it, up to the next subheading.
  const sub = label(step)!;
  const all = passages.sentences(sub.passage);
  const end = all.findIndex((x, i) => i > sub.index && x.subheading);
  const block = all.slice(sub.index + 1, end < 0 ? undefined : end).map((x) => x.text).join(' ');
  return [{ ...step, text: cutAtWord(`${sub.text}: ${block}`, maxAnswer) }, ...promoted.slice(1)];
}

/** How near the best, in coverage, the step of the month named must come to go before it. */
const MONTH_SLACK = 0.1;
/** The words before a month that say when a step is taken ("i maj", "each May"). */
const monthFrames = ['i', 'in', 'varje', 'each', 'every'];

/**
 * "Who convenes the party group leaders each May to discuss …?": a month the question names, not asks for, says which step
 * it is about; a best candidate of another month yields to one of the month named that holds nearly as much of the question.
 */
export function namedMonthFirst(ranked: Candidate[], part: QuestionPart): Candidate[] {
  const [best] = ranked;
  if (!best || part.month === undefined || part.kind === 'when' || part.kind === 'month' || part.wants === 'month' || best.features.monthFit !== -1) return ranked;
  // (One month, as when a step is taken: "i maj", "each May"; not a span, "mellan juni och september", nor what a report
  // runs to, "resultatprognosen efter april".)
  const months = part.words.flatMap((w, i) => (monthNumbers[w] !== undefined ? [i] : []));
  if (months.length !== 1 || !isCue(part.words[months[0] - 1] ?? '', monthFrames)) return ranked;
  return promote(ranked, (c) => c.features.monthFit === 1 && c.coverage >= best.coverage - MONTH_SLACK);
}
