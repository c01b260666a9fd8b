import type { QuestionPart } from '../question/analyzeQuestion';
import type { Candidate } from './Candidate';

/**
 * Where the engine answers, answers as unsure (with "Menade du …"), or says it does not know: on the
 * best candidate's score, less when the question's most telling word is not in it. Calibrated on the
 * tuning question sets with `npm run --silent qa:diagnose` (see docs/qa.md).
 */
export const thresholds = { sure: 0.62, unsure: 0.45 } as const;

/** Share of the topic's weight the pack knows; below this a question is about something else. */
export const minKnownShare = { sv: 0.5, en: 0.35 } as const;

export type Decision = { outcome: 'sure' | 'unsure'; confidence: number } | { outcome: 'refuse'; confidence: number; reason?: string };

export function decide(best: Candidate | undefined, part: QuestionPart, english: boolean): Decision {
  if (!best) return { outcome: 'refuse', confidence: 0 };
  if (best.refusal) return { outcome: 'refuse', confidence: 0, reason: best.refusal };
  if (best.from === 'strategy') return { outcome: best.score >= thresholds.sure ? 'sure' : 'unsure', confidence: best.score };
  const total = part.topic.reduce((s, w) => s + w.weight, 0);
  const known = part.topic.filter((w) => w.known).reduce((s, w) => s + w.weight, 0);
  if (!total || known / total < minKnownShare[english ? 'en' : 'sv']) return { outcome: 'refuse', confidence: 0 };
  const confidence = best.score * (best.keyHit ? 1 : 0.75);
  if (confidence >= thresholds.sure) return { outcome: 'sure', confidence };
  if (confidence >= thresholds.unsure) return { outcome: 'unsure', confidence };
  return { outcome: 'refuse', confidence };
}
