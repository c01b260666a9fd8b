import type { FigureUnit } from '../lexicon/numberWords';

/**
 * What kind of answer a question (or one part of it) asks for; the topic is found separately.
 * Each kind has an answer strategy (strategies/), or the general one.
 */
export type QuestionKind =
  | 'smalltalk' | 'person' | 'roles' | 'difference' | 'month' | 'cycle' | 'next'
  | 'howoften' | 'howmany' | 'contents' | 'prepares' | 'bodyDecisions' | 'decides'
  | 'when' | 'reason' | 'define' | 'list' | 'yesno' | 'who' | 'other';

/** A question's kind with what the wording says besides its topic. */
export interface Classified {
  kind: QuestionKind;
  /** Month asked about (1–12). */
  month?: number;
  /** Months of a season asked about ("under hösten" → 9–11). */
  season?: number[];
  /** Months of a season the step said done is in, said before a question of what comes next ("… klart i slutet av sommaren. Vad är nästa steg?"). */
  doneSeason?: number[];
  /** What "hur många …" may count ("mål" in "hur många mål får en nämnd ha"); ["ganger"] for "hur ofta". */
  counted?: string[];
  /** It asks what holds right now ("just nu", "den här mandatperioden", "själva formuleringen"), not who or when: a value, not how things are done. */
  current?: boolean;
  /** It asks for the very wording ("själva formuleringen", "ordagrant"): only a quotation answers it. */
  wording?: boolean;
  /** A term asked of as the kommun's own ("Ånges vision"): a quotation of it answers best. */
  ownsTerm?: boolean;
  /** It asks for a month ("vilken månad …"), a day ("vilket datum …"), a year or a name ("vad heter det"): an answer without one does not answer it. */
  wants?: 'month' | 'date' | 'year' | 'name' | 'manner';
  /** The units a figure is asked in ("i procent", "i kronor", "vilken beloppsgräns"): only a figure in one of them answers it. */
  units?: FigureUnit[];
  /** Stems of what the question supposes missing ("när det inte finns något nyckeltal", "utan nyckeltal"): the case it asks about. */
  absent?: string[];
}
