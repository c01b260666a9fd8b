import * as snowball from 'snowball-stemmers';

const swedish = snowball.newStemmer('swedish');
const cache = new Map<string, string>();

/** Swedish Snowball stem of a folded word (cached; the same rule for documents and questions). */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = word.length <= 3 || /\d/.test(word) ? word : swedish.stem(word);
    // Snowball keeps the definite "-et" ("bokslutet", "beslutet", "målet"); strip it so they meet "bokslut", "mål".
    if (s.length >= 5 && s.endsWith('et')) s = s.slice(0, -2);
    // …and cuts the "s" of "analys", "prognos" but not of "analysen", "prognosen": keep it after y/o.
    if (word.length >= 6 && /[yo]s$/.test(word) && s === word.slice(0, -1)) s = word;
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}
