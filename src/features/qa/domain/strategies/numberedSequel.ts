import { sure, type Candidate } from '../answer/Candidate';
import { words } from '../lexicon/normalize';
import { numberValue, ordinalValue } from '../lexicon/numberWords';
import { coverage, wordMatch, type TopicWord } from '../question/TopicWord';
import type { Passage } from '../../../../kernel/knowledge/splitPassages';
import type { Sentence } from '../retrieval/PassageIndex';
import { excerpt } from './excerpt';
import type { AnswerContext } from './Strategy';

/** How many passages before and after the one found a numbered sequence may stand in (a model's steps as sub-sections). */
const NEAR_PASSAGES = 6;
/** How much of the question a step must name to be the one asked about. */
const NAMES_STEP = 0.5;

/** The number of the step a sentence opens ("Det tredje steget tar sikte på …" → 3; "Modellens sista steg …" → last). */
export function stepNumber(text: string): number | undefined {
  const ws = words(text).slice(0, 6);
  const at = ws.findIndex((w) => /^steg(?:et)?$/.test(w));
  if (at < 0) return undefined;
  const before = ws[at - 1] ?? '';
  if (before === 'sista') return Infinity;
  // An ordinal before it ("Modellens andra steg", "Det tredje steget"), or a number after it ("I steg fyra").
  const after = ws[at + 1] ?? '';
  return Object.hasOwn(ordinalValue, before) ? ordinalValue[before] : Object.hasOwn(numberValue, after) ? numberValue[after] : undefined;
}

/** The step a question numbers itself ("i steg tre", "det tredje steget"), if any. */
function askedNumber(ws: string[]): number | undefined {
  for (let i = 0; i < ws.length; i++) {
    const n = stepNumber(ws.slice(Math.max(0, i - 1), i + 2).join(' '));
    if (n !== undefined && n !== Infinity && /^steg(?:et)?$/.test(ws[i])) return n;
  }
  return undefined;
}

/**
 * "I resursfördelningsmodellen – vad händer efter att man tagit fram den faktiska volymförändringen?", when the
 * document numbers a model's steps in words ("Modellens första steg är …", "Det tredje steget tar sikte på den
 * faktiska volymförändringen …", "I steg fyra multipliceras …", "Modellens sista steg …"), in one passage or in
 * sub-sections one after another: the step the question names (by its sentence or its sub-section's heading), then
 * the step numbered next, answered with its own sentences.
 */
export function numberedSequel(topic: TopicWord[], ctx: AnswerContext): Candidate | undefined {
  const told = askedNumber(words(ctx.question.text));
  for (const hit of ctx.passages.find(topic, 5)) {
    const steps = ctx.passages.around(hit.passage, NEAR_PASSAGES).flatMap((p) =>
      ctx.passages.sentences(p).flatMap((s) => {
        const n = stepNumber(s.text);
        return n === undefined ? [] : [{ s, n, heading: ctx.passages.termsOf(p).heading }];
      }),
    );
    if (new Set(steps.map((x) => x.n)).size < 2) continue;
    // What every step's heading names ("Resursfördelningsmodell", of the passage or of the sub-sections' parent) is the
    // frame of the steps, not one of them.
    const frame = stepFrame(topic, steps, ctx, false);
    const naming = frame.length < topic.length ? topic.filter((w) => !frame.includes(w)) : topic;
    const named = (x: (typeof steps)[number]) => Math.max(coverage(naming, x.s.terms), x.s.index === 0 ? coverage(naming, x.heading) : 0);
    // The step the question numbers ("när man i steg tre har …"), or else the one it names best.
    const [asked] = told !== undefined ? steps.filter((x) => x.n === told) : steps.filter((x) => x.n !== Infinity && named(x) >= NAMES_STEP).sort((a, b) => named(b) - named(a));
    if (!asked) continue;
    const following = steps.filter((x) => x.n > asked.n).sort((a, b) => a.n - b.n)[0];
    if (!following) continue;
    const next: Sentence = following.s;
    return sure({ text: excerpt(next, ctx.passages), sources: [ctx.cite(next.passage)], language: 'sv', via: 'passage' }, `next numbered step in ${next.passage.section} #${next.index}`);
  }
  return undefined;
}

