import type { Body } from '../packSchema';

/** A body found in the text, with the words that name it there (for finding it in sentences). */
export interface DraftBody {
  id: string;
  name: string;
  kind: Body['kind'];
  abbreviations: string[];
  /** Lower-case words and phrases naming the body ("kommunfullmäktige", "fullmäktige"). */
  forms: string[];
  /** Words that name it only in a decision's subject or agent ("styrelsen" for kommunstyrelsen). */
  weakForms: string[];
}

/** Regex source for one of the words, as whole words (JavaScript's \b does not know å, ä, ö). */
export const wholeWords = (words: string[]): string =>
  `(?<![\\p{L}\\d])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}\\d])`;

/** Every word that names the body in a decision (forms, abbreviations and weak forms). */
export const namesOf = (b: DraftBody): string[] => [...b.forms, ...b.abbreviations, ...b.weakForms];
