import { CardFactory } from 'botbuilder';
import { answerCard } from '../../cards/answerCard';
import { pseudonym } from '../../logger';
import type { Turn } from '../Turn';

/** Any text that is not a command is a governance question: answered as a card with sources and feedback buttons. */
export async function askQuestion(turn: Turn): Promise<void> {
  const question = turn.args.trim();
  if (!question) return;
  const answer = await turn.deps.qa.ask(turn.session.kommun, question, pseudonym(turn.session.aadObjectId ?? turn.session.userId));
  // `question` is redacted unless LOG_PERSONAL_DATA=true (troubleshooting answers).
  turn.deps.logger.info({ event: 'question', correlationId: turn.session.correlationId, kommun: turn.session.kommun, question, answered: answer.answered, via: answer.via, confidence: Number(answer.confidence.toFixed(2)) }, 'question answered');
  await turn.context.sendActivity({ attachments: [CardFactory.adaptiveCard(answerCard(answer, question))] });
}
