import type { Answer } from './Answer';

/**
 * Optional rewording of an answer by a language model, from the cited passages only. Returns the
 * new text, or undefined to keep the answer as it is (not configured, failed, or nothing to say).
 */
export interface AnswerPhraser {
  phrase(question: string, answer: Answer): Promise<string | undefined>;
}
