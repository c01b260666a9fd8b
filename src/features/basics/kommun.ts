import type { PackRegistry } from '../../kernel/knowledge/PackRegistry';
import { isAdmin } from '../../kernel/org/access';
import { chatSettingsPartition, type ChatSettings } from '../../kernel/session/ChatSettings';
import type { Command } from '../../kernel/turn/Command';
import { inert } from '../../shared/text';

/** `kommun [id]`: which kommun's model this chat uses; an admin points this team or chat at another kommun. */
export function kommunCommand(deps: { packs: PackRegistry; chatSettings: ChatSettings; clock: () => Date }): Command {
  return {
    name: 'kommun',
    usage: 'kommun [id]',
    description: 'Visar vilken kommuns styrmodell jag svarar utifrån. Administratörer kan byta för den här chatten.',
    async run(turn) {
      const { packs } = deps;
      const wanted = turn.args.trim().toLowerCase();
      if (!wanted) {
        await turn.reply(`Här svarar jag utifrån ${packs.name(turn.session.kommun)}s styrmodell. Kända kommuner: ${packs.ids().join(', ')}.`);
        return;
      }
      if (!isAdmin(turn.session.person)) {
        await turn.reply('Bara en administratör kan byta kommun för en chatt.');
        return;
      }
      if (!packs.has(wanted)) {
        await turn.reply(`Jag känner inte till kommunen ”${inert(wanted)}”. Kända kommuner: ${packs.ids().join(', ')}.`);
        return;
      }
      await deps.chatSettings.setKommun({
        id: turn.session.conversationId,
        tenant: chatSettingsPartition(turn.session.entraTenantId),
        kommun: wanted,
        changedBy: turn.session.person!.id,
        changedAt: deps.clock().toISOString(),
      });
      await turn.reply(`Klart. Här svarar jag nu utifrån ${packs.name(wanted)}s styrmodell.`);
    },
  };
}
