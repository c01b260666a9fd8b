import { renderCard } from '../../kernel/cards/renderCard';
import type { Turn } from '../../kernel/turn/Turn';
import { exampleQuestion } from './help';

/** The welcome card, sent when the bot is added to a personal chat, a group chat or a team: what the bot does, and what it stores. */
export function welcome(deps: { kommunName: (kommun: string) => string; authenticated: boolean; dataProtectionUrl?: string }) {
  return async (turn: Turn): Promise<void> => {
    const card = renderCard('basics/welcome', { kommunName: deps.kommunName(turn.session.kommun), example: exampleQuestion, localMode: !deps.authenticated, privacyUrl: deps.dataProtectionUrl ?? '' });
    await turn.reply({ card, summary: 'Hej! Jag är Styrmodellsboten' });
  };
}
