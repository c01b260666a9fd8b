import { monthNumber, monthPattern, monthRange } from '../swedishMonths';

/**
 * When something happens in the year, as the text says it: "i juni", "senast i december", "under
 * oktober", "från oktober till januari", "i slutet av april". Dates ("den 16 december") and as-of
 * points ("per den sista april", "efter april") are not times of a decision and are not matched.
 */
export const monthPhrase = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:senast|redan)\\s+)?(?:från\\s+(${monthPattern})\\s+(?:till|–|-)\\s+(${monthPattern})|(?:i|under|i slutet av|i början av|i mitten av)\\s+(${monthPattern})(?:\\s*[-–]\\s*(${monthPattern}))?)(?![\\p{L}])`,
  'iu',
);

/** The first month phrase of the text: its words and its months. */
export function findMonthPhrase(text: string): { phrase: string; index: number; months: number[] } | undefined {
  const m = monthPhrase.exec(text);
  if (!m) return undefined;
  const [from, to] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
  const months = to ? monthRange(monthNumber(from)!, monthNumber(to)!) : [monthNumber(from)!];
  return { phrase: m[0].toLowerCase(), index: m.index, months };
}

/** Months named by a month heading ("Oktober–januari – Omvärldsanalyser", "Juni – Beslut"), else []. */
export function headingMonths(heading: string): number[] {
  const m = new RegExp(`^(${monthPattern})(?:\\s*[-–]\\s*(${monthPattern}))?(?:\\s+[-–]|:|$)`, 'i').exec(heading);
  if (!m) return [];
  return m[2] ? monthRange(monthNumber(m[1])!, monthNumber(m[2])!) : [monthNumber(m[1])!];
}
