import { joinList } from '../../../../shared/text';
import { englishMonths, swedishMonths } from '../lexicon/normalize';

export { joinList };

/** "april", "mars–april", "juni och september" from month numbers (1–12). */
export function monthsText(months: number[], english = false): string {
  const names = english ? englishMonths : swedishMonths;
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const m of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else ranges.push([m, m]);
  }
  const parts = ranges.map(([a, b]) => (a === b ? names[a - 1] : `${names[a - 1]}–${names[b - 1]}`));
  return joinList(parts, english ? 'and' : 'och');
}

/** "30 april" from "04-30". */
export function dayText(monthDay: string, english = false): string {
  const [m, d] = monthDay.split('-').map(Number);
  return english ? `${d} ${englishMonths[m - 1]}` : `${d} ${swedishMonths[m - 1]}`;
}
