import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureNames, type Features } from './features';

/** The learned weights, trained on the tuning question sets by `npx tsx scripts/qa/trainRanker.ts` (see its file for how). */
export const rankerFile = join(__dirname, 'rankerWeights.json');

interface Weights {
  /** The ranking score is the weighted sum of the features (trained listwise: the right candidate on top). */
  weights: Record<string, number>;
  /** The decision model: the probability that the best candidate is right, from decisionFeatures. */
  decision: Record<string, number>;
  /** Where an answer is given as sure, as unsure, or refused (on that probability). */
  thresholds: { sure: number; unsure: number };
}

let loaded: Weights | undefined;
const model = () => (loaded ??= JSON.parse(readFileSync(rankerFile, 'utf8')) as Weights);
const weights = () => model().weights;

/** The calibrated thresholds of the trained model. */
export const thresholds = () => model().thresholds;

/** The learned ranking score of a candidate. */
export function rankScore(f: Features): number {
  const w = weights();
  return featureNames.reduce((s, n) => s + (w[n] ?? 0) * (f[n] ?? 0), 0);
}

/** What the decision model knows about a question's best candidate and the runner-up. */
export const decisionFeatureNames = ['bias', 'score', 'margin', 'knownShare', 'coverage', 'ownCoverage', 'fit', 'keyHit', 'fact'] as const;

/** The decision features of the best candidate (scores scaled by 1/10 to sit near the others' 0–1). */
export function decisionFeatures(best: Features, second: Features | undefined): Record<(typeof decisionFeatureNames)[number], number> {
  const score = rankScore(best);
  return {
    bias: 1,
    score: score / 10,
    margin: second ? (score - rankScore(second)) / 10 : 0.1,
    knownShare: best.knownShare,
    coverage: best.coverage,
    ownCoverage: best.ownCoverage,
    fit: best.fit,
    keyHit: best.keyHit,
    fact: best.fact,
  };
}

/** The probability (0–1) that the best candidate answers the question right, by the logistic decision model. */
export function rightProbability(best: Features, second: Features | undefined): number {
  const d = model().decision ?? {};
  const x = decisionFeatures(best, second);
  const z = decisionFeatureNames.reduce((s, n) => s + (d[n] ?? 0) * x[n], 0);
  return 1 / (1 + Math.exp(-z));
}

/** For training: replaces the model in memory. */
export function useModel(m: Weights): void {
  loaded = m;
}
