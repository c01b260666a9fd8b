/**
 * What the ranker knows about a candidate answer: the same named numbers for a fact and for a passage
 * sentence (0 where a feature does not apply), so both are ranked on one learned scale.
 */
export const featureNames = [
  'bias',
  /** Share of the topic it holds, with heading, context and passage counting less (0–1). */
  'coverage',
  /** Share of the topic in the sentence itself, or in the fact's names (0–1). */
  'ownCoverage',
  /** Share of the topic in the sentence's section heading (0–1). */
  'headingCoverage',
  /** Whether it holds what the kind of question asks for (0–1). */
  'fit',
  'coverageFit',
  /** The question's most telling word is in it (or its passage). */
  'keyHit',
  /** A curated structured fact rather than a sentence. */
  'fact',
  /** How fully the fact's name is asked for (0–1). */
  'specificity',
  /** 1 / (1 + rank) of the sentence's passage in retrieval. */
  'passageRank',
  /** 1 / (1 + position) of the sentence in its passage. */
  'sentencePosition',
  /** The answer text is very short (< 60 characters). */
  'short',
  /** Share of the question's topic weight the pack knows (0–1). */
  'knownShare',
  /** The question names a month the fact happens in (1), another month (-1), or none (0). */
  'monthFit',
  /** The question's first topic word (what "vad är …" asks about) is wholly in it (its names or sentence). */
  'focus',
  /** Words of the sentence or fact text (hundreds): long texts hold more topic words by chance. */
  'length',
  /** Coverage counted only where a fact is the candidate, and where its name is fully asked for. */
  'factCoverage',
  'specificCoverage',
] as const;

/** The features that are products of others: a fact or a specific name only counts when it covers the topic. */
export function withInteractions(f: Features): Features {
  f.factCoverage = f.fact * f.coverage;
  f.specificCoverage = f.specificity * f.coverage;
  return f;
}

export type FeatureName = (typeof featureNames)[number];
export type Features = Record<FeatureName, number>;

const zero = Object.freeze(Object.fromEntries(featureNames.map((n) => [n, n === 'bias' ? 1 : 0])) as Features);

/** A feature vector with every feature 0 but the bias, to be filled in. */
export const emptyFeatures = (): Features => ({ ...zero });

