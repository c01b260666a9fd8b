export type FieldKind = 'choice' | 'text' | 'amount' | 'number' | 'percent' | 'integer' | 'date' | 'time';

/**
 * One answer in a form: its key in the stored answers and the card's input id. Keys use ":" as
 * separator (`goal:b-bun:kunskap:assessment`): stored field names may not contain "." (NeDB, queries).
 */
export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  choices?: string[];
  /** Choice: several may be chosen; the answer is their values joined by "," (so no value may hold a comma). */
  multiSelect?: boolean;
  /** What the card shows for each choice, in the same order ("3 – Möjlig" for the stored "3"); the choice itself by default. */
  choiceTitles?: string[];
  /** Text: longest accepted answer (the card stops longer input too). */
  maxLength?: number;
  /** Text: several lines (default); false for one-line text such as a title. */
  multiline?: boolean;
  /** Numbers: the accepted range, inclusive. */
  min?: number;
  max?: number;
  /** Dates (YYYY-MM-DD): the accepted range, inclusive, and the message when outside it. Times are HH:MM. */
  minDate?: string;
  maxDate?: string;
  dateMessage?: string;
  placeholder?: string;
  /** Set when the field must be filled in to submit: the message shown next to it when it is not. */
  required?: string;
  /** How the field is named in the error list on top of the card ("Fler elever når målen – bedömning"). */
  summaryLabel?: string;
  /** Width of the field's column when it stands in a row ("90px"). */
  width?: string;
}

/** Answers by field key: numbers already parsed, empty answers left out. */
export type Answers = Record<string, string | number>;
