import { z } from 'zod';
import { pseudonym } from '../../shared/logger';
import { defineCardAction, showCard } from '../../kernel/turn/CardAction';
import { answerCard, feedbackReasons } from './cards/answerCard';
import type { QaService } from './domain/QaService';

/** "Menade du …": a suggested question pressed; its answer replaces the card, and the pick is kept for admins. */
export const askSuggestionAction = (qa: QaService) =>
  defineCardAction({
    verb: 'qa.ask',
    schema: z.object({ question: z.string().min(1).max(500), asked: z.string().max(500).optional() }),
    async handle(turn, data) {
      const by = pseudonym(turn.session.aadObjectId ?? turn.session.userId);
      const answer = data.asked ? await qa.pick(turn.session.kommun, data.asked, data.question, by) : await qa.ask(turn.session.kommun, data.question, by);
      return showCard(answerCard(answer, data.question));
    },
  });

/** "Var svaret till hjälp?" → stored (a "Nej" with what was wrong); the card is replaced by the same answer with a thank-you. */
export const feedbackAction = (qa: QaService) =>
  defineCardAction({
    verb: 'qa.feedback',
    schema: z.object({ question: z.string().min(1).max(500), helpful: z.boolean(), reason: z.enum(feedbackReasons).optional(), comment: z.string().max(500).optional() }),
    async handle(turn, data) {
      const why = data.helpful ? undefined : { reason: data.reason ?? 'other', comment: data.comment?.trim() || undefined };
      const answer = await qa.feedback(turn.session.kommun, data.question, data.helpful, pseudonym(turn.session.aadObjectId ?? turn.session.userId), why);
      return showCard(answerCard(answer, data.question, true));
    },
  });
