import { renderCard } from '../../kernel/cards/renderCard';
import type { Command } from '../../kernel/turn/Command';

/** Example question shown in the welcome and help cards. */
export const exampleQuestion = 'Vem beslutar om internkontrollplanen?';

/** The help menu card, listing the commands of every feature (given lazily: help is itself one of them). */
export function helpCommand(deps: { commands: () => Command[]; kommunName: (kommun: string) => string }): Command {
  return {
    name: 'hjälp',
    aliases: ['help', 'meny', 'menu', '?'],
    usage: 'hjälp',
    description: 'Visar den här menyn.',
    async run(turn) {
      const all = deps.commands();
      const card = renderCard('basics/help', {
        kommunName: deps.kommunName(turn.session.kommun),
        example: exampleQuestion,
        commands: all.map((c) => ({ usage: c.usage, description: c.description })),
        buttons: all.filter((c) => c.button).map((c) => ({ title: c.button, command: c.name })),
      });
      await turn.reply({ card, summary: 'Det här kan jag' });
    },
  };
}
