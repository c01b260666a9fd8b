import { headingProblem } from '../headingProblem';

/** Shapes of single lines of PDF-extracted text, used to tell headings from prose, lists and figures. */

export const bullet = /^(?:[-•▪*–])\s+/;
export const isBullet = (line: string): boolean => bullet.test(line);

/** "4.3 Årshjul", "2. Mål" → depth and text; years and page numbers are not section numbers. */
export function numbered(line: string): { number: string; depth: number; text: string } | undefined {
  const m = /^(\d{1,2}(?:\.\d{1,2}){0,4}\.?)\s+(\S.*)$/.exec(line);
  if (!m || !/^[\p{Lu}"”(]/u.test(m[2])) return undefined;
  return { number: m[1], depth: m[1].split('.').filter(Boolean).length, text: m[2] };
}

/** A section number alone on its line ("4.2"), the heading text following on the next lines. */
export const isBareNumber = (line: string): boolean => /^\d{1,2}(\.\d{1,2})+\.?$/.test(line);

/** Front-matter lines: "Diarienummer KS 22/327", "Antagen av kommunfullmäktige 2025-03-24, § 31". */
export const isMetadata = (line: string): boolean =>
  line.length <= 120 &&
  /^(diarienummer|diarienr|dnr|antagen|antaget|fastställd|fastställt|beslutad|beslutat|reviderad|reviderat|giltig|gäller från|version|dokumentansvarig|dokumentägare|beslutsinstans)\b/i.test(line) &&
  /[\d:]/.test(line);

export const isCaption = (line: string): boolean => /^(tabell|figur|bild|diagram)\b/i.test(line);

/** A row of a table or figure: cells separated by tabs. */
export const isFigureRow = (line: string): boolean => line.split('\t').filter((c) => c.trim()).length >= 2;

export const isAllCaps = (line: string): boolean => (line.match(/\p{Lu}/gu)?.length ?? 0) >= 3 && !/\p{Ll}/u.test(line);

export const endsSentence = (line: string): boolean => /[.!?:;”"»)]$/.test(line);

export const startsLower = (line: string): boolean => /^\p{Ll}/u.test(line);

/** "Inflöde: …" where the label is used on several lines: a field of a recurring layout, not a heading. */
export const labelOf = (line: string): string | undefined => /^(\p{Lu}\p{Ll}+):\s+\S/u.exec(line)?.[1];

/** Looks like a title by itself: short, capitalised, no sentence punctuation, not ending mid-sentence. */
export function isTitleShaped(line: string): boolean {
  if (line.length > 80 || line.split(/\s+/).length > 10 || !/^\p{Lu}/u.test(line)) return false;
  if (/[.?!]\s/.test(line) || /[.?!]$/.test(line) || isFigureRow(line) || isMetadata(line) || isCaption(line) || isAllCaps(line)) return false;
  if (/^exempel\b/i.test(line)) return false;
  return headingProblem(line) === undefined;
}

/** Looks like running text (or a list), the kind of line a heading is followed by. */
export const isProse = (line: string): boolean =>
  (line.length >= 45 && !isFigureRow(line)) || /[.!?]$/.test(line) || isBullet(line) || /^\d{1,2}[.)]\s/.test(line);

/** Labels ("Inflöde", "Resultat") that start two or more lines: fields of a recurring layout. */
export function repeatedLabels(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) if (labelOf(l)) counts.set(labelOf(l)!, (counts.get(labelOf(l)!) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
}
