import type { Feature } from '../../kernel/Feature';
import { askSuggestionAction, feedbackAction } from './actions';
import { askQuestion } from './ask';
import { cycleCommand, roleSplitCommand, unansweredCommand } from './commands';
import { AzureOpenAiPhraser, type AzureOpenAiOptions } from './domain/AzureOpenAiPhraser';
import { QaService } from './domain/QaService';
import { createQuestionLog, qaCollections } from './domain/QuestionLog';

/** Questions about the governance model: answers with sources, the annual cycle, feedback, unanswered questions. */
export function qaFeature(options: { openai?: AzureOpenAiOptions } = {}): Feature {
  return {
    name: 'qa',
    collections: qaCollections,
    retention: [
      {
        collection: 'questions',
        purpose: 'Frågor boten inte kunde svara på, under en pseudonym för den som frågade, så att administratörer ser vad styrmodellen saknar.',
        keep: 'days',
        days: 365,
        dateField: 'askedAt',
        person: { fields: ['askedBy'], erase: 'delete' },
      },
      {
        collection: 'feedback',
        purpose: 'Omdömen om svar (till hjälp eller inte), under en pseudonym, för att förbättra svaren.',
        keep: 'days',
        days: 365,
        dateField: 'at',
        person: { fields: ['by'], erase: 'delete' },
      },
    ],
    start(ctx) {
      const phraser = options.openai && new AzureOpenAiPhraser(options.openai, ctx.logger);
      const qa = new QaService(ctx.packs, createQuestionLog(ctx.store), ctx.clock, phraser);
      // Build the default kommun's question index now (≈ 0.1–0.3 s), not on the first user's question.
      qa.answerer(ctx.defaultKommun);
      const ask = askQuestion({ qa, logger: ctx.logger });
      return {
        commands: [cycleCommand(ask, ctx.packs), roleSplitCommand(ask), unansweredCommand(qa)],
        actions: [feedbackAction(qa), askSuggestionAction(qa)],
        fallback: ask,
      };
    },
  };
}
