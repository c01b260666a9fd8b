import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuestionPart } from '../question/analyzeQuestion';
import type { Candidate } from './Candidate';

/** The fitted answer-or-refuse model, written by `npx tsx scripts/qa/trainDecision.ts … --write` (see its file). */
export const decisionFile = join(__dirname, 'decisionWeights.json');

/** What the decision model knows about a question part and its best candidate against the runner-up. */
export const decisionFeatureNames = [
  'bias', 'score', 'margin', 'knownShare', 'coverage', 'ownCoverage', 'headingCoverage', 'fit', 'keyHit', 'fact', 'passageRank',
  'specificity', 'focus', 'monthFit', 'sentencePosition', 'short',
  'sameSource', 'fromStrategy', 'english', 'topicSize', 'manyParts',
] as const;
export type DecisionFeatures = Record<(typeof decisionFeatureNames)[number], number>;

export interface DecisionModel {
  /** Logistic weights: the probability that the best candidate answers the question right. */
  weights: Partial<DecisionFeatures>;
  /** Answered as sure at or above `sure`, as unsure (said so, with "Menade du …") at or above `unsure`, else refused. */
  thresholds: { sure: number; unsure: number };
  /** Below this share of the topic's weight known to the pack, a question is about something else: refused. */
  gate: { sv: number; en: number };
}

/** The decision features of a part's best candidate (ranking scores scaled by 1/10 to sit near the others' 0–1). */
export function decisionFeatures(candidates: Candidate[], part: QuestionPart, knownShare: number, english: boolean, parts: number, fromStrategy: boolean): DecisionFeatures {
  const [best, second] = candidates;
  const f = best.features;
  const x = Object.fromEntries(decisionFeatureNames.map((n) => [n, 0])) as DecisionFeatures;
  Object.assign(x, {
    bias: 1,
    score: best.score / 10,
    margin: second ? (best.score - second.score) / 10 : 0.1,
    knownShare,
    coverage: best.coverage,
    ownCoverage: f.ownCoverage,
    headingCoverage: f.headingCoverage,
    fit: best.fit,
    keyHit: best.keyHit ? 1 : 0,
    fact: best.from === 'fact' ? 1 : 0,
    passageRank: f.passageRank,
    specificity: f.specificity,
    focus: f.focus,
    monthFit: f.monthFit,
    sentencePosition: f.sentencePosition,
    short: f.short,
    sameSource: second && best.sources.some((s) => s.section === second.sources[0]?.section) ? 1 : 0,
    fromStrategy: fromStrategy ? 1 : 0,
    english: english ? 1 : 0,
    topicSize: Math.min(part.topic.length, 8) / 4,
    manyParts: parts > 1 ? 1 : 0,
  });
  return x;
}

let loaded: DecisionModel | undefined;
const model = () => (loaded ??= JSON.parse(readFileSync(decisionFile, 'utf8')) as DecisionModel);

/** The fitted gate on the share of the topic the pack knows. */
export const decisionGate = () => model().gate;

/** The calibrated thresholds of the fitted model. */
export const decisionThresholds = () => model().thresholds;

/** The probability (0–1) that the best candidate answers the question right, by the logistic model. */
export function rightProbability(x: DecisionFeatures): number {
  const w = model().weights;
  const z = decisionFeatureNames.reduce((s, n) => s + (w[n] ?? 0) * x[n], 0);
  return 1 / (1 + Math.exp(-z));
}

/** For training: replaces the model in memory. */
export function useDecisionModel(m: DecisionModel): void {
  loaded = m;
}
