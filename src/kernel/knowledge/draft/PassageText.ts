import type { Passage } from '../splitPassages';

/** A passage with its sentences, the unit every draft fact is read from and cites. */
export interface PassageText {
  passage: Passage;
  sentences: string[];
}

/** The heading of a passage without its section number: "4.3 Årshjul" → "Årshjul". */
export const plainHeading = (p: Passage): string => p.section.replace(/^\d{1,2}(\.\d{1,2})*\.?\s+/, '');

export const sourceOf = (p: Passage) => ({ document: p.document, section: p.section });

/** How long a definition drawn from a term's own section may be: its first sentences, as many as fit. */
export const SECTION_DEFINITION = 320;

/** A section's first sentences, as many as fit `max` characters (at least the first). */
export function leadingSentences(sentences: string[], max = SECTION_DEFINITION): string {
  let said = sentences[0] ?? '';
  for (const next of sentences.slice(1)) {
    if (`${said} ${next}`.length > max) break;
    said = `${said} ${next}`;
  }
  return said;
}
