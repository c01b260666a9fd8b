import { fold } from '../../../shared/text';

/** Capitalised by mistake in running text ("delårsrapport För Hallstahammars kommun"): never names. */
const functionWords = new Set('for och av i om med till pa fran vid som den det de en ett att'.split(' '));

/**
 * A heading written in capitals in ordinary Swedish case: "BESLUT OM BUDGET I KF" → "Beslut om budget i KF".
 * Words the document writes the same way in running text keep that form (abbreviations such as "KLG",
 * names such as "Hallstahammars"); short words without a vowel stay abbreviations ("KF").
 */
export function sentenceCase(caps: string, names: ReadonlyMap<string, string>): string {
  const out = caps.replace(/\p{L}+/gu, (word) => {
    const known = names.get(fold(word));
    if (known) return known;
    if (word.length <= 4 && !/[aeiouyåäö]/i.test(word) && !/\p{Ll}/u.test(word)) return word;
    return word.toLowerCase();
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * How the document writes words that are not plain lower case in running text: abbreviations in
 * capitals ("KLG") and names capitalised after a lower-case word at least twice ("Hallstahammars").
 */
export function writtenForms(lines: string[]): Map<string, string> {
  const prose = lines.filter((l) => /\p{Ll}/u.test(l)).join('\n');
  const counts = new Map<string, { word: string; n: number }>();
  const count = (word: string) => {
    const e = counts.get(fold(word)) ?? { word, n: 0 };
    e.n++;
    counts.set(fold(word), e);
  };
  for (const m of prose.matchAll(/(?<![\p{L}])(\p{Lu}{2,6})(?![\p{L}])/gu)) count(m[1]);
  for (const m of prose.matchAll(/(?<=\p{Ll},? )(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu)) count(m[1]);
  const lower = (word: string) => prose.match(new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  const isName = (k: string, e: { word: string; n: number }) =>
    /^\p{Lu}+$/u.test(e.word) || (e.n >= 2 && !functionWords.has(k) && lower(e.word) < e.n);
  return new Map([...counts].filter(([k, e]) => isName(k, e)).map(([k, e]) => [k, e.word]));
}
