import type { DocumentStore } from '../../store/Collection';

/** One asked question: kept so feedback can refer to it and admins can see what the model does not answer. */
export interface AskedQuestion {
  id: string;
  tenant: string;
  /** The question as asked (stored, never logged). */
  text: string;
  /** Folded, whitespace-normalised text: questions that are the same count together. */
  key: string;
  answered: boolean;
  via: string;
  sources: { documentId: string; section: string }[];
  askedAt: string;
  /** Pseudonym of who asked (not the person's id). */
  askedBy?: string;
}

export interface Feedback {
  id: string;
  tenant: string;
  questionId: string;
  helpful: boolean;
  at: string;
  by?: string;
}

/** Where questions and their feedback are kept. */
export interface QuestionLog {
  record(q: AskedQuestion): Promise<void>;
  get(kommun: string, id: string): Promise<AskedQuestion | undefined>;
  unanswered(kommun: string, limit?: number): Promise<AskedQuestion[]>;
  saveFeedback(f: Feedback): Promise<void>;
  feedbackFor(kommun: string, questionId: string): Promise<Feedback[]>;
}

export function createQuestionLog(store: DocumentStore): QuestionLog {
  const questions = store.collection<AskedQuestion>('questions');
  const feedback = store.collection<Feedback>('feedback');
  return {
    record: async (q) => void (await questions.create(q)),
    get: async (kommun, id) => (await questions.get(kommun, id))?.doc,
    unanswered: async (kommun, limit = 1000) =>
      (await questions.find(kommun, { answered: false }, { orderBy: { field: 'askedAt', direction: 'desc' }, limit })).map((v) => v.doc),
    saveFeedback: async (f) => void (await feedback.upsert(f)),
    feedbackFor: async (kommun, questionId) => (await feedback.find(kommun, { questionId })).map((v) => v.doc),
  };
}
