import { renderCard, type AdaptiveCardJson } from '../../../kernel/cards/renderCard';
import type { Answer } from '../domain/Answer';

/** Data bound to cards/answer.json. */
export interface AnswerCardData {
  text: string;
  answered: boolean;
  /** The question, carried in the feedback buttons' data (nothing is stored for answered questions). */
  question: string;
  feedbackGiven: boolean;
  sources: { document: string; section: string; passage: string }[];
  /** The engine is not sure: said on the card, with other questions it may mean. */
  unsure: boolean;
  /** "Menade du …": questions the model can answer, each a button that asks it. */
  suggestions: string[];
  labels: { source: string; showSource: string; helpful: string; yes: string; no: string; thanks: string; unsure: string; didYouMean: string; whatWrong: string; pickReason: string; tellMore: string; send: string };
  /** Why an answer did not help, as the "Nej" form offers it. */
  reasons: { title: string; value: string }[];
}

/** What can be wrong with an answer (stored as the value). */
export const feedbackReasons = ['wrong', 'incomplete', 'wrong_source', 'other'] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];
const reasonTitles: Record<'sv' | 'en', Record<FeedbackReason, string>> = {
  sv: { wrong: 'Svaret är fel', incomplete: 'Svaret är ofullständigt', wrong_source: 'Fel källa', other: 'Annat' },
  en: { wrong: 'The answer is wrong', incomplete: 'The answer is incomplete', wrong_source: 'Wrong source', other: 'Something else' },
};

const labels = {
  sv: { source: 'Källa', showSource: 'Visa källtext', helpful: 'Var svaret till hjälp?', yes: 'Ja', no: 'Nej', thanks: 'Tack för din återkoppling!', unsure: 'Jag är inte säker på att det här svarar på din fråga – läs källtexten.', didYouMean: 'Menade du:', whatWrong: 'Vad var fel?', pickReason: 'Välj vad som var fel.', tellMore: 'Berätta gärna mer (valfritt)', send: 'Skicka' },
  en: { source: 'Source', showSource: 'Show source text', helpful: 'Was this answer helpful?', yes: 'Yes', no: 'No', thanks: 'Thank you for your feedback!', unsure: 'I am not sure this answers your question – read the source text.', didYouMean: 'Did you mean:', whatWrong: 'What was wrong?', pickReason: 'Choose what was wrong.', tellMore: 'Tell us more (optional)', send: 'Send' },
};

/** Source passages are shown in full but kept short enough for the 80 KB card budget. */
const maxPassage = 4000;

/** The answer card: text, cited sources, "Visa källtext" and "Var svaret till hjälp?". */
export function answerCard(answer: Pick<Answer, 'text' | 'answered' | 'sources' | 'language' | 'certainty' | 'suggestions'>, question: string, feedbackGiven = false): AdaptiveCardJson {
  const data: AnswerCardData = {
    text: answer.text,
    answered: answer.answered,
    question: question.slice(0, 500),
    feedbackGiven,
    sources: answer.sources.map((s) => ({ document: s.document, section: s.section, passage: s.passage.slice(0, maxPassage) })),
    unsure: answer.answered && answer.certainty === 'unsure',
    suggestions: feedbackGiven ? [] : answer.suggestions.slice(0, 3),
    labels: labels[answer.language],
    reasons: feedbackReasons.map((value) => ({ value, title: reasonTitles[answer.language][value] })),
  };
  return renderCard('qa/answer', data);
}
