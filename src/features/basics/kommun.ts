import type { PackRegistry } from '../../kernel/knowledge/PackRegistry';
import { isInstallationAdmin } from '../../kernel/org/installationAdmin';
import type { OrgRepository } from '../../kernel/org/OrgRepository';
import { chatSettingsPartition, settingKey, type ChatSettings } from '../../kernel/session/ChatSettings';
import type { Command } from '../../kernel/turn/Command';
import { inert } from '../../shared/text';

/**
 * `kommun [id]`: which kommun's model this chat uses; an admin of the installation points this team or
 * chat (a personal chat: only for themselves) at another kommun, and can always point it back.
 */
export function kommunCommand(deps: { packs: PackRegistry; org: OrgRepository; chatSettings: ChatSettings; clock: () => Date }): Command {
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
      if (!(await isInstallationAdmin(deps, turn.session.person, turn.session.aadObjectId))) {
        await turn.reply('Bara en administratör kan byta kommun för en chatt.');
        return;
      }
      if (!packs.has(wanted)) {
        await turn.reply(`Jag känner inte till kommunen ”${inert(wanted)}”. Kända kommuner: ${packs.ids().join(', ')}.`);
        return;
      }
      await deps.chatSettings.setKommun({
        id: settingKey(turn.session),
        tenant: chatSettingsPartition(turn.session.entraTenantId),
        kommun: wanted,
        changedBy: turn.session.person?.id ?? turn.session.aadObjectId ?? turn.session.userId,
        changedAt: deps.clock().toISOString(),
      });
      const whose = turn.session.scope === 'personal' ? 'Här i din personliga chatt' : 'Här';
      await turn.reply(`Klart. ${whose} svarar jag nu utifrån ${packs.name(wanted)}s styrmodell. Skriv "kommun ${turn.session.kommun}" för att byta tillbaka.`);
    },
  };
}
