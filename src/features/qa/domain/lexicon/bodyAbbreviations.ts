import { words } from './normalize';

/** The heads of a body's name ("…nämnden", "…styrelsen", "…utskottet"), folded. */
const bodyHeads = ['namnd', 'styrelse', 'utskott'];

/**
 * The abbreviations of the bodies a pack's texts name ("barn- och ungdomsnämnden" → "bun", "arbetsutskottet" → "au"):
 * the initials of each word and of a body head it ends with, each with the word that names the body. Only those one
 * name gives.
 */
export function bodyAbbreviations(texts: string[]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  const headOf = (w: string) => bodyHeads.find((h) => w.slice(3).includes(h));
  const initials = (w: string) => `${w[0]}${headOf(w)?.[0] ?? ''}`;
  for (const text of texts) {
    // (Only words with a body head: this runs over every text of the pack when it is loaded.)
    for (const [, before, last] of text.matchAll(/(?:(\p{L}+)-\s+och\s+)?(\p{L}*(?:n[äa]mnd|styrelse|utskott)\p{L}*)/giu)) {
      const [name] = words(last);
      if (!name || !headOf(name)) continue;
      const [first] = before ? words(before) : [];
      const abbreviation = `${first ? initials(first) : ''}${initials(name)}`;
      found.set(abbreviation, new Set([...(found.get(abbreviation) ?? []), name]));
    }
  }
  return new Map([...found].filter(([, names]) => names.size === 1).map(([a, names]) => [a, [...names][0]]));
}
