/** Swedish month names in calendar order (index 0 is januari). */
export const monthNames = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Regex source for one month name; use with the `i` flag. */
export const monthPattern = `(?:${monthNames.join('|')})`;

/** 1–12 for a Swedish month name in any case ("OKTOBER", "oktober"), otherwise undefined. */
export function monthNumber(word: string): number | undefined {
  const i = monthNames.indexOf(word.toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

/** The months from `from` to `to`, wrapping over the new year: (10, 1) → [10, 11, 12, 1]. */
export function monthRange(from: number, to: number): number[] {
  const months = [from];
  for (let m = from; m !== to; ) {
    m = (m % 12) + 1;
    months.push(m);
  }
  return months;
}

/** "oktober" → "Oktober" */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
