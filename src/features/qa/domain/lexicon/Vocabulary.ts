import type { Analyzer, Token } from './Analyzer';
import { stem } from './stem';

const UNKNOWN_DF = 3;
/** The shortest stem a typo is corrected by (see `closestByStem`). */
const STEM_TYPO_LENGTH = 10;

/** Edit distance, capped: returns max+1 as soon as it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The pack's words with document frequencies: inverse document frequency for weighting, and
 * spelling correction of question words against the pack's own vocabulary ("budjet" → "budget").
 */
/** The shortest head (as a stem) that finds the compounds it ends ("uppdel"). */
const MIN_HEAD = 5;
/** The most compounds one head may stand for. */
const MAX_COMPOUNDS = 2;

export class Vocabulary {
  private readonly df = new Map<string, number>();
  private readonly surface = new Set<string>();
  private readonly corrections = new Map<string, string | undefined>();
  /** The stems of the pack's words (built at the first compound head asked for) and the compounds found per head. */
  private stems?: string[];
  private readonly heads = new Map<string, string[]>();
  private docs = 0;

  constructor(private readonly analyzer: Analyzer) {}

  /**
   * Adds one document (passage or fact) to the statistics. `written`: the words the document writes, when `text` is of
   * terms already stemmed (a fact's terms; its names as written).
   */
  add(text: string, written?: string): void {
    this.docs++;
    const tokens = this.analyzer.tokens(text);
    for (const t of written === undefined ? tokens : this.analyzer.tokens(written)) this.surface.add(t.word);
    this.stems = undefined;
    this.heads.clear();
    for (const term of new Set(tokens.flatMap((t) => [t.stem, ...t.parts]))) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  /** Inverse document frequency of a term (unknown terms weigh like the rarest). */
  idf(term: string): number {
    return Math.log(1 + this.docs / (this.df.get(term) ?? 0.5));
  }

  /**
   * The weight of a word the pack does not know: like a word in a few documents, not the rarest.
   * An unknown word's IDF would otherwise outweigh the whole question ("uppföljd", "paragraf").
   */
  unknownWeight(): number {
    return Math.log(1 + this.docs / UNKNOWN_DF);
  }

  knows(term: string): boolean {
    return this.df.has(term);
  }

  /** Whether the pack writes the (folded) word itself, not only another word of its stem ("anda" is no "and"). */
  writes(word: string): boolean {
    return this.surface.has(word);
  }

  /**
   * The pack's compounds a word is the head of ("uppdelade" of "könsuppdelat"), as stems: those whose stem ends with the
   * word's, after a first part of at least three letters; none when they are more than a few (a common head, "plan").
   */
  compoundsWithHead(token: Token): string[] {
    if (token.stem.length < MIN_HEAD) return [];
    const cached = this.heads.get(token.stem);
    if (cached) return cached;
    this.stems ??= [...new Set([...this.surface].map((w) => stem(w)))];
    const found = this.stems.filter((s) => s.length >= token.stem.length + 3 && s.endsWith(token.stem));
    const heads = found.length <= MAX_COMPOUNDS ? found : [];
    this.heads.set(token.stem, heads);
    return heads;
  }

  /** The token itself when the pack knows it (or its parts), else the closest pack word within 1–2 edits, or the word it begins. */
  correct(token: Token): Token {
    if (this.knows(token.stem) || (token.parts.length && token.parts.every((p) => this.knows(p)))) return token;
    if (!this.corrections.has(token.word)) this.corrections.set(token.word, this.closest(token.word));
    const fixed = this.corrections.get(token.word);
    return fixed ? { word: fixed, stem: stem(fixed), parts: this.analyzer.split(fixed) } : token;
  }

  private closest(word: string): string | undefined {
    const max = word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
    if (max === 0) return undefined;
    return this.nearest(word, (w) => w, max) ?? this.closestByStem(word) ?? this.completion(word);
  }

  /**
   * A typo in a word inflected otherwise than the pack writes it ("tertialraporten", of "tertialrapport"): the pack
   * word whose stem is one edit from the word's long stem, the commonest if several. (A short stem is too near others:
   * "skolenhet" is cut to "skolen", one edit from "skolan".)
   */
  private closestByStem(word: string): string | undefined {
    const own = stem(word);
    return own.length < STEM_TYPO_LENGTH ? undefined : this.nearest(own, stem, 1);
  }

  /** The pack word whose key (`keyOf`) is fewest edits from `key`, at most `max`; the commonest of those as near. */
  private nearest(key: string, keyOf: (w: string) => string, max: number): string | undefined {
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of this.surface) {
      const d = editDistance(key, keyOf(candidate), max);
      if (d < bestDistance || (d === bestDistance && best && (this.df.get(stem(candidate)) ?? 0) > (this.df.get(stem(best)) ?? 0))) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= max ? best : undefined;
  }

  /**
   * A word cut short ("månadsuppf", "delårsrapp"): the commonest pack word it begins, when those it begins are one
   * word inflected, or that word and words built on it ("tertialrapp": "tertialrapport", "tertialrapportering").
   */
  private completion(word: string): string | undefined {
    if (word.length < 6) return undefined;
    const begun = [...this.surface].filter((w) => w.length > word.length && w.startsWith(word));
    const stems = [...new Set(begun.map((w) => stem(w)))].sort((a, b) => a.length - b.length);
    if (!begun.length || !stems.every((s) => s.startsWith(stems[0]))) return undefined;
    return begun.filter((w) => stem(w) === stems[0]).sort((a, b) => (this.df.get(stem(b)) ?? 0) - (this.df.get(stem(a)) ?? 0) || a.length - b.length)[0];
  }
}
