import { readDocument } from './readDocument';

/** Reads a document (txt, md, pdf, docx) as markdown with headings under the given title. */
export async function documentToMarkdown(file: string, title: string): Promise<string> {
  return (await readDocument(file, title)).markdown;
}
