import { readMonthHeading } from './monthHeading';
import { monthRowText, readMonthTable } from './monthTable';
import { readNumberedHeading } from './numberedHeading';
import { isTermTableHeader, namesItsTerm, splitTermRow } from './termRows';
import { followedByProse, readTitleLines } from './titleLines';
import { bullet, endsSentence, isAllCaps, isBullet, isCaption, isFigureRow, isMetadata, labelOf } from './lineShapes';
import { sentenceCase } from './sentenceCase';

const glossaryHeading = /^(\d[\d.]*\s+)?(begrepp|begreppslista|ordlista|ordförklaringar|definitioner)$/iu;

export type Block = { kind: 'heading'; text: string; level: number } | { kind: 'p' | 'li'; text: string };

/** A paragraph or list item being read; a sealed one (a label, a figure line) only takes wrapped lower-case lines. */
interface Open {
  kind: 'p' | 'li';
  parts: string[];
  sealed: boolean;
}

/**
 * Reads cleaned lines into headings, paragraphs and list items. Headings: numbered sections, steps of
 * an annual cycle laid out by month, rows of term tables, and title lines that follow the end of a
 * sentence and are followed by running text. Everything else is text: wrapped lines are joined, and
 * labels, metadata, figure rows and captions stand as their own paragraphs.
 */
export function textBlocks(lines: string[], names: ReadonlyMap<string, string>): Block[] {
  const blocks: Block[] = [];
  const labels = repeatedLabels(lines);
  const termRows = termRowLines(lines);
  let open: Open | undefined;
  let blank = false;
  let parentLevel = 1;
  let termMode = false;
  let afterMonth = false;
  /** Level of a glossary heading ("Begreppslista"): the title headings after it are its terms. */
  let glossary = 0;
  const flush = () => {
    if (open) blocks.push({ kind: open.kind, text: open.parts.join(' ').replace(/\s+/g, ' ').trim() });
    open = undefined;
  };
  const heading = (text: string, level: number) => {
    flush();
    blocks.push({ kind: 'heading', text: text.replace(/\s+/g, ' ').replace(/[:.]$/, '').trim(), level: Math.min(level, 6) });
  };
  const start = (kind: 'p' | 'li', text: string, sealed: boolean) => {
    flush();
    open = { kind, parts: [text.replace(/\t+/g, ' · ')], sealed };
  };
  const monthAt = (k: number) => Boolean(readMonthHeading(lines, k, names) || readMonthTable(lines, k));
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (!line) {
      blank = true;
      i++;
      continue;
    }
    const last = open?.parts[open.parts.length - 1] ?? '';
    const canHead = !open || open.sealed || open.kind === 'li' || endsSentence(last);
    const table = readMonthTable(lines, i);
    const month = table ? undefined : readMonthHeading(lines, i, names);
    const num = table || month ? undefined : readNumberedHeading(lines, i);
    const title = table || month || num || !canHead ? undefined : readTitleLines(lines, i);
    const row = splitTermRow(line);
    const wasAfterMonth = afterMonth;
    afterMonth = false;
    let next = i + 1;
    if (table) {
      flush();
      for (const r of table.rows) blocks.push({ kind: 'li', text: monthRowText(r) });
      next = table.end;
    } else if (month) {
      heading(month.text, parentLevel + 1);
      afterMonth = true;
      glossary = 0;
      next = month.end;
    } else if (num) {
      heading(num.text, num.depth + 1);
      parentLevel = num.depth + 1;
      glossary = glossaryHeading.test(num.text) ? parentLevel : 0;
      termMode = false;
      next = num.end;
    } else if (isTermTableHeader(line)) {
      flush();
      termMode = true;
    } else if (row && ((termMode && canHead) || termRows.has(i))) {
      heading(row.term, parentLevel + 1);
      start('p', row.definition, false);
    } else if ((labelOf(line) && labels.has(labelOf(line)!)) || isMetadata(line) || isFigureRow(line) || isCaption(line)) {
      start('p', line, true);
    } else if (wasAfterMonth && (title || line.endsWith('?'))) {
      start('p', line, true);
    } else if (title && followedByProse(lines, title.end, monthAt)) {
      const level = glossary ? glossary + 1 : parentLevel === 1 ? 2 : parentLevel + 1;
      heading(title.text, level);
      if (!glossary && glossaryHeading.test(title.text)) glossary = level;
      parentLevel = Math.max(parentLevel, 2);
      termMode = false;
      next = title.end;
    } else if (title) {
      start('p', title.text, true);
      next = title.end;
    } else if (isAllCaps(line) && !isFigureRow(line) && line.length < 60) {
      if (canHead && followedByProse(lines, i + 1, monthAt)) heading(sentenceCase(line, names), parentLevel === 1 ? 2 : parentLevel + 1);
      else start('p', sentenceCase(line, names), true);
    } else if (isBullet(line)) {
      start('li', line.replace(bullet, ''), false);
    } else if (/^\d{1,2}[.)]\s+\p{Lu}/u.test(line)) {
      start('p', line, false);
    } else if (open && (!/^\p{Lu}/u.test(line) || (!blank && !open.sealed && (open.kind === 'p' || (!endsSentence(last) && last.length >= 60))))) {
      open.parts.push(line);
    } else {
      start('p', line, false);
      termMode = termMode && Boolean(row);
    }
    i = next;
    blank = false;
  }
  flush();
  return blocks;
}

/** Labels ("Inflöde", "Resultat") that start two or more lines: fields of a recurring layout. */
function repeatedLabels(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) if (labelOf(l)) counts.set(labelOf(l)!, (counts.get(labelOf(l)!) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
}

/** Lines that are rows of an unmarked term table: two or more rows naming their own term within ten lines. */
function termRowLines(lines: string[]): Set<number> {
  const rows = lines.map((l, i) => ({ i, row: splitTermRow(l) })).filter((r) => r.row && namesItsTerm(r.row)).map((r) => r.i);
  return new Set(rows.filter((i) => rows.some((j) => j !== i && Math.abs(j - i) <= 10)));
}
