import type { TermSet } from '../lexicon/Analyzer';
import type { Alternative } from '../lexicon/Lexicon';

/** One topic word of a question with the terms that count as a match for it. */
export interface TopicWord {
  word: string;
  stem: string;
  /** Stems of its compound parts ("internkontrollplan" → intern…, kontroll, plan). */
  parts: string[];
  /** Other words it may stand for, as pack terms (aliases, synonyms, translations, spelling). */
  alternatives: Alternative[];
  /** How telling the word is (IDF in the pack). */
  weight: number;
  /** Whether the pack uses the word or one of its alternatives. */
  known: boolean;
  /**
   * How familiar the pack is with it: 1 when it uses the word itself (or an alternative), ½ when it uses
   * only the word's compound parts ("socialnämnden": "social" and "nämnd" — another thing than "nämnden").
   */
  familiarity: number;
  /** Said in a remark after the question ("… Behöver lägga in det i KS årsplanering."), not in what it asks. */
  remark?: true;
}

/**
 * How well a set of terms holds one topic word (0–1): fully when its stem is a word there, less when
 * only inside a compound ("plan" in "verksamhetsplan"), when an alternative is there (by its weight), or
 * when some of its own compound parts are.
 */
export function wordMatch(w: TopicWord, terms: TermSet): number {
  const { whole, all } = terms;
  if (whole.has(w.stem)) return 1;
  const parts = w.parts;
  // A phrase ("kommunövergripande mål") stands wherever each of its words does.
  if (parts.length && w.stem.includes('_') && parts.every((p) => whole.has(p))) return 1;
  let best = all.has(w.stem) ? 0.7 : 0;
  if (parts.length) {
    let held = 0;
    for (const p of parts) if (all.has(p)) held++;
    best = Math.max(best, (held / parts.length) * 0.6);
  }
  for (const a of w.alternatives) {
    if (best >= a.weight) continue;
    if (whole.has(a.stem)) best = a.weight;
    else if (all.has(a.stem)) best = Math.max(best, a.weight * 0.7);
  }
  return best;
}

/** How well a set of terms covers a topic, weighted by IDF (0–1). */
export function coverage(topic: TopicWord[], terms: TermSet): number {
  let total = 0;
  let hit = 0;
  for (const w of topic) {
    total += w.weight;
    hit += w.weight * wordMatch(w, terms);
  }
  return total ? hit / total : 0;
}

/** All terms a topic word may match (for search queries). */
export const termsOf = (w: TopicWord): string[] => [w.stem, ...w.parts, ...w.alternatives.flatMap((a) => [a.stem, ...a.parts])];

/** What an English word weighs beside the pack's own word that glosses it. */
const GLOSSED_ENGLISH = 0.3;

/** Whether a pack word translates the English topic word before it. */
const glosses = (before: TopicWord, stem: string): boolean => before.stem !== stem && before.alternatives.some((a) => a.via === 'english' && a.stem === stem);

/**
 * Adds a topic word. An English word glossed right after by the pack's own ("the municipal council (kommunfullmäktige)")
 * is one thing asked once: the English word, which only stands for the pack's, then weighs little beside it.
 */
export function pushGlossed(topic: TopicWord[], word: TopicWord): void {
  const before = topic[topic.length - 1];
  if (before && glosses(before, word.stem)) topic[topic.length - 1] = { ...before, weight: before.weight * GLOSSED_ENGLISH };
  topic.push(word);
}
