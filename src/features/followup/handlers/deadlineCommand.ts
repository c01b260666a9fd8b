import { loadPeriod } from '../../../domain/followup/loadReportContext';
import { isAdmin } from '../../../domain/org/access';
import { formatDay, isCalendarDay } from '../../../domain/time/swedishTime';
import type { Command } from '../../CommandRouter';
import { readPeriodArgs } from './periodArgs';

/** `frist <period> <år> [ÅÅÅÅ-MM-DD]`: shows the units' deadline; an admin may set it for the kommun and year. */
export const deadlineCommand: Command = {
  name: 'frist',
  aliases: ['deadline', 'sista-dag'],
  usage: 'frist <period> <år> [ÅÅÅÅ-MM-DD]',
  description: 'Visar sista dag för enheternas uppföljning. Administratörer kan ändra den.',
  async run(turn) {
    const args = readPeriodArgs(turn);
    if (!args.ok) return void (await turn.context.sendActivity(args.text));
    const { deadlines } = turn.deps.followup;
    const pack = turn.deps.packs.get(turn.session.kommun);
    const wanted = args.rest.trim();
    if (wanted) {
      if (!isAdmin(turn.session.person)) return void (await turn.context.sendActivity('Bara en administratör kan ändra sista dag för uppföljningen.'));
      if (!isCalendarDay(wanted)) return void (await turn.context.sendActivity(`”${wanted}” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel ${args.year}-05-20.`));
      const asOf = (await loadPeriod(deadlines, pack, args.period, args.year))?.asOf;
      if (asOf && wanted <= asOf) return void (await turn.context.sendActivity(`Sista dag måste vara efter periodens slut (${formatDay(asOf)}).`));
      await deadlines.set(pack.kommun, { period: args.period, year: args.year, deadline: wanted, changedBy: turn.session.person!.id, changedAt: turn.deps.clock().toISOString() });
    }
    const period = await loadPeriod(deadlines, pack, args.period, args.year);
    if (!period) return;
    const how = period.deadlineOverridden ? 'ändrad av administratör' : 'förvalt värde – styrmodellen anger ingen sista dag för enheterna';
    await turn.context.sendActivity(`${wanted ? 'Klart. ' : ''}Sista dag för ${period.name} ${period.year}: ${formatDay(period.deadline)} (${how}).`);
  },
};
