import type { DocumentStore } from '../../../kernel/store/Collection';

/** Unanswered questions and answer feedback, each partitioned by kommun. */
export const qaCollections = ['questions', 'feedback'] as const;

/** A question the model could not answer: kept so admins can see what their model is silent about. */
export interface AskedQuestion {
  id: string;
  tenant: string;
  /** The question as asked (stored, never logged). */
  text: string;
  /** Folded, whitespace-normalised text: questions that are the same count together. */
  key: string;
  askedAt: string;
  /** Pseudonym of who asked (not the person's id). */
  askedBy?: string;
  /** The suggested question ("Menade du …") the user picked instead, if any. */
  picked?: string;
}

/** "Var svaret till hjälp?": one verdict per person and question (the latest counts). */
export interface Feedback {
  id: string;
  tenant: string;
  question: string;
  /** Same folding as AskedQuestion.key, so verdicts on one question count together. */
  key: string;
  helpful: boolean;
  /** Why a "Nej": wrong, incomplete, wrong_source or other, and what the user wrote. */
  reason?: string;
  comment?: string;
  sources: { documentId: string; section: string }[];
  at: string;
  by?: string;
}

/** Where questions and their feedback are kept. */
export interface QuestionLog {
  record(q: AskedQuestion): Promise<void>;
  unanswered(kommun: string, limit?: number): Promise<AskedQuestion[]>;
  saveFeedback(f: Feedback): Promise<void>;
  /** "Nej" verdicts, newest first. */
  notHelpful(kommun: string, limit?: number): Promise<Feedback[]>;
}

export function createQuestionLog(store: DocumentStore): QuestionLog {
  const questions = store.collection<AskedQuestion>('questions');
  const feedback = store.collection<Feedback>('feedback');
  return {
    record: async (q) => void (await questions.create(q)),
    unanswered: async (kommun, limit = 1000) =>
      (await questions.find(kommun, {}, { orderBy: { field: 'askedAt', direction: 'desc' }, limit })).map((v) => v.doc),
    saveFeedback: async (f) => void (await feedback.upsert(f)),
    notHelpful: async (kommun, limit = 1000) => (await feedback.find(kommun, { helpful: false }, { orderBy: { field: 'at', direction: 'desc' }, limit })).map((v) => v.doc),
  };
}
