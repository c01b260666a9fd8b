/** A cited source: document title and section heading. */
export interface AnswerSource {
  document: string;
  section: string;
  documentId: string;
  /** The passage text, for "Visa källtext". */
  passage: string;
}

/** What the bot answers to a governance question. */
export interface Answer {
  answered: boolean;
  /** 1–3 sentences, at most 800 characters. */
  text: string;
  sources: AnswerSource[];
  language: 'sv' | 'en';
  /** How the answer was found (for tests, logs and tuning; never personal data). */
  via: 'fact' | 'passage' | 'list' | 'month' | 'roles' | 'unknown' | 'smalltalk';
  confidence: number;
  /** An answer the engine is not sure of is shown as such, with other questions it could mean. */
  certainty: 'sure' | 'unsure';
  /** Questions the user may have meant ("Menade du …"), answerable from the model. */
  suggestions: string[];
}
