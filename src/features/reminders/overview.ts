import { z } from 'zod';
import { renderCard, type AdaptiveCardJson, type Notice } from '../../kernel/cards/renderCard';
import { personalRefId } from '../../kernel/conversations/ConversationRefRepository';
import { isAdmin } from '../../kernel/org/access';
import type { Person } from '../../kernel/org/orgSchema';
import { reminderKinds } from '../../kernel/deadlines/Deadline';
import { defineCardAction, refuse, showCard } from '../../kernel/turn/CardAction';
import type { Command } from '../../kernel/turn/Command';
import { addDays } from '../../shared/days';
import { formatDay, swedishDay } from '../../shared/swedishTime';
import { inert } from '../../shared/text';
import { kindPlural } from './cards/reminderCard';
import type { RemindersFeatureServices } from './services';

/** Days ahead the overview shows, and rows at most. */
const ahead = 30;
const maxRows = 12;

const leadText: Record<string, string> = { overdue: 'försenad', escalation: 'försenad i din förvaltning', snooze: 'som du bad om', digest: 'veckosammanfattning' };
const describeLead = (lead: string) => leadText[lead] ?? (lead === '1d' ? 'dagen före' : `${lead.slice(0, -1)} dagar före`);

/** Delivery status is for those who chase reports: admins and secretaries. */
export const canSeeDelivery = (p: Person | undefined) => isAdmin(p) || Boolean(p?.roles.some((r) => r.role === 'secretary'));

/** The person's reminders for the next 30 days and how they get them. */
export async function overviewCard(s: RemindersFeatureServices, kommun: string, person: Person, notice?: Notice): Promise<AdaptiveCardJson> {
  const today = swedishDay(s.clock());
  const [planned, prefs, ref] = await Promise.all([
    s.reminders.plan(kommun, today, addDays(today, ahead)),
    s.prefs.get(kommun, person.id),
    person.aadObjectId ? s.refs.get(kommun, personalRefId(person.aadObjectId)) : Promise.resolve(undefined),
  ]);
  const mine = planned.filter((r) => r.person.id === person.id);
  const upcoming = mine.slice(0, maxRows).map((r) => ({
    date: formatDay(r.date),
    title: r.deadline ? (r.deadline.source === 'admin' ? inert(r.deadline.title) : r.deadline.title) : 'Veckosammanfattning för dina organ',
    why: `${describeLead(r.lead)} · senast ${formatDay(r.due)}`,
  }));
  const optedOut = prefs.optOut.map((k) => kindPlural[k]);
  return renderCard('reminders/overview', {
    notice,
    summary: mine.length ? `De närmaste ${ahead} dagarna får du ${mine.length === 1 ? '1 påminnelse' : `${mine.length} påminnelser`}:` : `Du har inga påminnelser de närmaste ${ahead} dagarna.`,
    upcoming,
    more: mine.length > maxRows ? `… och ${mine.length - maxRows} till.` : undefined,
    delivery: prefs.weeklyDigest ? 'En sammanfattning på veckans första arbetsdag.' : 'En påminnelse i taget, på arbetsdagar kl. 8–16.',
    weeklyDigest: prefs.weeklyDigest,
    digestButton: prefs.weeklyDigest ? 'En i taget i stället' : 'Sammanfattning på måndagar',
    optedOut,
    optInButtons: prefs.optOut.map((kind) => ({ kind, label: kindPlural[kind] })),
    reachable: Boolean(ref),
    canSeeDelivery: canSeeDelivery(person),
    isAdmin: isAdmin(person),
  });
}

const notYou = 'Jag hittar dig inte i organisationen. Be en administratör lägga till dig, så kan jag påminna dig om det du ska göra.';

/** `påminnelser`: what is coming and how; `påminnelser status` is the delivery status (statusCommand). */
export function overviewCommand(s: RemindersFeatureServices, status: (turn: Parameters<Command['run']>[0], args: string) => Promise<void>): Command {
  return {
    name: 'påminnelser',
    aliases: ['paminnelser', 'påminnelse', 'reminders'],
    usage: 'påminnelser [status] [ÅÅÅÅ-MM-DD]',
    description: 'Visar dina kommande påminnelser och hur du får dem; "påminnelser status" visar leveranserna.',
    button: 'Mina påminnelser',
    async run(turn) {
      const [first, ...rest] = turn.args.trim().split(/\s+/);
      if (first?.toLowerCase() === 'status') return status(turn, rest.join(' '));
      const person = turn.session.person;
      if (!person) return void (await turn.reply(notYou));
      await turn.reply({ card: await overviewCard(s, turn.session.kommun, person), summary: 'Dina påminnelser' });
    },
  };
}

/** The overview's buttons: weekly digest on/off, a kind of reminder on again. */
export function settingsActions(s: RemindersFeatureServices) {
  const digest = defineCardAction({
    verb: 'reminders.digest',
    schema: z.object({ on: z.boolean() }),
    async handle(turn, data) {
      const person = turn.session.person;
      if (!person) return refuse(403, 'forbidden', notYou);
      await s.prefs.update(turn.session.kommun, person.id, (p) => ({ ...p, weeklyDigest: data.on }));
      await s.reminders.queueDay(turn.session.kommun);
      const text = data.on ? 'Du får nu en sammanfattning på veckans första arbetsdag.' : 'Du får nu en påminnelse i taget.';
      return showCard(await overviewCard(s, turn.session.kommun, person, { text, color: 'Good' }));
    },
  });
  const optIn = defineCardAction({
    verb: 'reminders.optin',
    schema: z.object({ kind: z.enum([...reminderKinds, 'digest']) }),
    async handle(turn, data) {
      const person = turn.session.person;
      if (!person) return refuse(403, 'forbidden', notYou);
      await s.prefs.update(turn.session.kommun, person.id, (p) => ({ ...p, optOut: p.optOut.filter((k) => k !== data.kind) }));
      await s.reminders.queueDay(turn.session.kommun);
      return showCard(await overviewCard(s, turn.session.kommun, person, { text: `Påminnelser om ${kindPlural[data.kind]} är påslagna igen.`, color: 'Good' }));
    },
  });
  return [digest, optIn];
}
