import type { Analyzer } from '../lexicon/Analyzer';

/** The share of a part's answer's words an earlier part's answer must hold for it to say the same again. */
const REPEATED_SHARE = 0.8;

/**
 * Whether a text says what the texts already given say ("När antogs visionen, och när började man ta fram den?"): one of
 * them itself, or in other words, most of its words among theirs (a fact that renders the sentence an earlier part gave).
 */
export function saidAgain(given: ReadonlySet<string>, analyzer: Analyzer): (text: string) => boolean {
  const said = new Set([...given].flatMap((t) => analyzer.terms(t)));
  return (text) => {
    if (given.has(text)) return true;
    const own = new Set(analyzer.tokens(text).map((t) => t.stem));
    return said.size > 0 && own.size > 0 && [...own].filter((t) => said.has(t)).length >= REPEATED_SHARE * own.size;
  };
}
