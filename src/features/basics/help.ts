import { CardFactory } from 'botbuilder';
import { renderCard } from '../../cards/renderCard';
import type { Command } from '../CommandRouter';
import type { Turn } from '../Turn';

/** Example question shown in the welcome and help cards. */
export const exampleQuestion = 'Vem beslutar om internkontrollplanen?';

/** The help menu card, listing the commands of the router it is given. */
export function helpCommand(commands: () => Command[]): Command {
  return {
    name: 'hjälp',
    aliases: ['help', 'meny', 'menu', '?'],
    usage: 'hjälp',
    description: 'Visar den här menyn.',
    async run(turn: Turn) {
      const all = commands();
      const card = renderCard('help', {
        kommunName: turn.deps.packs.name(turn.session.kommun),
        example: exampleQuestion,
        commands: all.map((c) => ({ usage: c.usage, description: c.description })),
        buttons: all.filter((c) => c.button).map((c) => ({ title: c.button, command: c.name })),
      });
      await turn.context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    },
  };
}
