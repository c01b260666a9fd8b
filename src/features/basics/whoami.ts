import type { Command } from '../CommandRouter';
import { describeRole } from '../../domain/org/describeRole';

/** Tells users who the bot thinks they are and which roles they hold (useful when a form is refused). */
export const whoamiCommand: Command = {
  name: 'vem är jag',
  aliases: ['vemärjag', 'whoami', 'roller'],
  usage: 'roller',
  description: 'Visar vem jag tror att du är och vilka roller du har.',
  button: 'Mina roller',
  async run(turn) {
    const { person, kommun } = turn.session;
    const kommunName = turn.deps.packs.name(kommun);
    if (!person) {
      await turn.context.sendActivity(
        `Jag hittar dig inte i ${kommunName}s organisation. Be en administratör lägga till dig (med din e-postadress) i organisationsfilen.`,
      );
      return;
    }
    const structure = await turn.deps.org.getStructure(kommun);
    const roles = person.roles.map((r) => `- ${describeRole(r, structure)}`).join('\n');
    await turn.context.sendActivity(`Du är **${person.name}** i ${kommunName}.\n\n${roles || 'Du har inga roller ännu.'}`);
  },
};
