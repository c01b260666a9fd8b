import { z } from 'zod';
import { answerCard } from '../../cards/answerCard';
import { pseudonym } from '../../logger';
import { cardResponse, defineCardAction } from '../CardActionRouter';

/** "Var svaret till hjälp?" → stored; the card is replaced by the same answer with a thank-you. */
export const qaFeedbackAction = defineCardAction({
  verb: 'qa.feedback',
  schema: z.object({ question: z.string().min(1).max(500), helpful: z.boolean() }),
  async handle(turn, data) {
    const answer = await turn.deps.qa.feedback(turn.session.kommun, data.question, data.helpful, pseudonym(turn.session.aadObjectId ?? turn.session.userId));
    return cardResponse(answerCard(answer, data.question, true));
  },
});
