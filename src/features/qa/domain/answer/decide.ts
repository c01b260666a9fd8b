import type { QuestionPart } from '../question/analyzeQuestion';
import { knownShareOf } from '../strategies/general';
import type { Candidate } from './Candidate';
import { rightProbability, thresholds } from './ranker';

/** Share of the topic's weight the pack knows; below this a question is about something else. */
export const minKnownShare = { sv: 0.5, en: 0.35 } as const;

export type Decision = { outcome: 'sure' | 'unsure'; confidence: number } | { outcome: 'refuse'; confidence: number; reason?: string };

/**
 * Whether to answer, answer as unsure (with "Menade du …"), or say "Det vet jag inte": on the best
 * candidate's learned probability of being right, against thresholds calibrated on the tuning sets
 * (scripts/qa/trainRanker.ts). A question whose topic the pack mostly does not know is refused first.
 */
export function decide(candidates: Candidate[], part: QuestionPart, english: boolean): Decision {
  const [best, second] = candidates;
  if (!best) return { outcome: 'refuse', confidence: 0 };
  if (best.refusal) return { outcome: 'refuse', confidence: 0, reason: best.refusal };
  if (best.from === 'strategy') return { outcome: 'sure', confidence: 1 };
  if (knownShareOf(part) < minKnownShare[english ? 'en' : 'sv']) return { outcome: 'refuse', confidence: 0 };
  const p = rightProbability(best.features, second?.features);
  const t = thresholds();
  if (p >= t.sure) return { outcome: 'sure', confidence: p };
  if (p >= t.unsure) return { outcome: 'unsure', confidence: p };
  return { outcome: 'refuse', confidence: p };
}
