import type { Command } from '../CommandRouter';
import { settingsPartition } from '../../domain/settings/ConversationSettings';
import { isAdmin } from '../../domain/org/access';

/** `kommun <id>`: an admin points this team or chat at another kommun's governance model. */
export const kommunCommand: Command = {
  name: 'kommun',
  usage: 'kommun <id>',
  description: 'Visar vilken kommuns styrmodell jag svarar utifrån. Administratörer kan byta för den här chatten.',
  async run(turn) {
    const { packs, settings } = turn.deps;
    const wanted = turn.args.trim().toLowerCase();
    if (!wanted) {
      await turn.context.sendActivity(`Här svarar jag utifrån ${packs.name(turn.session.kommun)}s styrmodell. Kända kommuner: ${packs.ids().join(', ')}.`);
      return;
    }
    if (!isAdmin(turn.session.person)) {
      await turn.context.sendActivity('Bara en administratör kan byta kommun för en chatt.');
      return;
    }
    if (!packs.has(wanted)) {
      await turn.context.sendActivity(`Jag känner inte till kommunen "${wanted}". Kända kommuner: ${packs.ids().join(', ')}.`);
      return;
    }
    await settings.setKommun({
      id: turn.session.conversationId,
      tenant: settingsPartition(turn.session.entraTenantId),
      kommun: wanted,
      changedBy: turn.session.person!.id,
      changedAt: turn.deps.clock().toISOString(),
    });
    await turn.context.sendActivity(`Klart. Här svarar jag nu utifrån ${packs.name(wanted)}s styrmodell.`);
  },
};
