import type { KnowledgePack } from '../../../../kernel/knowledge/loadPack';
import type { SourceRef } from '../../../../kernel/knowledge/packSchema';
import type { AnswerSource } from '../Answer';
import type { Candidate } from '../answer/Candidate';
import type { Lexicon } from '../lexicon/Lexicon';
import type { AnalyzedQuestion, QuestionPart } from '../question/analyzeQuestion';
import type { QuestionKind } from '../question/QuestionKind';
import type { FactEntry } from '../retrieval/FactIndex';
import type { PassageIndex } from '../retrieval/PassageIndex';

/** What every strategy may read: the pack and its indexes, and how to cite. */
export interface AnswerContext {
  pack: KnowledgePack;
  lexicon: Lexicon;
  facts: FactEntry[];
  passages: PassageIndex;
  question: AnalyzedQuestion;
  /** The cited source of a reference or passage, with the passage text. */
  cite(ref: SourceRef): AnswerSource;
  /** Reads a part as the answerer reads the question's own (the kommun's name dropped, English to known words). */
  narrow(part: QuestionPart): void;
  /** Every candidate, not only the best few (for training the ranker). */
  wide?: boolean;
}

/**
 * How one kind of question is answered: the candidates it finds, best first. An empty list means
 * "nothing of my kind here", and the general strategy (facts and passages) is asked instead.
 */
export interface Strategy {
  kinds: QuestionKind[];
  candidates(part: QuestionPart, ctx: AnswerContext): Candidate[];
}
