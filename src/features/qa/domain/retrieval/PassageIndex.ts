import MiniSearch from 'minisearch';
import type { Passage } from '../../../../kernel/knowledge/splitPassages';
import type { Analyzer, TermSet } from '../lexicon/Analyzer';
import { coverage, termsOf, type TopicWord } from '../question/TopicWord';
import { passageSentences, type Sentence } from './passageSentences';
import { words } from '../lexicon/normalize';
import { stem } from '../lexicon/stem';

export type { Sentence } from './passageSentences';

/** A sentence that says a purpose: "syfte", "syftet", "syftar". */
const statesPurpose = /(?<!\p{L})syft(?:e|et|en|ar|ade)?(?!\p{L})/iu;

/** A passage found for a question. */
export interface PassageHit {
  passage: Passage;
  rank: number;
  /** IDF-weighted share of the question's topic found in the passage and its headings (0–1). */
  coverage: number;
  /** Share of the topic found in the section heading. */
  headingCoverage: number;
}

interface Analysed {
  heading: TermSet;
  all: TermSet;
  sentences: Sentence[];
}

/**
 * Passage retrieval: MiniSearch (BM25) over the pack's passages with the Swedish analyzer (stems and
 * compound parts), re-ranked by how much of the question's topic each passage covers; and the
 * passages' sentences with their cues, for choosing the one that answers.
 */
export class PassageIndex {
  private readonly search: MiniSearch<Passage & { heading: string }>;
  private readonly analysed = new Map<string, Analysed>();
  private readonly byId: Map<string, Passage>;
  /** Stem of a term → the passages with a sentence that says what it is ("Ett mål är …"). */
  private readonly definitions = new Map<string, Passage[]>();
  /** Stem of a word → the passages with a sentence that names it and says a purpose ("Det övergripande syftet med vår styrmodell är …"). */
  private readonly purposes = new Map<string, Passage[]>();

  constructor(
    private readonly passages: Passage[],
    analyzer: Analyzer,
    bodyNames: Set<string>,
    /** Lower score for passages of superseded documents (prefer the newer model). */
    private readonly weight: (p: Passage) => number,
    /** The title of a passage's document, which "detta styrdokument" in its text names. */
    titleOf: (p: Passage) => string = () => '',
  ) {
    // "… regleras inte av detta styrdokument": the document speaks of itself, and its title says what it is.
    const selfReference = /(?<!\p{L})(?:detta|denna) (?:styrdokument|dokument|styrmodell|riktlinje|policy)(?!\p{L})/iu;
    const named = (p: Passage, text: string) => (selfReference.test(text) ? `${text} ${titleOf(p)}` : text);
    this.search = new MiniSearch({
      fields: ['heading', 'text'],
      storeFields: [],
      tokenize: (text) => analyzer.terms(text),
      processTerm: (t) => t,
      searchOptions: { boost: { heading: 2 } },
    });
    this.search.addAll(passages.map((p) => ({ ...p, text: named(p, p.text), heading: [...p.parents.slice(-1), p.section].join(' ') })));
    this.byId = new Map(passages.map((p) => [p.id, p]));
    for (const p of passages) {
      const heading = `${p.parents.slice(-1).join(' ')} ${p.section}`;
      const sentences = passageSentences(p, analyzer, bodyNames, named);
      for (const s of sentences) {
        for (const d of s.defines ?? []) if (!this.definitions.get(d)?.includes(p)) this.definitions.set(d, [...(this.definitions.get(d) ?? []), p]);
        if (statesPurpose.test(s.text)) for (const t of s.terms.whole) if (!this.purposes.get(t)?.includes(p)) this.purposes.set(t, [...(this.purposes.get(t) ?? []), p]);
      }
      this.analysed.set(p.id, { heading: analyzer.termSet(heading), all: analyzer.termSet(`${heading}\n${p.text}`), sentences });
    }
  }

