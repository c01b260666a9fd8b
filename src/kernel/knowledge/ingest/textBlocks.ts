import { readMonthHeading } from './monthHeading';
import { monthRowText, readMonthTable } from './monthTable';
import { readNumberedHeading } from './numberedHeading';
import { isTermTableHeader, splitTermRow, termRowLines } from './termRows';
import { followedByProse, readTitleLines } from './titleLines';
import { bullet, endsSentence, isAllCaps, isBullet, isCaption, isFigureRow, isMetadata, labelOf, repeatedLabels } from './lineShapes';
import { sentenceCase } from './sentenceCase';
import { readBlockStructure } from './blockStructure';

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
export const textBlocks = (lines: string[], names: ReadonlyMap<string, string>): Block[] => new BlockReader(lines, names).read();

class BlockReader {
  private readonly blocks: Block[] = [];
  private readonly labels: Set<string>;
  private readonly termRows: Set<number>;
  private open: Open | undefined;
  private blank = false;
  /** Level of the last numbered heading (1, the document title, before any). */
  private numberLevel = 1;
  /** Level of the last heading that is not a month step or a term: month steps go one below it. */
  private lastLevel = 1;
  private termMode = false;
  private afterMonth = false;
  /** Level of a glossary heading ("Begreppslista"): the title headings after it are its terms. */
  private glossary = 0;

  constructor(
    private readonly lines: string[],
    private readonly names: ReadonlyMap<string, string>,
  ) {
    this.labels = repeatedLabels(lines);
    this.termRows = termRowLines(lines);
  }

  read(): Block[] {
    for (let i = 0; i < this.lines.length; ) {
      if (!this.lines[i]) {
        this.blank = true;
        i++;
        continue;
      }
      const wasAfterMonth = this.afterMonth;
      this.afterMonth = false;
      i = this.structure(i) ?? this.text(i, wasAfterMonth);
      this.blank = false;
    }
    this.flush();
    return readBlockStructure(this.blocks);
  }

  /** A heading may start here: nothing open, or the open text ended a sentence, or it is a list or a label. */
  private get canHead(): boolean {
    const last = this.open?.parts[this.open.parts.length - 1] ?? '';
    return !this.open || this.open.sealed || this.open.kind === 'li' || endsSentence(last);
  }

  private readonly monthAt = (k: number) => Boolean(readMonthHeading(this.lines, k, this.names) || readMonthTable(this.lines, k));

  /** Month tables, month steps, numbered headings and term tables at line i; the next line to read, if any matched. */
  private structure(i: number): number | undefined {
    const line = this.lines[i];
    const table = readMonthTable(this.lines, i);
    if (table) {
      this.flush();
      for (const r of table.rows) this.blocks.push({ kind: 'li', text: monthRowText(r) });
      return table.end;
    }
    const month = readMonthHeading(this.lines, i, this.names);
    if (month) {
      this.heading(month.text, this.lastLevel + 1, true);
      [this.afterMonth, this.glossary] = [true, 0];
      return month.end;
    }
    const num = readNumberedHeading(this.lines, i);
    if (num) {
      this.heading(num.text, num.depth + 1);
      this.numberLevel = num.depth + 1;
      [this.glossary, this.termMode] = [glossaryHeading.test(num.text) ? this.numberLevel : 0, false];
      return num.end;
    }
    if (isTermTableHeader(line)) {
      this.flush();
      this.termMode = true;
      return i + 1;
    }
    const row = splitTermRow(line);
    if (row && ((this.termMode && this.canHead) || this.termRows.has(i))) {
      this.heading(row.term, (this.termMode ? this.numberLevel : 1) + 1, true);
      this.start('p', row.definition, false);
      return i + 1;
    }
    return undefined;
  }

  /** Titles, labels, list items and running text at line i; the next line to read. */
  private text(i: number, afterMonth: boolean): number {
    const line = this.lines[i];
    const title = this.canHead ? readTitleLines(this.lines, i) : undefined;
    if ((labelOf(line) && this.labels.has(labelOf(line)!)) || isMetadata(line) || isFigureRow(line) || isCaption(line) || (afterMonth && (title || line.endsWith('?')))) {
      this.start('p', line, true);
    } else if (title && followedByProse(this.lines, title.end, this.monthAt)) {
      const level = this.glossary ? this.glossary + 1 : this.numberLevel + 1;
      this.heading(title.text, level);
      if (!this.glossary && glossaryHeading.test(title.text)) this.glossary = level;
      this.termMode = false;
      return title.end;
    } else if (title) {
      this.start('p', title.text, true);
      return title.end;
    } else if (isAllCaps(line) && !isFigureRow(line) && line.length < 60) {
      if (this.canHead && followedByProse(this.lines, i + 1, this.monthAt)) this.heading(sentenceCase(line, this.names), this.numberLevel + 1);
      else this.start('p', sentenceCase(line, this.names), true);
    } else if (isBullet(line)) {
      this.start('li', line.replace(bullet, ''), false);
    } else if (/^\d{1,2}[.)]\s+\p{Lu}/u.test(line)) {
      this.start('p', line, false);
    } else if (this.continues(line)) {
      this.open!.parts.push(line);
    } else {
      this.start('p', line, false);
      this.termMode &&= Boolean(splitTermRow(line));
    }
    return i + 1;
  }

  /**
   * Whether the line goes on with the open paragraph or list item: lower case always; otherwise only
   * without a blank line between, and for a list item only when its last line was long (wrapped).
   */
  private continues(line: string): boolean {
    const open = this.open;
    if (!open) return false;
    const last = open.parts[open.parts.length - 1];
    return !/^\p{Lu}/u.test(line) || (!this.blank && !open.sealed && (open.kind === 'p' || (!endsSentence(last) && last.length >= 60)));
  }

  private flush(): void {
    if (this.open) this.blocks.push({ kind: this.open.kind, text: this.open.parts.join(' ').replace(/\s+/g, ' ').trim() });
    this.open = undefined;
  }

  private heading(text: string, level: number, step = false): void {
    this.flush();
    if (!step) this.lastLevel = Math.min(level, 6);
    this.blocks.push({ kind: 'heading', text: text.replace(/\s+/g, ' ').replace(/[:.]$/, '').trim(), level: Math.min(level, 6) });
  }

  private start(kind: 'p' | 'li', text: string, sealed: boolean): void {
    this.flush();
    this.open = { kind, parts: [text.replace(/\t+/g, ' · ')], sealed };
  }
}
