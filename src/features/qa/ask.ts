import { pseudonym, type Logger } from '../../shared/logger';
import type { Turn } from '../../kernel/turn/Turn';
import { answerCard } from './cards/answerCard';
import type { QaService } from './domain/QaService';

/** Any text that is not a command is a governance question: answered as a card with sources and feedback buttons. */
export function askQuestion(deps: { qa: QaService; logger: Logger }) {
  return async (turn: Turn): Promise<void> => {
    const question = turn.args.trim();
    if (!question) return;
    const answer = await deps.qa.ask(turn.session.kommun, question, pseudonym(turn.session.aadObjectId ?? turn.session.userId));
    // `question` is redacted unless LOG_PERSONAL_DATA=true (troubleshooting answers).
    deps.logger.info({ event: 'question', correlationId: turn.session.correlationId, kommun: turn.session.kommun, question, answered: answer.answered, via: answer.via, confidence: Number(answer.confidence.toFixed(2)) }, 'question answered');
    await turn.reply({ card: answerCard(answer, question), summary: answer.text.slice(0, 100) });
  };
}
