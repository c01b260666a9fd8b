import { isBareNumber, isBullet, isFigureRow, isTitleShaped, numbered, startsLower } from './lineShapes';

/** The next non-empty line from `from`, allowing one blank line between (double-spaced PDFs); -1 when none. */
const nextLine = (lines: string[], from: number) => (lines[from] ? from : lines[from + 1] ? from + 1 : -1);

/**
 * A title at line i, merged when it wraps onto one or two lines starting in lower case
 * ("Uppföljning av prioriterade" / "mål och indikatorer"). Undefined when the (merged) line is
 * not title-shaped or the text goes on in lower case after it.
 */
export function readTitleLines(lines: string[], i: number): { text: string; end: number } | undefined {
  let text = lines[i];
  let end = i + 1;
  for (let n = 0; n < 2 && !/[.!?:;,]$/.test(text); n++) {
    const k = nextLine(lines, end);
    if (k < 0 || !startsLower(lines[k])) break;
    text = `${text} ${lines[k]}`;
    end = k + 1;
  }
  const after = nextLine(lines, end);
  if (after >= 0 && startsLower(lines[after])) return undefined;
  return isTitleShaped(text) ? { text, end } : undefined;
}

/** Line k with the lower-case lines that continue it (up to four), as one text. */
function paragraphAt(lines: string[], k: number): string {
  let text = lines[k];
  for (let end = k + 1, n = 0; n < 4; n++) {
    const j = nextLine(lines, end);
    if (j < 0 || !startsLower(lines[j])) break;
    text = `${text} ${lines[j]}`;
    end = j + 1;
  }
  return text;
}

/** Running text: a sentence, a long line, or a list item (a figure's short labels are none of these). */
const isRunningText = (paragraph: string) =>
  !isFigureRow(paragraph) && (/[.!?:]$/.test(paragraph) || paragraph.split(/\s+/).length >= 10 || isBullet(paragraph) || /^\d{1,2}[.)]\s/.test(paragraph));

/**
 * Whether running text follows line `from`, perhaps after one more title (a parent heading and its
 * first child) or a numbered heading: a title followed only by other short labels is part of a
 * figure, not a heading.
 */
export function followedByProse(lines: string[], from: number, isHeadingAt: (k: number) => boolean): boolean {
  let titles = 0;
  for (let k = from; k < lines.length; k++) {
    if (!lines[k]) continue;
    if (numbered(lines[k]) || isBareNumber(lines[k]) || isHeadingAt(k)) return true;
    const paragraph = paragraphAt(lines, k);
    const title = readTitleLines(lines, k);
    if (title && titles === 0 && !isRunningText(paragraph)) {
      titles++;
      k = title.end - 1;
      continue;
    }
    return isRunningText(paragraph);
  }
  return false;
}
