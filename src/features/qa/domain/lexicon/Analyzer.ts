import { stem } from './stem';
import { words, writtenWords } from './normalize';
import { contentMask, swedishStopwords as stopwords, termsDespiteStoplist } from './stopwords';

/** A word of a text: its folded form, its stem, and the stems of its compound parts (if it is a compound). */
export interface Token {
  word: string;
  stem: string;
  parts: string[];
}

/** Terms of a text: `whole` holds the stems of its words, `all` adds their compound parts. */
export interface TermSet {
  whole: Set<string>;
  all: Set<string>;
}

const minPart = 3;
/** Heads of compounds that add nothing but "level" ("förvaltningsnivå", "enhetsnivån"), folded. */
const lightHeads = ['niva', 'nivan', 'nivaer', 'nivaerna'];
const linking = ['', 's', 'e'];
/** Three-letter endings that are inflections, not words, when they close a word ("prognos|en" ≠ "progno|sen"). */
const inflections = new Set(['sen', 'ens', 'ets', 'ers', 'ars', 'ors', 'ern', 'are', 'ade', 'het', 'ena', 'ene', 'nas', 'nde', 'ing']);

/**
 * Turns Swedish text into search terms: folded, stemmed, stopwords dropped, and compounds split
 * into known parts ("internkontrollplanen" → internkontrollplan + intern, kontroll, plan), so that
 * "intern kontrollplan" and "internkontrollplanen" meet. The vocabulary of known parts comes
 * from the knowledge pack itself.
 */
export class Analyzer {
  private readonly known = new Set<string>();
  private readonly splits = new Map<string, string[]>();

  constructor(corpus: Iterable<string>) {
    for (const text of corpus) {
      const ws = words(text);
      const content = contentMask(text, ws, () => writtenWords(text));
      for (const [i, w] of ws.entries()) {
        // (A listed stop word kept as a term, "första", "sista", is no known word of the pack.)
        if (w.length >= minPart && content[i] && !(stopwords.has(w) && termsDespiteStoplist.has(w))) {
          this.known.add(w);
          this.known.add(stem(w));
        }
      }
    }
  }

  /** True when the word (or its stem) occurs in the pack. */
  isKnown(word: string): boolean {
    return this.known.has(word) || this.known.has(stem(word));
  }

  tokens(text: string): Token[] {
    const ws = words(text);
    const content = contentMask(text, ws, () => writtenWords(text));
    return ws.filter((_, i) => content[i]).map((w) => this.token(w));
  }

  /** A folded word as a token, stop word or not ("andras" where the text wrote "ändras"). */
  token(w: string): Token {
    const first = this.levelOf(w);
    return first ? { word: w, stem: stem(first), parts: [] } : { word: w, stem: stem(w), parts: this.split(w) };
  }

  /** "förvaltning" for "förvaltningsnivå": a compound whose head only says "level" stands for its first part ("planen på förvaltningsnivå" is the förvaltning's). */
  private levelOf(word: string): string | undefined {
    const head = lightHeads.find((h) => word.endsWith(h));
    const first = head && word.slice(0, -head.length).replace(/s$/, '');
    return first && first.length >= minPart && this.isKnown(first) ? first : undefined;
  }

  /** Index terms: each word's stem plus its compound parts, and the compounds the text says as a phrase. */
  terms(text: string): string[] {
    return [...this.tokens(text).flatMap((t) => [t.stem, ...t.parts]), ...this.compoundsSaidApart(text)];
  }

  /** The text's terms, telling whole-word stems apart from compound parts. */
  termSet(text: string): TermSet {
    const tokens = this.tokens(text);
    const apart = this.compoundsSaidApart(text);
    return { whole: new Set([...tokens.map((t) => t.stem), ...apart]), all: new Set([...tokens.flatMap((t) => [t.stem, ...t.parts]), ...apart]) };
  }

  /**
   * "en plan för internkontroll" says "internkontrollplan", "uppföljning av ekonomi" "ekonomiuppföljning": a head, "för" or
   * "av", and its modifier right after say the compound of the two when the pack writes that compound (its stems). (The
   * modifier by its stem: "målen för verksamheten" stays apart, as "verksam" makes no "verksamhetsmål"; read so, "mål för
   * verksamheten" took over the answers on how the two kinds of goal differ.)
   */
  private compoundsSaidApart(text: string): string[] {
    const ws = words(text);
    const found: string[] = [];
    for (let i = 0; i + 2 < ws.length; i++) {
      const [head, by, modifier] = [ws[i], ws[i + 1], ws[i + 2]];
      if ((by !== 'for' && by !== 'av') || head.length < minPart || modifier.length < minPart || stopwords.has(head) || stopwords.has(modifier)) continue;
      const joined = linking.slice(0, 2).map((link) => `${stem(modifier)}${link}${head}`).find((c) => this.isKnown(c));
      if (joined) found.push(stem(joined));
    }
    return found;
  }

  /**
   * Stems of the parts of a compound, or [] when the word is not a compound of known words.
   * Nested parts are included too ("internkontrollplan" → internkontroll, int(ern), kontroll, plan).
   */
  split(word: string): string[] {
    if (word.length < 2 * minPart + 1 || /\d/.test(word)) return [];
    let parts = this.splits.get(word);
    if (!parts) {
      const best = this.bestSplit(word, 3) ?? this.ableOf(word);
      parts = best ? [...new Set(best.flatMap((p) => [stem(p), ...this.split(p)]))] : [];
      this.splits.set(word, parts);
    }
    return parts;
  }

  /**
   * The split of `word` into known parts (joined by nothing, "s" or "e") whose shortest part is
   * longest: "resultatprognosen" → resultat + prognosen, not resultatprogno + sen.
   */
  private bestSplit(word: string, depth: number): string[] | undefined {
    let best: string[] | undefined;
    const shortest = (parts: string[]) => Math.min(...parts.map((p) => p.length));
    for (let i = minPart; i <= word.length - minPart; i++) {
      const head = word.slice(0, i);
      if (!this.isKnownPart(head)) continue;
      for (const link of linking) {
        const tail = word.slice(i + link.length);
        if (!word.startsWith(link, i) || tail.length < minPart || inflections.has(tail)) continue;
        const candidates = [this.isKnownPart(tail) ? [head, tail] : undefined, depth > 2 ? this.restSplit(head, tail, depth) : undefined];
        for (const c of candidates) {
          if (c && (!best || shortest(c) > shortest(best) || (shortest(c) === shortest(best) && c.length < best.length))) best = c;
        }
      }
    }
    return best;
  }

  /** "mätbara" → mät(a), "påverkbar" → påverka: an adjective of "-bar" made of a verb the pack uses. */
  private ableOf(word: string): string[] | undefined {
    const m = /^(.{3,}?)bar(?:a|t|e)?$/.exec(word);
    return m && this.isKnownPart(m[1]) ? [m[1]] : undefined;
  }

  private restSplit(head: string, tail: string, depth: number): string[] | undefined {
    const more = this.bestSplit(tail, depth - 1);
    return more ? [head, ...more] : undefined;
  }

  private isKnownPart(s: string): boolean {
    return !stopwords.has(s) && this.isKnown(s);
  }
}
