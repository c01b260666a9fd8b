import type { QuestionKind } from '../question/QuestionKind';
import { countStrategy } from './count';
import { differenceStrategy } from './difference';
import { generalStrategy } from './general';
import { nextStrategy } from './next';
import { bodyDecisionsStrategy, cycleStrategy, monthStrategy, personStrategy, rolesStrategy } from './simple';
import type { Strategy } from './Strategy';

export { generalStrategy };

/** The answer strategies by the kind of question they answer; any other kind is the general strategy's. */
export const strategies: ReadonlyMap<QuestionKind, Strategy> = new Map(
  [personStrategy, rolesStrategy, monthStrategy, cycleStrategy, bodyDecisionsStrategy, differenceStrategy, nextStrategy, countStrategy].flatMap((s) => s.kinds.map((k) => [k, s] as const)),
);
