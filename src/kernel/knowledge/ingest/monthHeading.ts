import { capitalize, monthNumber, monthPattern, monthRange } from '../swedishMonths';
import { isAllCaps } from './lineShapes';
import { sentenceCase } from './sentenceCase';

const monthOnly = new RegExp(`^(${monthPattern})(?:\\s*[-–]\\s*(${monthPattern})?)?$`, 'i');
const inline = new RegExp(`^(${monthPattern})(?:\\s*[-–]\\s*(${monthPattern}))?\\s+[-–:]\\s+(\\S.*)$`, 'i');

export interface MonthHeading {
  text: string;
  months: number[];
  /** Index of the first line after the heading. */
  end: number;
}

const range = (from: string, to?: string) => (to ? `${capitalize(from.toLowerCase())}–${to.toLowerCase()}` : capitalize(from.toLowerCase()));
const monthsOf = (from: string, to?: string) => (to ? monthRange(monthNumber(from)!, monthNumber(to)!) : [monthNumber(from)!]);

/**
 * A step of an annual cycle laid out by month: "OKTOBER –" / "JANUARI" / "OMVÄRLDS- OCH NULÄGESANALYSER"
 * (month lines, then a title in capitals) or "Februari – Planeringsdagen" on one line, as the heading
 * "Oktober–januari – Omvärlds- och nulägesanalyser". A month with a sentence after it is a row, not a heading.
 */
export function readMonthHeading(lines: string[], i: number, names: ReadonlyMap<string, string>): MonthHeading | undefined {
  const one = monthOnly.test(lines[i]) ? undefined : inline.exec(lines[i]);
  if (one) {
    const title = one[3].trim();
    if (/[.!?]$/.test(title) || title.split(/\s+/).length > 8) return undefined;
    return { text: `${range(one[1], one[2])} – ${isAllCaps(title) ? sentenceCase(title, names) : title}`, months: monthsOf(one[1], one[2]), end: i + 1 };
  }
  const first = monthOnly.exec(lines[i]);
  if (!first) return undefined;
  let [from, to] = [first[1], first[2]];
  const skipBlank = (k: number) => (!lines[k] && !lines[k + 1] ? k + 2 : !lines[k] ? k + 1 : k);
  let j = skipBlank(i + 1);
  if (!to && /[-–]$/.test(lines[i])) {
    const second = monthOnly.exec(lines[j] ?? '');
    if (!second) return undefined;
    to = second[1];
    j = skipBlank(j + 1);
  }
  const title: string[] = [];
  while (title.length < 3 && j < lines.length && isAllCaps(lines[j]) && !monthOnly.test(lines[j])) {
    title.push(lines[j]);
    j = skipBlank(j + 1);
  }
  if (!title.length) return undefined;
  return { text: `${range(from, to)} – ${sentenceCase(title.join(' '), names)}`, months: monthsOf(from, to), end: j };
}
