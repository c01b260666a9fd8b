import type { Passage } from '../../../../kernel/knowledge/splitPassages';
import type { Analyzer } from '../lexicon/Analyzer';
import type { TopicWord } from '../question/TopicWord';
import type { PassageIndex } from '../retrieval/PassageIndex';

/**
 * A sentence in which the model says what it does not govern ("Myndighetsnämnden, valnämnden … regleras inte av detta
 * styrdokument."; "… regleras inte av den." at a sentence's end, not "… av den nya lagen").
 */
const exclusion = /(?<!\p{L})(?:regleras|omfattas|berörs|styrs) inte av (?:(?:detta|denna|det här|den här) (?:styrdokument|styrmodell|dokument)|styrmodellen|styrdokumentet|dokumentet|den(?=[.;,]))(?!\p{L})/iu;

/** Whether a text says what the model does not govern (then it answers a question of the model's scope). */
export const saysOutOfScope = (text: string): boolean => exclusion.test(text);

/**
 * What the model says it does not govern, and says nothing else about: "Hur ofta ska myndighetsnämnden rapportera till
 * kommunstyrelsen?" asks of a body the model leaves out ("Myndighetsnämnden … regleras inte av detta styrdokument."), so
 * whatever the model says about reporting is not said of it. Each such thing is kept by the stems of the words the
 * sentence names before saying so, when no other sentence of the pack's text names them.
 */
export class OutOfScope {
  private readonly excluded = new Map<string, { word: string; sentence: string; passage: Passage }>();

  constructor(passages: readonly Passage[], index: PassageIndex, analyzer: Analyzer) {
    const sentences = passages.flatMap((p) => index.sentences(p));
    const exclusions = sentences.filter((s) => exclusion.test(s.text));
    for (const s of exclusions) {
      const subject = s.text.slice(0, exclusion.exec(s.text)!.index);
      for (const word of subject.split(/[\s,]+/)) {
        for (const t of analyzer.tokens(word)) {
          if (!sentences.some((o) => !exclusions.includes(o) && o.terms.whole.has(t.stem))) this.excluded.set(t.stem, { word: word.toLowerCase(), sentence: s.text, passage: s.passage });
        }
      }
    }
  }

  /** The sentence that leaves out something the topic names, its word for it and its passage; undefined when the topic names nothing left out. */
  named(topic: readonly TopicWord[]): { word: string; sentence: string; passage: Passage } | undefined {
    return topic.map((w) => this.excluded.get(w.stem)).find((x) => x !== undefined);
  }
}
