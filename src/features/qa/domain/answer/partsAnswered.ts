import type { QuestionPart } from '../question/analyzeQuestion';
import type { Candidate } from './Candidate';
import type { Decision } from './decide';

/**
 * Which parts of a question are answered, given each part's best candidate and decision.
 *
 * The first ask of a question carries it: when the model does not answer it, a later part ("…, och vem har hand om
 * skolan?", "vill veta vilken ram vi får") mostly builds on it, and answering that alone reads as an answer to the
 * question; so only the parts up to the first refused one are answered. A part the asker only states ("Vi diskuterar hur
 * många mål vi ska föreslå.") neither carries nor blocks the question; nor does it answer alone when the model says it
 * does not state what the question asks ("I am researching how municipalities set their budgets. How many politicians
 * sit on the budget committee?").
 */
export function partsAnswered<R extends { best?: Candidate; decision: Decision }>(results: R[], parts: QuestionPart[]): R[] {
  const refused = (r: R) => r.decision.outcome === 'refuse' || !r.best;
  const carried = results.filter((r, i) => !(parts[i].stated && refused(r)));
  const refusedAt = carried.findIndex(refused);
  const upTo = carried.slice(0, refusedAt < 0 ? carried.length : refusedAt);
  const asks = (r: R) => parts[results.indexOf(r)].stated !== 'told';
  // (A question joined to a marked one that asks a figure, "Vilket finansiellt mål har vi – hur många procent …?", leads to
  // it: when the figure is not found, what the joined one finds is not what was asked.)
  const figureRefused = results.some((r, i) => !parts[i].stated && parts[i].kind === 'howmany' && refused(r));
  if (figureRefused && upTo.length && upTo.every((r) => parts[results.indexOf(r)].stated === 'asked')) return [];
  const saidSilent = results.some((r) => asks(r) && r.decision.outcome === 'refuse' && r.decision.reason);
  return upTo.some(asks) || !saidSilent ? upTo : [];
}
