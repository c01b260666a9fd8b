import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureNames, type Features } from './features';

/** The learned weights, trained on the tuning question sets by `npx tsx scripts/qa/trainRanker.ts` (see its file for how). */
export const rankerFile = join(__dirname, 'rankerWeights.json');

interface Weights {
  /** The ranking score is the weighted sum of the features (trained listwise: the right candidate on top). */
  weights: Record<string, number>;
}

let loaded: Weights | undefined;
const model = () => (loaded ??= JSON.parse(readFileSync(rankerFile, 'utf8')) as Weights);
const weights = () => model().weights;

/** The learned ranking score of a candidate. */
export function rankScore(f: Features): number {
  const w = weights();
  return featureNames.reduce((s, n) => s + (w[n] ?? 0) * (f[n] ?? 0), 0);
}

/** For training: replaces the model in memory. */
export function useModel(m: Weights): void {
  loaded = m;
}
