/** One cited piece of source text: the content under one heading of a pack document. */
export interface Passage {
  /** `<document id>#<n>` */
  id: string;
  document: string;
  section: string;
  /** Headings above this one, outermost first. */
  parents: string[];
  text: string;
}

const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/**
 * Splits a markdown document into passages, one per heading. Text before the first heading
 * becomes a passage named after the document title. Empty sections are dropped.
 */
export function splitPassages(documentId: string, title: string, markdown: string): Passage[] {
  const passages: Passage[] = [];
  const stack: { level: number; text: string }[] = [];
  let section = title;
  let parents: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
    if (text) passages.push({ id: `${documentId}#${passages.length + 1}`, document: documentId, section, parents, text });
    lines = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const m = heading.exec(line);
    if (!m) {
      lines.push(line);
      continue;
    }
    flush();
    const level = m[1].length;
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    parents = stack.map((s) => s.text);
    section = m[2].trim();
    stack.push({ level, text: section });
  }
  flush();
  return passages;
}
