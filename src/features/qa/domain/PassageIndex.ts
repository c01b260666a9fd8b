import MiniSearch from 'minisearch';
import type { Passage } from '../../../kernel/knowledge/splitPassages';
import type { Analyzer, TermSet } from './text/Analyzer';
import { cutAtWord } from '../../../shared/text';
import { words } from './text/normalize';
import { stem } from './text/stem';
import { synonymsOf } from './synonyms';
import { coverage, termsOf, type TopicWord } from './Question';

/** A passage found for a question, with the sentences that answer it best. */
export interface PassageHit {
  passage: Passage;
  /** IDF-weighted share of the question's topic found in the passage (0–1). */
  coverage: number;
  /** Share of the topic found in the section heading. */
  headingCoverage: number;
  score: number;
}

interface Sentence {
  text: string;
  terms: TermSet;
  /** Terms with the sentence before it too: "Dessa mål …" speaks of the goals the sentence before named. */
  context: TermSet;
  hasNumber: boolean;
}

const maxExcerpt = 600;
/** A number in digits or Swedish words, or a bound ("max", "högst", "minst"). */
const numberWord = /\d|(?<!\p{L})(två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|hundra|tusen|max|högst|minst|dubbel|halv)(?!\p{L})/iu;

/**
 * Passage retrieval: MiniSearch (BM25) over the pack's passages with the Swedish analyzer
 * (stems + compound parts), then the best sentences of the best passages by topic coverage.
 */
export class PassageIndex {
  private readonly search: MiniSearch<Passage & { heading: string }>;
  private readonly terms = new Map<string, { heading: TermSet; all: TermSet; sentences: Sentence[] }>();
  private readonly byId: Map<string, Passage>;

  constructor(
    private readonly passages: Passage[],
    analyzer: Analyzer,
    /** Lower score for passages of superseded documents (prefer the newer model). */
    private readonly weight: (p: Passage) => number,
  ) {
    this.search = new MiniSearch({
      fields: ['heading', 'text'],
      storeFields: [],
      tokenize: (text) => analyzer.terms(text),
      processTerm: (t) => t,
      searchOptions: { boost: { heading: 2 } },
    });
    this.search.addAll(passages.map((p) => ({ ...p, heading: [...p.parents.slice(-1), p.section].join(' ') })));
    this.byId = new Map(passages.map((p) => [p.id, p]));
    for (const p of passages) {
      const heading = `${p.parents.slice(-1).join(' ')} ${p.section}`;
      const sentences = splitSentences(p.text).map((text, i, all) => ({
        text,
        terms: analyzer.termSet(`${p.section} ${text}`),
        context: analyzer.termSet(`${p.section} ${all[i - 1] ?? ''} ${text}`),
        hasNumber: numberWord.test(text),
      }));
      this.terms.set(p.id, { heading: analyzer.termSet(heading), all: analyzer.termSet(`${heading}\n${p.text}`), sentences });
    }
  }

