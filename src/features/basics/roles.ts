import { describeRole } from '../../kernel/org/describeRole';
import type { OrgRepository } from '../../kernel/org/OrgRepository';
import type { Command } from '../../kernel/turn/Command';
import { inert } from '../../shared/text';

/** `roller`: who the bot thinks the user is and which roles they hold (useful when a form is refused). */
export function rolesCommand(deps: { org: OrgRepository; kommunName: (kommun: string) => string }): Command {
  return {
    name: 'vem är jag',
    aliases: ['vemärjag', 'whoami', 'roller'],
    usage: 'roller',
    description: 'Visar vem jag tror att du är och vilka roller du har.',
    button: 'Mina roller',
    async run(turn) {
      const { person, kommun } = turn.session;
      const kommunName = deps.kommunName(kommun);
      if (!person) {
        await turn.reply(`Jag hittar dig inte i ${kommunName}s organisation. Be en administratör lägga till dig (med din e-postadress) i organisationsfilen.`);
        return;
      }
      const structure = await deps.org.getStructure(kommun);
      const roles = person.roles.map((r) => `- ${describeRole(r, structure)}`).join('\n');
      await turn.reply(`Du är **${inert(person.name)}** i ${kommunName}.\n\n${roles || 'Du har inga roller ännu.'}`);
    },
  };
}
