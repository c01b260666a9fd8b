/** Words after a hyphen at a line end that mean "mål- och budget", not a word broken in two. */
const ellipsisWords = /^(och|eller|samt|till|som)$/;

/** Private-use and other bullet glyphs PDF extraction leaves, made one bullet. */
const bulletGlyphs = /^[\uF0A7\uF0B7\uF0D8\uF0FC●◦■►➢✓]\s*/;

/** Page furniture: page numbers, "-- 2 of 9 --" (pdf-parse), "Sida 2 av 9" headers, contact lines on the back cover. */
const furniture = [
  /^--\s*\d+\s+of\s+\d+\s*--$/,
  /^(sida|page|s\.)?\s*\d{1,3}(\s*(av|of|\/)\s*\d{1,3})?$/i,
  /(^|\s)(sida|page)\s+\d{1,3}\s*(av|of|\/)\s*\d{1,3}$/i,
  /^(postadress|besöksadress|tel|telefon|fax|e-post|org\.?\s*nr|organisationsnummer)\b.{0,80}$/i,
  /^www\.\S+$/i,
  /^[xX✓✗☐☒]$/,
];

/**
 * Lines of text extracted from a PDF, trimmed, with words broken over lines joined ("el-\nler" →
 * "eller", but "mål- \noch" kept), bullet glyphs made "•", and page furniture and running headers
 * (short lines of three or more words repeated on three or more pages) removed. Blank lines are kept.
 */
export function cleanExtractedText(text: string): string[] {
  const joined = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v]/g, '\n')
    .replace(/\u00A0/g, ' ')
    .replace(/\u00AD\n?/g, '')
    .replace(/(\p{Ll})-[ \t]*\n[ \t]*(\p{Ll}+)/gu, (_, a: string, b: string) => (ellipsisWords.test(b) ? `${a}- ${b}` : `${a}${b}`))
    .replace(/(\p{L})[ \t]*\n-(\p{Ll})/gu, '$1$2')
    .replace(/(\p{L}\/)[ \t]*\n[ \t]*(\p{Ll})/gu, '$1$2');
  const lines = joined.split('\n').map((l) => l.replace(/\s+$/, '').replace(/^\s+/, '').replace(bulletGlyphs, '• '));
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  const runningHeader = (l: string) => l.length <= 80 && l.split(/\s+/).length >= 3 && (counts.get(l) ?? 0) >= 3 && !/^([•-]|\p{L}+:\s)/u.test(l);
  return lines.map((l) => (furniture.some((f) => f.test(l)) || runningHeader(l) ? '' : l));
}
