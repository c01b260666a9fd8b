import type { FactEntry } from './FactIndex';
import type { IntentKind } from './intent';
import { wordMatch, type Question } from './Question';

/** How well each kind of fact suits each kind of question (multiplies the topic coverage). */
const prior: Record<IntentKind, Partial<Record<FactEntry['kind'], number>>> = {
  decides: { decision: 1.25, documentType: 1.0, event: 0.9, glossary: 0.75, body: 0.6, period: 0.85 },
  prepares: { decision: 1.2, event: 1.0, documentType: 0.85, glossary: 0.7, body: 0.7 },
  when: { event: 1.2, decision: 1.15, period: 1.15, glossary: 0.7, documentType: 0.8, body: 0.5 },
  contents: { documentType: 1.3, decision: 0.9, glossary: 0.85, period: 0.8, event: 0.8 },
  define: { glossary: 1.25, body: 1.2, documentType: 1.15, period: 1.0, decision: 0.8, event: 0.8 },
  who: { decision: 1.1, body: 1.0, glossary: 1.1, event: 0.9, documentType: 0.9 },
  list: { periodList: 1.3, documentTypeList: 1.3, riskList: 1.3, glossary: 0.9, decision: 0.8, event: 0.8, documentType: 0.9 },
  howmany: { periodList: 1.0, documentTypeList: 1.0, riskList: 1.0, glossary: 0.8, decision: 0.8 },
  difference: { glossary: 1.2, documentType: 1.2, body: 1.1, period: 1.0 },
  month: {}, cycle: {}, roles: {}, person: {}, bodyDecisions: { decision: 1.1, body: 1.0 },
  other: { glossary: 1.05, decision: 1.0, event: 1.0, documentType: 1.0, body: 0.95, period: 1.0, periodList: 0.9, documentTypeList: 0.9, riskList: 0.95 },
};

/** A month named in the question favours facts that happen then and disfavours those that do not. */
function monthFit(entry: FactEntry, month: number | undefined): number {
  if (!month) return 0;
  const months = entry.kind === 'decision' || entry.kind === 'event' ? entry.fact.months : undefined;
  if (!months?.length) return 0;
  return months.includes(month) ? 0.3 : -0.3;
}

/** Inverted index term → facts, per fact list (built once per list, on first use). */
const indexes = new WeakMap<FactEntry[], Map<string, FactEntry[]>>();

/** Only the facts that share at least one term with the question are worth scoring. */
function candidates(facts: FactEntry[], question: Question): FactEntry[] {
  let index = indexes.get(facts);
  if (!index) {
    index = new Map();
    for (const f of facts) {
      for (const t of new Set([...f.nameTerms.all, ...f.enTerms.all, ...f.textTerms.all])) index.set(t, [...(index.get(t) ?? []), f]);
    }
    indexes.set(facts, index);
  }
  const found = new Set<FactEntry>();
  for (const w of question.topic) for (const t of [w.stem, ...w.parts, ...w.synonyms]) for (const f of index.get(t) ?? []) found.add(f);
  return [...found];
}

export interface ScoredFact {
  entry: FactEntry;
  /** IDF-weighted topic coverage: full weight in the fact's names, 40 % in its text. */
  coverage: number;
  /** Coverage by the names alone. */
  nameCoverage: number;
  /** How fully the best-matching name is asked for (0–1). */
  specificity: number;
  score: number;
}

/** Scores every fact of the pack against the question; best first. */
export function scoreFacts(question: Question, facts: FactEntry[], verbStems: string[]): ScoredFact[] {
  const total = question.topic.reduce((s, w) => s + w.weight, 0);
  if (!total) return [];
  const key = question.topic.reduce<(typeof question.topic)[number] | undefined>((a, w) => (!a || w.weight > a.weight ? w : a), undefined);
  const topicTerms = new Set(question.topic.flatMap((w) => [w.stem, ...w.synonyms]));
  const scored = candidates(facts, question).map((entry) => {
    let hit = 0;
    let nameHit = 0;
    const names = question.intent.english ? entry.enTerms : entry.nameTerms;
    const roles = question.intent.kind === 'prepares' ? entry.preparerTerms : entry.deciderTerms;
    for (const w of question.topic) {
      // A body named in the question ("När beslutar KS …") is matched by the fact's decider or actor.
      const inName = Math.max(wordMatch(w, names), question.intent.english ? wordMatch(w, entry.nameTerms) : 0, 0.9 * wordMatch(w, roles));
      nameHit += w.weight * inName;
      hit += w.weight * Math.max(inName, 0.4 * wordMatch(w, entry.textTerms));
    }
    const coverage = hit / total;
    const nameCoverage = nameHit / total;
    // Prefer the fact whose name is most fully asked for ("delårsrapport" over "beslut delårsrapport").
    const specificity = Math.max(0, ...entry.nameLists.map((l) => (l.length ? l.filter((t) => topicTerms.has(t)).length / l.length : 0)));
    const verbBonus = entry.kind === 'decision' && verbStems.some((v) => entry.textTerms.whole.has(v)) ? 0.1 : 0;
    const kindPrior = prior[question.intent.kind][entry.kind] ?? 0.5;
    // The question's rarest word named by the fact is the best sign it is the fact asked about.
    const keyBonus = key && wordMatch(key, names) === 1 ? 0.15 : 0;
    return { entry, coverage, nameCoverage, specificity, score: coverage * kindPrior + 0.25 * specificity + verbBonus + keyBonus + monthFit(entry, question.intent.month) };
  });
  return scored.filter((s) => s.coverage > 0).sort((a, b) => b.score - a.score);
}
