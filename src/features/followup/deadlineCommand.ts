import { isAdmin } from '../../kernel/org/access';
import type { Command } from '../../kernel/turn/Command';
import { formatDay, isCalendarDay } from '../../shared/swedishTime';
import { inert } from '../../shared/text';
import { loadPeriod } from './domain/loadReportContext';
import { readPeriodArgs } from './periodArgs';
import type { FollowupServices } from './services';

/** `frist <period> <år> [ÅÅÅÅ-MM-DD]`: shows the units' deadline; an admin may set it for the kommun and year. */
export function deadlineCommand(s: FollowupServices): Command {
  return {
    name: 'frist',
    aliases: ['deadline', 'sista-dag'],
    usage: 'frist period år [ÅÅÅÅ-MM-DD]',
    description: 'Visar sista dag för enheternas uppföljning. Administratörer kan ändra den.',
    async run(turn) {
      const args = readPeriodArgs(s.packs, turn.session.kommun, turn.args, s.clock());
      if (!args.ok) return void (await turn.reply(args.text));
      const pack = s.packs.get(turn.session.kommun);
      const wanted = args.rest.trim();
      if (wanted) {
        if (!isAdmin(turn.session.person)) return void (await turn.reply('Bara en administratör kan ändra sista dag för uppföljningen.'));
        if (!isCalendarDay(wanted)) return void (await turn.reply(`”${inert(wanted)}” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel ${args.year}-05-20.`));
        const asOf = (await loadPeriod(s.periodDeadlines, pack, args.period, args.year))?.asOf;
        if (asOf && wanted <= asOf) return void (await turn.reply(`Sista dag måste vara efter periodens slut (${formatDay(asOf)}).`));
        await s.periodDeadlines.set(pack.kommun, { period: args.period, year: args.year, deadline: wanted, changedBy: turn.session.person!.id, changedAt: s.clock().toISOString() });
      }
      const period = await loadPeriod(s.periodDeadlines, pack, args.period, args.year);
      if (!period) return;
      const how = period.deadlineOverridden ? 'ändrad av administratör' : 'förvalt värde – styrmodellen anger ingen sista dag för enheterna';
      await turn.reply(`${wanted ? 'Klart. ' : ''}Sista dag för ${period.name} ${period.year}: ${formatDay(period.deadline)} (${how}).`);
    },
  };
}
