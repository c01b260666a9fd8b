import { monthNumbers, words } from '../lexicon/normalize';
import type { Candidate } from './Candidate';

/**
 * The answered parts of "Vad kommer först – X eller Y?" with its two steps in the year's order, the earlier first,
 * when each answer names a month and they differ; else undefined.
 */
export function inYearOrder<T extends { best?: Candidate }>(answered: T[]): T[] | undefined {
  const monthOf = (r: T) => words(r.best!.text).map((w) => monthNumbers[w]).find((m) => m !== undefined);
  const [x, y, ...rest] = answered;
  const [a, b] = [x, y].map((r) => (r ? monthOf(r) : undefined));
  if (a === undefined || b === undefined || a === b || x.best!.text === y.best!.text) return undefined;
  return a < b ? answered : [y, x, ...rest];
}