/** The fewest numbered steps that make a procedure, and the longest answer that gives them all. */
const FEWEST_STEPS = 3;
const MOST_STEP_TEXT = 700;

/**
 * "Hur räknar resursfördelningsmodellen ut hur mycket mer pengar en verksamhet får?": a question of how, whose best
 * sentence introduces a procedure whose numbered steps follow (in its passage or in the passages after it), is
 * answered by the steps, each by its opening sentence, in order.
 */
export function numberedSteps(best: Candidate, topic: TopicWord[], ctx: AnswerContext): Candidate | undefined {
  const at = best.at;
  if (!at) return undefined;
  const near = ctx.passages.around(at.passage, NEAR_PASSAGES);
  const steps = near.flatMap((p, i) => ctx.passages.sentences(p).flatMap((s) => {
    const n = stepNumber(s.text);
    return n === undefined ? [] : [{ s, n, i }];
  }));
  const numbers = new Set(steps.map((x) => x.n));
  if (numbers.size < FEWEST_STEPS || !numbers.has(1)) return undefined;
  // The best sentence introduces the procedure: it comes before the first step, in the step's passage or in the one
  // right before it. One that stands among the steps answers of a step ("Hur räknas kompensationen fram …, steg fyra?"),
  // unless the question asks how the whole works out (asksWhole).
  const where = near.indexOf(at.passage);
  const opening = steps.reduce((a, x) => (x.i < a.i || (x.i === a.i && x.s.index < a.s.index) ? x : a));
  const introduces = where === opening.i - 1 || (where === opening.i && at.index < opening.s.index);
  if (!introduces && !asksWhole(at, steps, where, topic, ctx)) return undefined;
  const ordered = [...numbers].sort((a, b) => a - b).map((n) => steps.find((x) => x.n === n)!.s);
  const text = ordered.map((s) => s.text).join(' ');
  if (text.length > MOST_STEP_TEXT) return undefined;
  const passages: Passage[] = [...new Set(ordered.map((s) => s.passage))];
  return { ...best, text, sources: passages.map((p) => ctx.cite(p)), where: `numbered steps from ${ordered[0].passage.section}` };
}

/**
 * Whether a question whose best sentence `at` stands among the numbered steps asks how the whole procedure works out: it
 * numbers no step and names none by its own words ("Hur räknas tilldelningen fram i resursfördelningsmodellen när
 * antalet elever ökar?"). What every step's heading or every step names ("resursfördelningsmodell", "steg") is the frame
 * of the steps, not one of them; the best sentence speaks with its step's opening ("Kostnaderna utgår från
 * referenskostnaden" is the second step's).
 */
function asksWhole(at: Sentence, steps: { s: Sentence; n: number; i: number }[], where: number, topic: TopicWord[], ctx: AnswerContext): boolean {
  if (askedNumber(words(ctx.question.text)) !== undefined) return false;
  const heading = (x: { s: Sentence }) => ctx.passages.termsOf(x.s.passage).heading;
  const frame = stepFrame(topic, steps, ctx, true);
  const naming = topic.filter((w) => !frame.includes(w));
  const own = steps.filter((x) => x.i < where || (x.i === where && x.s.index <= at.index)).at(-1);
  const terms = (x: { s: Sentence }) => (x === own ? { whole: new Set([...x.s.terms.whole, ...at.terms.whole]), all: new Set([...x.s.terms.all, ...at.terms.all]) } : x.s.terms);
  return !steps.some((x) => coverage(naming, terms(x)) >= NAMES_STEP || (x.s.index === 0 && coverage(naming, heading(x)) >= NAMES_STEP));
}

/**
 * The words of the question that frame numbered steps rather than name one of them: what every step's heading holds and,
 * with `orText`, what every step's own sentence holds ("steg").
 */
function stepFrame(topic: TopicWord[], steps: { s: Sentence }[], ctx: AnswerContext, orText: boolean): TopicWord[] {
  const holds = (w: TopicWord, x: { s: Sentence }) => wordMatch(w, ctx.passages.termsOf(x.s.passage).heading) >= 0.7 || (orText && wordMatch(w, x.s.terms) >= 0.7);
  return topic.filter((w) => steps.every((x) => holds(w, x)));
}
