import { fold } from '../../../../shared/text';

export { fold };

/**
 * Splits text into folded words. A hyphen that ends a word in a Swedish list ("budget- och årsplan",
 * "mål- och budget") is dropped; a hyphen inside a word joins its parts ("ik-plan" → "ikplan").
 */
export function words(text: string): string[] {
  let ws = wordsOf.get(text);
  if (!ws) {
    ws = split(fold(text));
    if (wordsOf.size > 20_000) wordsOf.clear();
    wordsOf.set(text, Object.freeze(ws) as string[]);
  }
  return ws;
}
/** Pack texts are split again for every question: the split of each text is kept (frozen, so no caller changes it). */
const wordsOf = new Map<string, string[]>();

/** The same words as written (lower-case, å/ä/ö kept): "delar" and "delår" stay two words. */
export function writtenWords(text: string): string[] {
  return split(text.toLocaleLowerCase('sv').normalize('NFC'));
}

const split = (lowered: string): string[] =>
  lowered
    .replace(/(\p{L})-(?=\s)/gu, '$1')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const monthName = (locale: string, m: number) => fold(new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, m - 1, 15))));

/** Swedish and English month names, as Intl spells them. */
export const swedishMonths = Array.from({ length: 12 }, (_, i) => monthName('sv-SE', i + 1));
export const englishMonths = Array.from({ length: 12 }, (_, i) => {
  const name = monthName('en-GB', i + 1);
  return name[0].toUpperCase() + name.slice(1);
});

/**
 * Month names (folded, Swedish and English) → month number, with the abbreviations of the longer names
 * ("okt", "sept"): short names are not cut, since "mar" is also "mår" and "jul" is Christmas.
 */
export const monthNumbers: Record<string, number> = Object.fromEntries(
  [...swedishMonths, ...englishMonths.map(fold)].flatMap((name, i) => {
    const m = (i % 12) + 1;
    const cuts = name.length > 5 ? [name.slice(0, 3), name.slice(0, 4)] : [];
    return [name, ...cuts].map((n) => [n, m] as [string, number]);
  }),
);

/** The month a compound opens with ("majmötet", "junibeslutet": parts "maj", "mot"), if any. */
export const monthOpening = (parts: string[]): number | undefined => (parts.length >= 2 ? monthNumbers[parts[0]] : undefined);