  /** The best passages for the topic, best first. */
  find(topic: TopicWord[], limit = 3): PassageHit[] {
    const query = [...new Set(topic.flatMap(termsOf))].join(' ');
    if (!query) return [];
    const results = this.search.search(query, { tokenize: (q) => q.split(' '), processTerm: (t) => t, combineWith: 'OR', fuzzy: false, prefix: false });
    return results
      .slice(0, 12)
      .map((r) => {
        const passage = this.byId.get(r.id as string)!;
        const t = this.terms.get(passage.id)!;
        const cov = coverage(topic, t.all);
        const headingCoverage = coverage(topic, t.heading);
        return { passage, coverage: cov, headingCoverage, score: (cov * 2 + headingCoverage) * this.weight(passage) + r.score / 100 };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /** Headings of the passages directly under this one ("Centrala principer" → its principles). */
  children(passage: Passage): string[] {
    return this.passages
      .filter((p) => p.document === passage.document && p.parents[p.parents.length - 1] === passage.section)
      .map((p) => p.section);
  }

  /** The passage's sentence that states a number ("max fem", "tre år", "15 oktober") and best covers the topic. */
  numberSentence(passage: Passage, topic: TopicWord[], counted?: string): { text: string; coverage: number } | undefined {
    let best: { text: string; coverage: number } | undefined;
    const countedStems = counted ? new Set([stem(counted), ...synonymsOf(counted).map(stem)]) : undefined;
    const frequency = counted === 'ganger';
    for (const sentence of this.terms.get(passage.id)!.sentences) {
      if (frequency ? !frequencyWord.test(sentence.text) : !sentence.hasNumber) continue;
      // "max tre mål", "tre till fem i antal": the number stands next to what is counted.
      const near = countedStems && countedNear(sentence.text, countedStems) ? 0.5 : 0;
      // "Hur många X": a sentence whose number does not stand by X (or "antal") does not answer it.
      if (countedStems && !frequency && !near) continue;
      const cov = coverage(topic, sentence.context) + near;
      if (!best || cov > best.coverage) best = { text: sentence.text, coverage: cov };
    }
    return best;
  }

  /**
   * The sentences of a passage that answer best: the best-covering sentence, plus the one after it
   * when it is short or introduces a list. When the heading itself names the topic, the passage's opening.
   */
  excerpt(hit: PassageHit, topic: TopicWord[]): string {
    // A heading that names (nearly) the whole topic: the passage's opening is the answer.
    const fromStart = hit.headingCoverage >= 0.75;
    const analysed = this.terms.get(hit.passage.id)!.sentences;
    const sentences = analysed.map((s) => s.text);
    if (!sentences.length) return '';
    let best = 0;
    if (!fromStart) {
      let bestScore = -1;
      analysed.forEach((s, i) => {
        const score = coverage(topic, s.terms) + (s.hasNumber ? 0.01 : 0);
        if (score > bestScore + 1e-9) {
          bestScore = score;
          best = i;
        }
      });
    }
    let text = sentences[best];
    for (let i = best + 1; i < sentences.length && (text.length < 220 || /:$/.test(text) || /^[-•▪]/.test(sentences[i])); i++) {
      if (text.length + sentences[i].length + 1 > maxExcerpt) break;
      text += (/^[-•▪]/.test(sentences[i]) ? '\n' : ' ') + sentences[i];
    }
    return cutAtWord(text, maxExcerpt + 1);
  }
}

/** How often something happens ("två gånger per år", "årligen", "löpande"). */
const frequencyWord = /gång|årlig|varje (år|månad|vecka|kvartal)|per (år|månad|kvartal)|löpande|tertial|kvartal/i;

/** True when a number and the counted word (or "antal") stand within four words of each other. */
function countedNear(sentence: string, countedStems: Set<string>): boolean {
  const ws = words(sentence);
  // Years ("2024", "2040") date things; they do not count them.
  const numbers = ws.map((w, i) => (numberWord.test(w) && !/^(19|20)\d\d$/.test(w) ? i : -1)).filter((i) => i >= 0);
  return ws.some((w, i) => (w === 'antal' || countedStems.has(stem(w))) && numbers.some((n) => Math.abs(n - i) <= 4));
}

/** Sentences and list items of a passage's text; a markdown table row becomes one sentence. */
export function splitSentences(text: string): string[] {
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  let header: string[] | undefined;
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    if (/^\s*\|/.test(line)) {
      const row = cells(line);
      if (row.every((c) => /^:?-{2,}:?$/.test(c))) continue;
      if (!header) {
        header = row;
        continue;
      }
      // "| Oktober | Påbörja … | |" → "Oktober: Kommunfullmäktige – Påbörja …"
      const filled = row.slice(1).map((c, i) => (c ? `${header![i + 1] ?? ''} – ${c}` : '')).filter(Boolean);
      if (filled.length) out.push(`${row[0]}: ${filled.join('; ')}`);
      continue;
    }
    header = undefined;
    // A list item keeps its dash on its first sentence; long items split into sentences like prose.
    const item = /^\s*[-•▪*]\s/.test(line);
    const sentences = line.trim().replace(/^[-*▪•]\s+/, '').split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ"”])/);
    out.push(...sentences.map((x, i) => (item && i === 0 ? `- ${x}` : x)));
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 1);
}
