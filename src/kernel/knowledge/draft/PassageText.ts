import type { Passage } from '../splitPassages';

/** A passage with its sentences, the unit every draft fact is read from and cites. */
export interface PassageText {
  passage: Passage;
  sentences: string[];
}

/** The heading of a passage without its section number: "4.3 Årshjul" → "Årshjul". */
export const plainHeading = (p: Passage): string => p.section.replace(/^\d{1,2}(\.\d{1,2})*\.?\s+/, '');

export const sourceOf = (p: Passage) => ({ document: p.document, section: p.section });
