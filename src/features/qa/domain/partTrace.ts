import type { Candidate } from './answer/Candidate';
import type { Decision } from './answer/decide';
import type { QuestionPart } from './question/analyzeQuestion';

/** What happened to one part of a question, for `explain` and `qa:diagnose`. */
export interface PartTrace {
  kind: string;
  topic: { word: string; weight: number; known: boolean; alternatives: string[] }[];
  strategy: string;
  candidates: { where: string; score: number; coverage: number; fit: number; keyHit: boolean }[];
  decision: Decision;
}

/** A part's trace: its kind, topic, the strategy used, its five best candidates and the decision. */
export function partTrace(part: QuestionPart, strategy: string, candidates: Candidate[], decision: Decision): PartTrace {
  return {
    kind: part.kind,
    topic: part.topic.map((w) => ({ word: w.word, weight: Number(w.weight.toFixed(2)), known: w.known, alternatives: w.alternatives.map((a) => `${a.stem}/${a.via}`) })),
    strategy,
    candidates: candidates.slice(0, 5).map((c) => ({ where: c.where, score: Number(c.score.toFixed(3)), coverage: Number(c.coverage.toFixed(2)), fit: Number(c.fit.toFixed(2)), keyHit: c.keyHit })),
    decision,
  };
}
