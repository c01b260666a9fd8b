import { fold } from '../../../shared/text';
import { findPassage, type KnowledgePack } from '../loadPack';
import type { SourceRef } from '../packSchema';
import { splitSentences } from '../sentences';

/** Words cut to six letters, so that "beslutas" meets "beslutar" and "förvaltningen" meets "förvaltning". */
const words = (text: string) => new Set(fold(text).split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3).map((w) => w.slice(0, 6)));

/**
 * The sentence of the cited passage a fact most likely comes from: the one sharing the most words
 * with the fact's own text (its subject, description, action …). Undefined when the passage is missing.
 */
export function sourceSentence(pack: KnowledgePack, source: SourceRef, factText: string): string | undefined {
  const passage = findPassage(pack, source);
  if (!passage) return undefined;
  const wanted = words(factText);
  let best: { sentence: string; score: number } | undefined;
  for (const sentence of splitSentences(passage.text)) {
    const own = words(sentence);
    const score = [...wanted].filter((w) => own.has(w)).length - own.size / 1000;
    if (!best || score > best.score) best = { sentence, score };
  }
  return best?.sentence;
}
