import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { ValidationError } from '../../../shared/errors';
import { textToMarkdown, titleOfText } from './textToMarkdown';

type MammothWithMarkdown = typeof mammoth & { convertToMarkdown(input: { buffer: Buffer }): Promise<{ value: string }> };

export const supportedExtensions = ['.md', '.txt', '.pdf', '.docx'];

/** The first heading of a markdown text, else its first line without markdown marks. */
export function titleOfMarkdown(markdown: string): string {
  const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(markdown)?.[1];
  return (heading ?? markdown.split('\n').find((l) => l.trim())?.replace(/[#*_>`-]/g, '').trim() ?? 'Dokument').slice(0, 120);
}

const withTitle = (markdown: string, title: string) => (markdown.trimStart().startsWith('# ') ? markdown : `# ${title}\n\n${markdown}`);

/**
 * Reads a document (txt, md, pdf, docx) as markdown with headings, using pdf-parse and mammoth.
 * Without a title, the document's own title is used: its title page or first heading, else its first line.
 */
export async function readDocument(file: string, title?: string): Promise<{ title: string; markdown: string }> {
  const ext = extname(file).toLowerCase();
  if (!supportedExtensions.includes(ext)) throw new ValidationError(`Filtypen ${ext || '(ingen)'} stöds inte: använd txt, md, pdf eller docx.`);
  const buffer = await readFile(file);
  if (ext === '.md') {
    const md = buffer.toString('utf8');
    const t = title ?? titleOfMarkdown(md);
    return { title: t, markdown: withTitle(md, t) };
  }
  if (ext === '.docx') {
    // Word heading styles become markdown headings; mammoth escapes punctuation we do not need escaped.
    const { value } = await (mammoth as MammothWithMarkdown).convertToMarkdown({ buffer });
    const md = value.replace(/\\([.\-()!])/g, '$1').replace(/__(.+?)__/g, '**$1**');
    const t = title ?? titleOfMarkdown(md);
    return { title: t, markdown: withTitle(md, t) };
  }
  const text = ext === '.txt' ? buffer.toString('utf8') : await pdfText(buffer);
  const t = title ?? titleOfText(text);
  return { title: t, markdown: textToMarkdown(text, t) };
}

async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
