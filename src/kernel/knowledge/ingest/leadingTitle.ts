import { isAllCaps, isMetadata, isProse, numbered } from './lineShapes';
import { sentenceCase } from './sentenceCase';
import { readTitleLines } from './titleLines';

/**
 * The title page of an extracted document: up to three title lines before the first running text,
 * metadata line or numbered section ("Styrmodell" / "Styrning, planering och uppföljning" →
 * "Styrmodell – Styrning, planering och uppföljning"), and the index of the line after them.
 */
export function leadingTitle(lines: string[], names: ReadonlyMap<string, string> = new Map()): { text: string; start: number; end: number } | undefined {
  const start = lines.findIndex(Boolean);
  const parts: string[] = [];
  let i = start;
  while (i >= 0 && parts.length < 3) {
    while (i < lines.length && !lines[i]) i++;
    const line = lines[i];
    if (!line || numbered(line) || isMetadata(line) || isProse(line)) break;
    const title = readTitleLines(lines, i) ?? (isAllCaps(line) && line.length < 60 ? { text: sentenceCase(line, names), end: i + 1 } : undefined);
    if (!title) break;
    parts.push(title.text);
    i = title.end;
  }
  return parts.length ? { text: parts.join(' – '), start, end: i } : undefined;
}
