import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { ValidationError } from '../../../shared/errors';
import { textToMarkdown } from './textToMarkdown';

type MammothWithMarkdown = typeof mammoth & { convertToMarkdown(input: { buffer: Buffer }): Promise<{ value: string }> };

/** Reads a document (txt, md, pdf, docx) as markdown with headings, using pdf-parse and mammoth. */
export async function documentToMarkdown(file: string, title: string): Promise<string> {
  const ext = extname(file).toLowerCase();
  if (!['.md', '.txt', '.pdf', '.docx'].includes(ext)) throw new ValidationError(`Filtypen ${ext || '(ingen)'} stöds inte: använd txt, md, pdf eller docx.`);
  const buffer = await readFile(file);
  switch (ext) {
    case '.md':
      return buffer.toString('utf8').startsWith('# ') ? buffer.toString('utf8') : `# ${title}\n\n${buffer.toString('utf8')}`;
    case '.txt':
      return textToMarkdown(buffer.toString('utf8'), title);
    case '.pdf': {
      const parser = new PDFParse({ data: new Uint8Array(buffer) });
      try {
        return textToMarkdown((await parser.getText()).text, title);
      } finally {
        await parser.destroy();
      }
    }
    case '.docx': {
      // Word heading styles become markdown headings; mammoth escapes punctuation we do not need escaped.
      const { value } = await (mammoth as MammothWithMarkdown).convertToMarkdown({ buffer });
      const md = value.replace(/\\([.\-()!])/g, '$1').replace(/__(.+?)__/g, '**$1**');
      return md.trimStart().startsWith('# ') ? md : `# ${title}\n\n${md}`;
    }
    default:
      throw new ValidationError(`Filtypen ${ext} stöds inte.`);
  }
}
