import { fold } from '../../../shared/text';
import { cleanExtractedText } from './cleanExtractedText';
import { leadingTitle } from './leadingTitle';
import { writtenForms } from './sentenceCase';
import { textBlocks, type Block } from './textBlocks';

/**
 * Turns plain text extracted from a governance document (txt or pdf) into markdown whose headings
 * start cited passages: numbered headings ("4.3 Årshjul", "2. Mål"), title lines followed by running
 * text, steps of an annual cycle by month ("Oktober–januari – Omvärldsanalyser"), month tables and term
 * tables. Page furniture is dropped, broken words joined, wrapped lines made paragraphs, and a heading
 * used twice in the document gets its parent heading added so that every citation is unambiguous.
 */
export function textToMarkdown(text: string, title: string): string {
  const lines = cleanExtractedText(text);
  const names = writtenForms(lines);
  const front = leadingTitle(lines, names);
  if (front && front.text.split(' – ').every((part) => fold(title).includes(fold(part)))) lines.fill('', front.start, front.end);
  return render(title, unique(textBlocks(lines, names)));
}

/** The title of an extracted document: its title page, else its first heading (without number), else its first line. */
export function titleOfText(text: string): string {
  const lines = cleanExtractedText(text);
  const names = writtenForms(lines);
  const front = leadingTitle(lines, names);
  if (front) return front.text;
  const first = textBlocks(lines, names).find((b) => b.kind === 'heading');
  return (first?.text.replace(/^\d{1,2}(\.\d{1,2})*\.?\s+/, '') ?? lines.find(Boolean) ?? 'Dokument').slice(0, 120);
}

/** Headings made unique within the document: a repeated one gets its parent heading, or a number, in brackets. */
function unique(blocks: Block[]): Block[] {
  const seen = new Set<string>();
  const stack: { level: number; text: string }[] = [];
  return blocks.map((b) => {
    if (b.kind !== 'heading') return b;
    while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
    let text = b.text;
    const parent = stack[stack.length - 1]?.text.replace(/^\d{1,2}(\.\d{1,2})*\.?\s+/, '');
    if (seen.has(text) && parent && !seen.has(`${text} (${parent})`)) text = `${text} (${parent})`;
    for (let n = 2; seen.has(text); n++) text = `${b.text} (${n})`;
    seen.add(text);
    stack.push({ level: b.level, text: b.text });
    return { ...b, text };
  });
}

function render(title: string, blocks: Block[]): string {
  const out = [`# ${title}`, ''];
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.level)} ${b.text}`, '');
    else if (b.kind === 'p') out.push(b.text, '');
    else out.push(`- ${b.text}`, ...(blocks[i + 1]?.kind === 'li' ? [] : ['']));
  });
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
