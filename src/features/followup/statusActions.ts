import { missingUnits } from '../../kernel/forms/statusSummary';
import { scopeSummary } from '../../kernel/forms/statusScope';
import { cardOrRefusal, defineCardAction, done, refuse } from '../../kernel/turn/CardAction';
import { swedishDay } from '../../shared/swedishTime';
import { exportActionSchema, statusRefSchema } from './cards/actionData';
import { statusReply } from './statusReply';
import { canRemind } from './domain/followupAccess';
import { periodStatus } from './domain/periodStatus';
import { outcomeOf, planReminders, remindDeliveries, type ReminderOutcome } from './domain/reminders';
import { exportLinks } from './exportLinks';
import { refusals } from './refusals';
import type { FollowupServices } from './services';

/** Names listed in a reminder notice at most (a kommun-wide press may reach 2,000 chiefs; the card must stay small). */
export const maxNamesListed = 10;

const names = (people: { name: string }[]) =>
  people.slice(0, maxNamesListed).map((p) => p.name).join(', ') + (people.length > maxNamesListed ? ` och ${people.length - maxNamesListed} till` : '');

/** "Påminnelse skickad till 2 chefer: … Kan inte nås ännu …" */
export function describeReminders(o: ReminderOutcome): string {
  const parts = [
    o.sent.length ? `Påminnelse skickad till ${o.sent.length === 1 ? '1 chef' : `${o.sent.length} chefer`}: ${names(o.sent)}.` : o.waiting.length ? '' : 'Ingen påminnelse kunde skickas.',
    o.waiting.length ? `På väg till ${names(o.waiting)} (Teams tar emot dem i sin takt; jag fortsätter försöka utan att du behöver trycka igen).` : '',
    o.noReference.length ? `Kan inte nås ännu (har inte öppnat Styrmodellsboten i Teams): ${names(o.noReference)}.` : '',
    o.failed.length ? `Misslyckades: ${names(o.failed)}.` : '',
    o.skipped.length ? `Behövdes inte längre (har lämnat in): ${names(o.skipped)}.` : '',
    o.withoutChief.length ? `Saknar chef i organisationen: ${names(o.withoutChief)}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** How long a press waits for its reminders to go out before it answers with what is still on its way. */
const settleMs = 4_000;

/** `followup.status` (Uppdatera), `followup.remind` (Påminn) and `followup.export` (Exportera) on the status card. */
export function statusActions(s: FollowupServices) {
  const status = defineCardAction({
    verb: 'followup.status',
    schema: statusRefSchema,
    handle: async (turn, { period, year, ...view }) => cardOrRefusal(await statusReply(s, turn.session, period, year, null, view)),
  });

  /** Messages the chiefs of the units that have not submitted (in the nämnd or förvaltning shown), now. */
  const remind = defineCardAction({
    verb: 'followup.remind',
    schema: statusRefSchema,
    async handle(turn, data) {
      if (!canRemind(turn.session.person)) return refuse(403, 'forbidden', refusals.cannotRemind);
      const current = await periodStatus(s, s.packs.get(turn.session.kommun), turn.session.person, data.period, data.year);
      if (!current.ok) return refuse(403, 'forbidden', current.text);
      const { period, person } = current;
      const scope = { body: data.body, administration: data.administration };
      const missing = missingUnits(scopeSummary(current.summary, scope));
      if (missing.length === 0) return done('Alla enheter har lämnat in – det finns ingen att påminna.');
      const { kommun } = turn.session;
      const planned = planReminders(missing, await s.org.listPeople(kommun));
      const deliveries = remindDeliveries(planned.plan, { period: period.id, year: period.year, day: swedishDay(s.clock()), notBefore: s.clock().toISOString(), sender: person.name });
      await s.jobs.sendNow(kommun, deliveries);
      const settled = await s.jobs.settle(kommun, deliveries.map((d) => d.id), settleMs);
      const outcome = outcomeOf(planned.plan, settled, planned.withoutChief);
      s.logger.info({ event: 'followup_reminded', correlationId: turn.session.correlationId, sent: outcome.sent.length, waiting: outcome.waiting.length, noReference: outcome.noReference.length, failed: outcome.failed.length }, 'reminders sent');
      const notice = { text: describeReminders(outcome), color: outcome.sent.length ? 'Good' : 'Warning' } as const;
      const shown = await statusReply(s, turn.session, data.period, data.year, notice, scope);
      return typeof shown === 'string' ? done(notice.text) : cardOrRefusal(shown);
    },
  });

  /** Sends the download links as a new message; the status card stays. */
  const exportAction = defineCardAction({
    verb: 'followup.export',
    schema: exportActionSchema,
    async handle(turn, data) {
      const shown = await exportLinks(s, turn.session, data.period, data.year, data.body);
      if (typeof shown === 'string') return refuse(403, 'forbidden', shown);
      await turn.reply(shown);
      return done('Exportlänkarna är skickade i chatten.');
    },
  });

  return [status, remind, exportAction];
}
