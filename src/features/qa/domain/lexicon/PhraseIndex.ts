/**
 * A lexicon's keys of two or more words ("mål och budget", "internal control plan"), longest first, found by the words
 * they hold: a question is tried only against the phrases all of whose words it has.
 */
export class PhraseIndex {
  readonly phrases: readonly string[];
  /** Every word some phrase holds. */
  readonly words: ReadonlySet<string>;
  /** The phrases (as indexes into `phrases`) by each word they hold. */
  private readonly byWord = new Map<string, number[]>();

  constructor(keys: Iterable<string>) {
    this.phrases = [...new Set(keys)].filter((k) => k.includes(' ')).sort((a, b) => b.split(' ').length - a.split(' ').length);
    this.phrases.forEach((p, i) => {
      for (const w of new Set(p.split(' '))) this.byWord.set(w, [...(this.byWord.get(w) ?? []), i]);
    });
    this.words = new Set(this.byWord.keys());
  }

  /** Whether the phrase is one of the keys. */
  has(phrase: string): boolean {
    return this.phrases.includes(phrase);
  }

  /** The phrases all of whose words are among the words given, longest first (only they can occur in them). */
  among(ws: readonly string[]): string[] {
    const present = new Set(ws);
    const at = new Set<number>();
    for (const w of present) for (const i of this.byWord.get(w) ?? []) at.add(i);
    return [...at].sort((a, b) => a - b).map((i) => this.phrases[i]).filter((p) => p.split(' ').every((w) => present.has(w)));
  }
}
