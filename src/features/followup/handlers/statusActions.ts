import { CardFactory } from 'botbuilder';
import { canRemind } from '../../../domain/followup/followupAccess';
import { planReminders, sendReminders, type ReminderOutcome } from '../../../domain/followup/reminders';
import { missingUnits } from '../../../domain/followup/statusSummary';
import { formatDay } from '../../../domain/time/swedishTime';
import { exportActionSchema, statusActionSchema } from '../../../cards/followup/followupStatus';
import { renderFollowupReminder } from '../../../cards/followup/followupReminder';
import { cardResponse, defineCardAction, errorResponse, messageResponse } from '../../CardActionRouter';
import { exportCard } from './exportCard';
import { guardStore } from './guardStore';
import { refusals } from './refusals';
import { periodStatus, statusCard } from './statusCard';

const names = (people: { name: string }[]) => people.map((p) => p.name).join(', ');

/** "Påminnelse skickad till 2 chefer: … Kan inte nås ännu …" */
export function describeReminders(o: ReminderOutcome): string {
  const parts = [
    o.sent.length ? `Påminnelse skickad till ${o.sent.length === 1 ? '1 chef' : `${o.sent.length} chefer`}: ${names(o.sent)}.` : 'Ingen påminnelse kunde skickas.',
    o.noReference.length ? `Kan inte nås ännu (har inte öppnat Styrmodellsboten i Teams): ${names(o.noReference)}.` : '',
    o.failed.length ? `Misslyckades: ${names(o.failed)}.` : '',
    o.withoutChief.length ? `Saknar chef i organisationen: ${names(o.withoutChief)}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** `followup.status` ("Uppdatera" on the status card). */
export const statusAction = defineCardAction({
  verb: 'followup.status',
  schema: statusActionSchema,
  handle: (turn, data) =>
    guardStore(async () => {
      const shown = await statusCard(turn, data.period, data.year);
      return 'card' in shown ? cardResponse(shown.card) : errorResponse(403, 'forbidden', shown.text);
    }),
});

/** `followup.remind` ("Påminn"): messages the chiefs of the units that have not submitted, now. */
export const remindAction = defineCardAction({
  verb: 'followup.remind',
  schema: statusActionSchema,
  handle: (turn, data) =>
    guardStore(async () => {
      if (!canRemind(turn.session.person)) return errorResponse(403, 'forbidden', refusals.cannotRemind);
      const status = await periodStatus(turn, data.period, data.year);
      if (!status.ok) return errorResponse(403, 'forbidden', status.text);
      const { period, person } = status;
      const missing = missingUnits(status.summary);
      if (missing.length === 0) return messageResponse('Alla enheter har lämnat in – det finns ingen att påminna.');
      const planned = planReminders(missing, await turn.deps.org.listPeople(turn.session.kommun));
      const outcome = await sendReminders(turn.deps.followup.notifier, turn.session.kommun, planned, (entry) => {
        const unitNames = entry.units.map((u) => u.name).join(', ');
        const text = `${period.name} ${period.year} för ${unitNames} är inte inlämnad ännu. Sista dag är ${formatDay(period.deadline)}.`;
        const card = renderFollowupReminder({ title: `${period.name} ${period.year}`, text, sender: person.name, units: entry.units.map((u) => ({ unit: u.id, name: u.name })), act: { period: period.id, year: period.year } });
        return { text, card };
      });
      turn.deps.logger.info({ event: 'followup_reminded', correlationId: turn.session.correlationId, sent: outcome.sent.length, noReference: outcome.noReference.length, failed: outcome.failed.length }, 'reminders sent');
      const shown = await statusCard(turn, data.period, data.year, { text: describeReminders(outcome), color: outcome.sent.length ? 'Good' : 'Warning' });
      return 'card' in shown ? cardResponse(shown.card) : messageResponse(describeReminders(outcome));
    }),
});

/** `followup.export` ("Exportera"): sends the download links as a new message; the status card stays. */
export const exportAction = defineCardAction({
  verb: 'followup.export',
  schema: exportActionSchema,
  handle: (turn, data) =>
    guardStore(async () => {
      const shown = await exportCard(turn, data.period, data.year, data.body);
      if (!('card' in shown)) return errorResponse(403, 'forbidden', shown.text);
      await turn.context.sendActivity({ attachments: [CardFactory.adaptiveCard(shown.card)] });
      return messageResponse('Exportlänkarna är skickade i chatten.');
    }),
});
