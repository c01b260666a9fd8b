import type { FeatureContext } from '../../kernel/Feature';
import type { Command } from '../../kernel/turn/Command';

/** Days an expiring collection is kept, from the running policy (RETENTION_DAYS included). */
const daysOf = (ctx: FeatureContext, collection: string) => {
  const rule = ctx.retention.rule(collection);
  return rule.keep === 'days' ? `${rule.days} dagar` : 'så länge den används';
};

/** `dataskydd` (everyone): what the bot stores about the user, why and for how long, and where to read more. */
export function aboutCommand(ctx: FeatureContext): Command {
  return {
    name: 'dataskydd',
    aliases: ['integritet', 'gdpr', 'privacy'],
    usage: 'dataskydd',
    description: 'Vad jag sparar om dig, varför och hur länge.',
    async run(turn) {
      const page = ctx.dataProtectionUrl ? `[sidan om dataskydd](${ctx.dataProtectionUrl})` : 'sidan om dataskydd (docs/dataskydd.md)';
      await turn.reply(
        [
          'Det här sparar jag om dig:',
          '- **Vem du är i organisationen** (namn, e-post, roller), från kommunens organisationsfil: för att veta vad du får göra och vem som ska påminnas.',
          `- **En referens till vår chatt** (Teams-id:n, inga meddelanden): för att kunna skicka påminnelser. Gallras ${daysOf(ctx, 'conversations')} efter senaste användning.`,
          `- **Dina val för påminnelser** och vilka påminnelser som skickats: gallras efter ${daysOf(ctx, 'reminderPrefs')} respektive ${daysOf(ctx, 'deliveries')}.`,
          `- **Frågor jag inte kunde svara på och ditt omdöme om svar**, under en pseudonym i stället för ditt namn: gallras efter ${daysOf(ctx, 'questions')}.`,
          '- **Det du lämnar in i formulär** (uppföljning, riskanalys, internkontroll): inlämnade rapporter och planer är allmänna handlingar och bevaras enligt kommunens informationshanteringsplan.',
          '',
          `Allt lagras i Sverige (Azure, Sweden Central). Du kan begära ut eller få raderat det som inte är allmänna handlingar: kontakta kommunens dataskyddsombud. Mer på ${page}.`,
        ].join('\n'),
      );
    },
  };
}
