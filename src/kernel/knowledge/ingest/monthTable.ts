import { capitalize, monthNames, monthNumber, monthPattern } from '../swedishMonths';
import { isCaption, numbered, startsLower } from './lineShapes';

const monthFirst = new RegExp(`^(${monthPattern})(?![\\p{L}])\\s*(.*)$`, 'iu');
const monthOnly = new RegExp(`^${monthPattern}$`, 'i');

export interface MonthRow {
  month: number;
  text: string;
}

/** Lines that start with a month and go on with something other than a dash and a title. */
function rowStart(line: string): { month: number; rest: string } | undefined {
  const m = monthFirst.exec(line);
  if (!m || /^[-–:]/.test(m[2])) return undefined;
  return { month: monthNumber(m[1])!, rest: m[2].trim() };
}

/**
 * A table with one row per month flattened into lines ("Oktober VALÅR", "Påbörja arbete med …",
 * "Oktober", "November Teknisk omräkning av budget.", "December   December"): four or more rows
 * for different months close together, read into one text per month until a caption, a numbered
 * heading or running text ends the table. An optional "Månad …" header line before it is dropped.
 */
export function readMonthTable(lines: string[], i: number): { rows: MonthRow[]; end: number } | undefined {
  const header = /^månad\b/i.test(lines[i]) ? 1 : 0;
  const start = i + header;
  const first = rowStart(lines[start] ?? '');
  if (!first || monthOnly.test(lines[start])) return undefined;
  const near = lines.slice(start, start + 40).filter((l) => !monthOnly.test(l)).map(rowStart).filter(Boolean);
  if (new Set(near.map((r) => r!.month)).size < 4) return undefined;
  const rows: { month: number; parts: string[] }[] = [];
  let j = start;
  let gap = false;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (!line) {
      gap = true;
      continue;
    }
    if (isCaption(line) || numbered(line) || line.length > 100 || (gap && line.length > 60 && /\.$/.test(line) && !rowStart(line))) break;
    const row = rowStart(line);
    const current = rows[rows.length - 1];
    if (row && current && row.month === current.month && !row.rest) continue;
    if (row) {
      const rest = row.rest.replace(new RegExp(`\\s*${monthPattern}$`, 'i'), '').trim();
      rows.push({ month: row.month, parts: rest ? [rest] : [] });
    } else if (current) current.parts.push(line);
    gap = false;
  }
  return { rows: rows.filter((r) => r.parts.length).map((r) => ({ month: r.month, text: joinCells(r.parts) })), end: j };
}

/** Cell fragments of one row as one text: wrapped lines joined, cells kept apart. */
function joinCells(parts: string[]): string {
  return parts.reduce((text, part, k) => {
    if (k === 0) return part;
    if (startsLower(part) || /[.;:]$/.test(text)) return `${text} ${part}`;
    return /^\p{Lu}+$/u.test(text) ? `${text}: ${part}` : `${text}; ${part}`;
  }, '');
}

/** "Oktober: VALÅR: Påbörja arbete med mål för mandatperioden" */
export const monthRowText = (row: MonthRow): string => `${capitalize(monthNames[row.month - 1])}: ${row.text}`;
