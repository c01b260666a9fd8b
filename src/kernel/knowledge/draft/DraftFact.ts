import type { Passage } from '../splitPassages';

/** A fact drafted from the text, with the sentence it was read from (shown to the editor). */
export interface Drafted<T> {
  fact: T;
  passage: Passage;
  sentence: string;
}
