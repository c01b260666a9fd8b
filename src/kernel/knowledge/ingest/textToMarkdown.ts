/**
 * Turns plain text extracted from a governance document (txt or pdf) into markdown whose headings
 * start cited passages: numbered headings ("4.3 Årshjul", "2. Mål") and short title-like lines
 * followed by prose become `##` headings; hyphenation across lines is joined; wrapped lines become
 * paragraphs. Markdown input is returned as it is.
 */
export function textToMarkdown(text: string, title: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').split('\n').map((l) => l.trim());
  const out: string[] = [`# ${title}`, ''];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(paragraph.join(' ').replace(/\s+/g, ' '), '');
    paragraph = [];
  };
  lines.forEach((line, i) => {
    if (!line) return flush();
    if (/^[-•▪*]\s+/.test(line)) {
      flush();
      out.push(`- ${line.replace(/^[-•▪*]\s+/, '')}`);
      return;
    }
    if (isHeading(line, lines[i + 1] ?? '')) {
      flush();
      out.push(`## ${line.replace(/[:.]$/, '')}`, '');
      return;
    }
    paragraph.push(line);
  });
  flush();
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function isHeading(line: string, next: string): boolean {
  if (line.length > 80 || /[,;]$/.test(line)) return false;
  if (/^\d+(\.\d+)*\.?\s+\p{Lu}/u.test(line)) return true;
  const titleLike = /^\p{Lu}/u.test(line) && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 8;
  return titleLike && (next === '' || /^\p{Lu}/u.test(next));
}
