import { CardFactory } from 'botbuilder';
import { renderCard } from '../../cards/renderCard';
import type { Turn } from '../Turn';
import { exampleQuestion } from './help';

/** Sends the welcome card (on install, or when the bot is added to a conversation). */
export async function sendWelcome(turn: Turn): Promise<void> {
  const card = renderCard('welcome', {
    kommunName: turn.deps.packs.name(turn.session.kommun),
    example: exampleQuestion,
    localMode: !turn.deps.config.bot.authenticated,
  });
  await turn.context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
