import { cutAtWord, fold } from '../../../shared/text';
import { uniqueId } from '../slugId';
import type { DocumentType } from '../packSchema';
import type { Drafted } from './DraftFact';
import { leadingSentences, plainHeading, sourceOf, type PassageText } from './PassageText';

const aboutDocuments = /styrdokument|dokumenttyp|dokumenthierarki|styrande dokument/iu;
const item = /^(?:(\d{1,2})\.|-)\s+([\p{Lu}][\p{L}/ -]{1,40}?)\s+[–-]\s+(.+)$/u;

/**
 * Draft document types when the text lists them: numbered or bulleted "Namn – beskrivning" items under
 * a heading about governing documents (the number is the place in the hierarchy, a sub-heading such
 * as "Politiska styrdokument" the category), and term sections that give "Exempel på <typ>: …" (described by the section).
 */
export function draftDocumentTypes(texts: PassageText[]): Drafted<DocumentType>[] {
  const taken = new Set<string>();
  const seen = new Set<string>();
  const out: Drafted<DocumentType>[] = [];
  const add = (t: PassageText, sentence: string, fact: Omit<DocumentType, 'id' | 'contents' | 'decidedBy' | 'terms' | 'source'>) => {
    if (seen.has(fold(fact.name))) return;
    seen.add(fold(fact.name));
    out.push({ fact: { id: uniqueId(fact.name, taken), ...fact, contents: [], decidedBy: [], terms: [], draft: true, source: sourceOf(t.passage) } as DocumentType, passage: t.passage, sentence });
  };
  for (const t of texts) {
    const headings = [t.passage.section, ...t.passage.parents];
    if (headings.some((h) => aboutDocuments.test(h))) {
      for (const line of t.passage.text.split('\n')) {
        const m = item.exec(line.trim());
        if (!m || m[2].split(/\s+/).length > 5) continue;
        const description = m[3].split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];
        const category = aboutDocuments.test(t.passage.section) && t.passage.parents.some((p) => aboutDocuments.test(p)) ? plainHeading(t.passage) : undefined;
        add(t, line.trim(), { name: m[2].trim(), ...(m[1] ? { order: Number(m[1]) } : {}), ...(category ? { category } : {}), description: cutAtWord(description.charAt(0).toUpperCase() + description.slice(1), 300) });
      }
    }
    const example = new RegExp(`Exempel på ${plainHeading(t.passage).toLowerCase()}\\s*:`, 'iu');
    // (The section's first sentences say what the type is, as a term's own section does: "Regler ska ge absoluta gränser för
    // vårt agerande. Typiska ord och uttryck i sådana dokument är ”ska”, ”måste” och ”får inte”. Exempel på regel: …")
    if (example.test(t.passage.text) && t.sentences[0]) add(t, t.sentences[0], { name: plainHeading(t.passage), description: leadingSentences(t.sentences) });
  }
  return out;
}
