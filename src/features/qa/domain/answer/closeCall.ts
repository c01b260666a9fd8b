import { monthNumbers, words } from '../lexicon/normalize';
import type { Candidate } from './Candidate';
import { joinAnswers } from './joinAnswers';

/**
 * How close the runner-up's ranking score must be to the best's to be given too: the ranker is trained
 * listwise (a softmax over a question's candidates), so a gap of ln 5 means the runner-up is at least a
 * fifth as likely to be the right answer as the best.
 */
export const closeGap = Math.log(5);
/** The gap within which a runner-up is given with an answer the model is sure of: the two are as likely ("politikerdagarna": in May and in November). */
const tieGap = Math.log(1.25);
/** The gap within which a runner-up that fits the kind of question (where the best does not) is given too: a twentieth as likely. */
const fitGap = Math.log(20);
/** Share of the runner-up's words the best already holds above which it adds nothing. */
const sameWords = 0.6;
/** How much more of the question one candidate must cover to count as covering more; and how much less, still as much. */
const coversMore = 0.1;
const coversAsMuch = 0.05;

const contentWords = (text: string) => new Set(words(text).filter((w) => w.length >= 4));

/**
 * An unsure answer whose runner-up the ranker can hardly tell from it ("Menade du …" cases), or whose best does not hold
 * what the kind of question asks for while one of the next four does (a decider, a month): the best and
 * the runner-up are given together (`runnerUp`: what it adds), the best first, each with its source, when the runner-up is
 * another fact or passage sentence that says something the best does not. The best alone otherwise. An answer the model is
 * `sure` of gets a runner-up only as likely as it (tieGap). However long the runner-up, it is given: the answer gives it
 * room last and cuts it (joinParts), and what it opens with is what it was chosen for.
 */
export function withCloseRunnerUp(candidates: Candidate[], given: Set<string>, sure = false): Candidate | undefined {
  const [best] = candidates;
  // (A runner-up that holds what the kind of question asks for, a decider, a month, where the best does not, may be further behind.)
  const close = best && candidates[1] && best.score - candidates[1].score <= (sure ? tieGap : closeGap) ? candidates[1] : undefined;
  // (Of those, the one that covers most of the question. It is given rather than the close one when it covers the question
  // as the best does and the close one less: "… verksamhetsplanen för min skola?" asks of the units' plans, which the best,
  // naming no decider, is about too, not of the administration's; else the close one first, the fitting one if it adds nothing.)
  const fitting = best && !sure && best.fit < 1 ? candidates.slice(1, 5).filter((c) => c.fit >= 1 && best.score - c.score <= fitGap).reduce<Candidate | undefined>((a, c) => (!a || c.coverage > a.coverage + coversMore ? c : a), undefined) : undefined;
  const preferred = fitting && (!close || (fitting.coverage >= best.coverage - coversAsMuch && fitting.coverage > close.coverage + coversMore)) ? [fitting, close] : [close, fitting];
  if (!best || best.from === 'strategy' || best.refusal !== undefined) return best;
  for (const second of preferred) {
    const text = second && addedBy(best, second, given);
    if (second && text) return { ...best, runnerUp: { text, language: second.language }, sources: [...best.sources, ...second.sources.filter((s) => !best.sources.some((b) => b.document === s.document && b.section === s.section))] };
  }
  return best;
}

/** What a runner-up says that the best does not (another fact or passage sentence, not one given already), or undefined. */
function addedBy(best: Candidate, second: Candidate, given: Set<string>): string | undefined {
  if (second.from === 'strategy' || second.refusal !== undefined || given.has(second.text)) return undefined;
  const own = contentWords(best.text);
  const theirs = [...contentWords(second.text)];
  // (Words alike but another month or figure, "politikerdag … (maj)" beside "… (november)", is something else said.)
  const marks = (text: string) => words(text).filter((w) => monthNumbers[w] !== undefined || /^\d+$/.test(w));
  const ownMarks = new Set(marks(best.text));
  const otherMark = marks(second.text).some((m) => !ownMarks.has(m));
  if (!theirs.length || (!otherMark && theirs.filter((w) => own.has(w)).length / theirs.length > sameWords)) return undefined;
  const text = joinAnswers([best.text, second.text], '\n\n');
  return text === best.text ? undefined : text.slice(best.text.length).trim();
}
