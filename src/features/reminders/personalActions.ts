import { z } from 'zod';
import type { Notice } from '../../kernel/cards/renderCard';
import { reminderKinds } from '../../kernel/deadlines/Deadline';
import { defineCardAction, refuse, showCard, type ActionResult } from '../../kernel/turn/CardAction';
import type { Turn } from '../../kernel/turn/Turn';
import { formatDay, swedishDay } from '../../shared/swedishTime';
import { kindPlural, reminderCard } from './cards/reminderCard';
import { describeDeadline } from './domain/describeDeadline';
import type { OptOutKind } from './domain/ReminderPrefs';
import type { RemindersFeatureServices } from './services';

const deadlineRef = z.string().min(1).max(200);
const shown = z.array(deadlineRef).max(50).default([]);
const optOutKind = z.enum([...reminderKinds, 'digest']);

const notYou = 'Jag hittar dig inte i organisationen, så jag kan inte ändra dina påminnelser.';

/**
 * The buttons on a reminder: "Påminn mig om 2 dagar", "Klart" and "Inga fler om …". Each changes the
 * person's own choices, plans the day again (so a reminder waiting in the queue is withdrawn) and shows
 * the same card with a line saying what happened.
 */
export function personalActions(s: RemindersFeatureServices) {
  const again = async (turn: Turn, ids: string[], notice: Notice): Promise<ActionResult> => {
    const { kommun, person } = turn.session;
    const today = swedishDay(s.clock());
    const prefs = await s.prefs.get(kommun, person!.id);
    const pack = s.packs.has(kommun) ? s.packs.get(kommun) : undefined;
    const items = [];
    for (const id of ids) {
      const d = await s.deadlines.get(kommun, id);
      if (d?.status === 'active' && !prefs.done.includes(id) && !prefs.optOut.includes(d.kind)) items.push(describeDeadline(d, { today, calendar: s.calendar, pack, personal: true }));
    }
    await s.reminders.queueDay(kommun).catch((e) => s.logger.warn({ event: 'requeue_failed', err: { name: (e as Error).name } }, 'could not plan the day again'));
    return showCard(reminderCard({ heading: 'Påminnelse', notice, items, shown: items.map((i) => i.deadline) }));
  };

  const snooze = defineCardAction({
    verb: 'reminders.snooze',
    schema: z.object({ deadline: deadlineRef, shown }),
    async handle(turn, data) {
      const person = turn.session.person;
      if (!person) return refuse(403, 'forbidden', notYou);
      const day = s.calendar.addWorkingDays(swedishDay(s.clock()), 2);
      await s.prefs.update(turn.session.kommun, person.id, (p) => ({ ...p, snoozed: { ...p.snoozed, [data.deadline]: day } }));
      return again(turn, data.shown, { text: `Jag påminner dig igen ${formatDay(day)}.`, color: 'Good' });
    },
  });

  const done = defineCardAction({
    verb: 'reminders.done',
    schema: z.object({ deadline: deadlineRef, shown }),
    async handle(turn, data) {
      const person = turn.session.person;
      if (!person) return refuse(403, 'forbidden', notYou);
      await s.prefs.update(turn.session.kommun, person.id, (p) => ({ ...p, done: [...new Set([...p.done, data.deadline])] }));
      return again(turn, data.shown.filter((id) => id !== data.deadline), { text: 'Bra! Du får inga fler påminnelser om det.', color: 'Good' });
    },
  });

  const optOut = defineCardAction({
    verb: 'reminders.optout',
    schema: z.object({ kind: optOutKind, shown }),
    async handle(turn, data) {
      const person = turn.session.person;
      if (!person) return refuse(403, 'forbidden', notYou);
      await s.prefs.update(turn.session.kommun, person.id, (p) => ({ ...p, optOut: [...new Set<OptOutKind>([...p.optOut, data.kind])] }));
      return again(turn, data.shown, { text: `Du får inga fler påminnelser om ${kindPlural[data.kind]}. Skriv **påminnelser** för att slå på dem igen.`, color: 'Good' });
    },
  });

  return [snooze, done, optOut];
}
