import type { AnswerSource } from '../Answer';
import type { Sentence } from '../retrieval/PassageIndex';
import type { FactEntry } from '../retrieval/FactIndex';
import { emptyFeatures, type Features } from './features';

/** A possible answer to one part of a question: a structured fact or sentences of a passage. */
export interface Candidate {
  from: 'fact' | 'sentence' | 'strategy';
  text: string;
  sources: AnswerSource[];
  language: 'sv' | 'en';
  /** IDF-weighted share of the question's topic it holds (with its heading and context), 0–1. */
  coverage: number;
  /** Whether it holds what this kind of question asks for (a body and a decision, a month …), 0–1. */
  fit: number;
  /** Whether the question's most telling topic word is in it, its heading or its passage. */
  keyHit: boolean;
  /** The ranking score: the learned probability that it answers right (see ranker.ts); 1 for a sure strategy answer. */
  score: number;
  /** What the ranker scored it on. */
  features: Features;
  /** Where it came from, for the trace ("fact decision:budget", "sentence Budgetdagen #2"). */
  where: string;
  /** The passage sentence it was made from (a sentence candidate). */
  at?: Sentence;
  /** The structured fact it was made from (a fact candidate; the first of several). */
  fact?: FactEntry;
  /** The answer kind for logs and tests. */
  via: 'fact' | 'passage' | 'list' | 'month' | 'roles';
  /** What a runner-up given with it adds, said after it and last to get room (closeCall.ts). */
  runnerUp?: { text: string; language: 'sv' | 'en' };
  /**
   * The step a "what comes next" answer names first: what a later part pointing back asks about ("… och vem beslutar om
   * det?"). None when the answer leads with what the asked step itself leads to (the case the question supposes).
   */
  step?: string;
  /** Set when the right answer is "I don't know", with why ("the model names roles, not people"; empty: no why). */
  refusal?: string;
}

/** A whole answer a strategy made (a month's steps, the role split) as a sure candidate. */
export function sure(answer: Pick<Candidate, 'text' | 'sources' | 'language' | 'via'>, where: string): Candidate {
  return { ...answer, from: 'strategy', coverage: 1, fit: 1, keyHit: true, score: 1, where, features: emptyFeatures() };
}

