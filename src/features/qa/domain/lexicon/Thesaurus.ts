import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../../shared/projectRoot';
import { words } from './normalize';
import { stem } from './stem';

/** The Swedish thesaurus derived from LibreOffice's (Synlex, KTH; see knowledge/lexicon/LICENSES.md). */
const file = join(projectRoot, 'knowledge', 'lexicon', 'sv-thesaurus.json');

/**
 * Words that can stand for each other, looked up by stem so an inflected question word ("spikad",
 * "gränsen") finds its headword ("spika", "gräns"). Senses are mixed in the source, so callers keep
 * only neighbours the pack itself uses and weigh them below the word itself.
 */
export class Thesaurus {
  private static shared?: Thesaurus;
  private readonly byStem = new Map<string, Set<string>>();

  private constructor(entries: Record<string, string[][]>) {
    const link = (a: string, b: string) => {
      const key = stem(a);
      let set = this.byStem.get(key);
      if (!set) this.byStem.set(key, (set = new Set()));
      set.add(b);
    };
    for (const [head, senses] of Object.entries(entries)) {
      const [h, ...more] = words(head);
      // A reflexive verb ("närma sig") says its verb is a word, with no single-word synonyms of its own.
      if (h && more.length === 1 && more[0] === 'sig' && !this.byStem.has(stem(h))) this.byStem.set(stem(h), new Set());
      if (!h || more.length) continue;
      for (const syn of senses.flat()) {
        const ws = words(syn);
        if (ws.length !== 1 || ws[0] === h) continue;
        link(h, ws[0]);
        link(ws[0], h);
      }
    }
  }

  /** The thesaurus, read once per process. */
  static load(): Thesaurus {
    return (Thesaurus.shared ??= new Thesaurus(JSON.parse(readFileSync(file, 'utf8')).entries));
  }

  /** Folded single-word synonyms of a folded word (any sense). */
  neighbours(word: string): string[] {
    return [...(this.byStem.get(stem(word)) ?? [])];
  }

  /** Whether the thesaurus knows the word at all (a real Swedish word, not a typo), also in its "-s" form ("tas", "görs": passive; "planens": genitive). */
  knows(word: string): boolean {
    return this.byStem.has(stem(word)) || (word.length > 2 && word.endsWith('s') && this.byStem.has(stem(word.slice(0, -1))));
  }
}
