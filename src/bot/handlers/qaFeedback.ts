import { z } from 'zod';
import { answerCard } from '../../cards/answerCard';
import { pseudonym } from '../../logger';
import { cardResponse, defineCardAction, errorResponse } from '../CardActionRouter';

/** "Var svaret till hjälp?" → stored; the card is replaced by the same answer with a thank-you. */
export const qaFeedbackAction = defineCardAction({
  verb: 'qa.feedback',
  schema: z.object({ questionId: z.string().uuid(), helpful: z.boolean() }),
  async handle(turn, data) {
    const { kommun } = turn.session;
    const question = await turn.deps.qa.feedback(kommun, data.questionId, data.helpful, pseudonym(turn.session.aadObjectId ?? turn.session.userId));
    if (!question) return errorResponse(404, 'question_not_found', 'Jag hittar inte frågan längre.');
    const answer = turn.deps.qa.answerer(kommun).answer(question.text);
    return cardResponse(answerCard(answer, data.questionId, true));
  },
});