  /** The best passages for the topic, best first. */
  find(topic: TopicWord[], limit = 5): PassageHit[] {
    const asked = [...new Set(topic.flatMap(termsOf))];
    const query = asked.join(' ');
    if (!query) return [];
    const results = this.search.search(query, { tokenize: (q) => q.split(' '), processTerm: (t) => t, combineWith: 'OR', fuzzy: false, prefix: false });
    return results
      // A wide pool: the search's own score counts every term alike, so a long passage naming a rare word of the
      // question once may stand below many that name a common one; the weighted coverage below ranks them.
      .slice(0, 40)
      .map((r) => this.hit(this.byId.get(r.id as string)!, topic, asked, r.score / 100))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ score: _score, ...hit }, rank) => ({ ...hit, rank }));
  }

  /**
   * Passages beyond `hits` with a sentence that says what the term is ("Ett mål är kort och gott …" under
   * "Målstyrning"), ranked after them: a definition may stand where the term's word is too common to find it.
   */
  defining(term: TopicWord, topic: TopicWord[], hits: PassageHit[]): PassageHit[] {
    return this.beyond(this.definitions, term, topic, hits);
  }

  /**
   * Passages beyond `hits` with a sentence that names the word and says a purpose ("Det övergripande syftet med vår
   * styrmodell är att …" under "Syfte och omfattning"), ranked after them: a question of why something is there asks it,
   * and a word as common as "styrmodell" may not find it.
   */
  purposeOf(word: TopicWord, topic: TopicWord[], hits: PassageHit[]): PassageHit[] {
    return this.beyond(this.purposes, word, topic, hits);
  }

  /** The passages a sentence index holds under the word, or what it stands for in the pack ("governance model" → styrmodell), beyond `hits`, ranked after them. */
  private beyond(index: Map<string, Passage[]>, word: TopicWord, topic: TopicWord[], hits: PassageHit[]): PassageHit[] {
    const asked = [...new Set(topic.flatMap(termsOf))];
    const said = [...new Set([word.stem, ...word.alternatives.map((a) => a.stem)].flatMap((t) => index.get(t) ?? []))];
    return said
      .filter((p) => !hits.some((h) => h.passage === p))
      .map((p) => this.hit(p, topic, asked, 0))
      .sort((a, b) => b.score - a.score)
      .map(({ score: _score, ...hit }, i) => ({ ...hit, rank: hits.length + i }));
  }

  private hit(passage: Passage, topic: TopicWord[], asked: string[], searchScore: number): PassageHit & { score: number } {
    const a = this.analysed.get(passage.id)!;
    const cov = coverage(topic, a.all);
    const headingCoverage = coverage(topic, a.heading);
    // A passage with one sentence that holds the whole question ("… tre gemensamma uppföljningar per år; …") is nearer than one that holds its words apart.
    let sentenceCoverage = 0;
    for (const s of a.sentences) {
      if (!asked.some((t) => s.terms.all.has(t))) continue;
      sentenceCoverage = Math.max(sentenceCoverage, coverage(topic, s.terms));
      if (sentenceCoverage >= cov) break;
    }
    return { passage, rank: 0, coverage: cov, headingCoverage, score: (cov * 2 + headingCoverage + sentenceCoverage) * this.weight(passage) + searchScore };
  }

  /** The analysed sentences of a passage, in order. */
  sentences(passage: Passage): Sentence[] {
    return this.analysed.get(passage.id)!.sentences;
  }

  /** The heading terms (section and its parent) and all terms of a passage. */
  termsOf(passage: Passage): { heading: TermSet; all: TermSet } {
    return this.analysed.get(passage.id)!;
  }

  /** This passage with at most `n` on each side of it in its document, in order. */
  around(passage: Passage, n: number): Passage[] {
    const at = this.passages.indexOf(passage);
    return this.passages.slice(Math.max(0, at - n), at + 1 + n).filter((p) => p.document === passage.document);
  }

  /** Headings of the passages right after this one in its document, at most `n`. */
  following(passage: Passage, n: number): string[] {
    const at = this.passages.indexOf(passage);
    return this.passages.slice(at + 1, at + 1 + n).filter((p) => p.document === passage.document).map((p) => p.section);
  }

  /** Each stem of the passages' texts → the stems written right after it (built on first use). */
  private followers?: Map<string, Set<string>>;

  /**
   * Whether the documents write a word only ever right before another, and do at least once ("fackliga" before
   * "representanter"): a modifier that names a kind of that thing, not one they give many things ("egna mål", "egna
   * pengar", "egna styrdokument").
   */
  writesOnlyBefore(first: string, second: string): boolean {
    if (!this.followers) {
      this.followers = new Map();
      for (const p of this.passages) {
        const ws = words(p.text).map(stem);
        ws.forEach((w, i) => {
          const after = this.followers!.get(w) ?? this.followers!.set(w, new Set()).get(w)!;
          after.add(ws[i + 1] ?? '');
        });
      }
    }
    const after = this.followers.get(first);
    return after?.size === 1 && after.has(second);
  }

  /** Headings of the passages directly under this one ("Centrala principer" → its principles). */
  children(passage: Passage): string[] {
    return this.passages.filter((p) => p.document === passage.document && p.parents[p.parents.length - 1] === passage.section).map((p) => p.section);
  }
}
