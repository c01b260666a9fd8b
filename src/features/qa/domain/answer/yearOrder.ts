import { monthNumbers, words } from '../lexicon/normalize';
import type { Candidate } from './Candidate';

/**
 * The answered parts of "Vad kommer först – X eller Y?" with its two steps in the year's order, the earlier first,
 * when each answer names a month and they differ; else undefined.
 */
export function inYearOrder<T extends { best?: Candidate }>(answered: T[]): T[] | undefined {
  // The first month a text names, and the last of a span that begins there ("under oktober–november"): of two steps in
  // the same month, the one that goes on longer ends after the other.
  const monthsOf = (r: T) => {
    const ms = words(r.best!.text).map((w) => monthNumbers[w]);
    const first = ms.findIndex((m) => m !== undefined);
    return first < 0 ? undefined : [ms[first]!, ms[first + 1] ?? ms[first]!];
  };
  const [x, y, ...rest] = answered;
  const [a, b] = [x, y].map((r) => (r ? monthsOf(r) : undefined));
  if (a === undefined || b === undefined || (a[0] === b[0] && a[1] === b[1]) || x.best!.text === y.best!.text) return undefined;
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? answered : [y, x, ...rest];
}
