import type { Candidate } from '../answer/Candidate';
import type { QuestionPart } from '../question/analyzeQuestion';
import type { QuestionKind } from '../question/QuestionKind';
import { hasCue } from '../question/cues';
import { contentsWords, howManyWords } from '../question/vocabularyOfQuestions';
import { countStrategy } from './count';
import { generalStrategy } from './general';
import type { AnswerContext } from './Strategy';
import { words } from '../lexicon/normalize';
import { statesCount } from '../lexicon/numberWords';

/**
 * The respect a difference is asked in ("… när det gäller antal och hur länge de gäller", "… in terms of how many",
 * "… när det gäller innehållet"): how many or how long, which a number tells; or what each holds. (`words` folded.)
 */
export function aspectAsked(words: string[]): QuestionKind | undefined {
  // (A time asked of each, "what date does each cover, and in which month …", is no such respect.)
  if (hasCue(words, ['manad*', 'month*', 'datum*', 'date', 'dates'])) return undefined;
  return hasCue(words, [...howManyWords, 'tidsperiod*', 'tidshorisont*', 'time period', 'time span']) ? 'howmany' : hasCue(words, contentsWords) ? 'contents' : undefined;
}

/** How much of a side the sentence that tells it in the respect asked must hold, itself or in its heading ("Nämndernas
 * målarbete: … Det ska finnas max tre mål …"). */
const ASPECT_COVERAGE = 0.8;

/**
 * What the model says of one side in the respect asked: the side asked as "hur många <side>" (the number beside its
 * most telling word) or "vad innehåller <side>", answered by a sentence or fact that holds the side itself.
 */
export function aspectSide(side: QuestionPart, aspect: QuestionKind, counted: string, ctx: AnswerContext): Candidate | undefined {
  const asked: QuestionPart = { ...side, kind: aspect, ...(aspect === 'howmany' ? { counted: [counted] } : {}) };
  const found = aspect === 'howmany' ? countStrategy.candidates(asked, ctx) : generalStrategy.candidates(asked, ctx);
  const told = found.find((c) => !c.refusal && c.fit >= 1 && c.coverage >= ASPECT_COVERAGE);
  return told && aspect === 'howmany' ? { ...told, text: numberedOnly(told.text) } : told;
}

/** Of a list that states a number, the lines that hold one ("- De kommunövergripande målen ska vara max fem …"); other texts whole. */
function numberedOnly(text: string): string {
  if (!/\n[-•]\s/.test(text)) return text;
  const pieces = text.split(/(?<=[.!?])\s+|\n+/).filter((p) => /\d/.test(p) || words(p).some(statesCount));
  return pieces.length ? pieces.join(' ').replace(/^[-•]\s*/, '') : text;
}
