import type { Delivery, DeliveryStatus } from '../../kernel/jobs/Delivery';
import type { Turn } from '../../kernel/turn/Turn';
import { addDays } from '../../shared/days';
import { formatDay, isCalendarDay, swedishDay } from '../../shared/swedishTime';
import { inert, joinList } from '../../shared/text';
import { canSeeDelivery } from './overview';
import type { RemindersFeatureServices } from './services';

const statusNames: Record<DeliveryStatus, string> = {
  sent: 'skickade',
  waiting: 'väntar',
  sending: 'skickas just nu',
  failed: 'misslyckades',
  blocked: 'blockerade (personen har tagit bort eller blockerat boten)',
  no_reference: 'ingen chatt med boten',
  skipped: 'behövdes inte längre (klart innan de skickades)',
  cancelled: 'inställda (fristen flyttades eller ställdes in)',
};

/** Days back the unreachable and blocked people are collected from. */
const lookBack = 30;

/**
 * `påminnelser status [ÅÅÅÅ-MM-DD]` (admins and secretaries): the day's deliveries by status, the
 * people reminders cannot reach, and how to reach them.
 */
export async function deliveryStatus(s: RemindersFeatureServices, turn: Turn, args: string): Promise<void> {
  const { kommun, person } = turn.session;
  if (!canSeeDelivery(person)) return void (await turn.reply('Leveransstatus kan administratörer och sekreterare se.'));
  const today = swedishDay(s.clock());
  const day = args.trim() || today;
  if (!isCalendarDay(day)) return void (await turn.reply('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel "påminnelser status 2026-12-01".'));
  await s.reminders.queueDay(kommun).catch(() => undefined);
  const [ofDay, recent, people] = await Promise.all([
    s.jobs.queue.find(kommun, { date: day }),
    s.jobs.queue.find(kommun, { status: ['no_reference', 'blocked', 'failed'] }),
    s.org.listPeople(kommun),
  ]);
  const names = new Map(people.map((p) => [p.id, inert(p.name)]));
  const since = addDays(day, -lookBack);
  const who = (status: DeliveryStatus) => [...new Set(recent.filter((d) => d.status === status && d.date >= since && d.date <= day).map((d) => names.get(d.person) ?? d.person))];
  const counts = countBy(ofDay);
  const throttled = ofDay.filter((d) => d.status === 'waiting' && d.note === 'throttled').length;
  const lines = [
    `**Påminnelser ${formatDay(day)}**`,
    ofDay.length
      ? (Object.keys(statusNames) as DeliveryStatus[]).filter((st) => counts[st]).map((st) => `- ${counts[st]} ${statusNames[st]}${st === 'waiting' && throttled ? ` (${throttled} väntar på att Teams släpper fram fler)` : ''}`).join('\n')
      : '- Inga påminnelser planerade den dagen.',
  ];
  const unreachable = who('no_reference');
  const blocked = who('blocked');
  const failed = who('failed');
  if (unreachable.length) lines.push(`**Kan inte nås** (har aldrig öppnat en chatt med Styrmodellsboten), senaste ${lookBack} dagarna: ${joinList(unreachable)}.`, proactiveInstallNote);
  if (blocked.length) lines.push(`**Har blockerat eller tagit bort boten:** ${joinList(blocked)}.`);
  if (failed.length) lines.push(`**Misslyckades efter flera försök:** ${joinList(failed)}. Se loggen (event delivery_failed).`);
  await turn.reply(lines.join('\n\n'));
}

const proactiveInstallNote =
  'För att nå alla utan att de själva öppnar boten kan IT installera appen för dem i förväg (Microsoft Graph: proaktiv installation av appen för användare, se docs/reminders.md).';

function countBy(deliveries: Delivery[]): Partial<Record<DeliveryStatus, number>> {
  const counts: Partial<Record<DeliveryStatus, number>> = {};
  for (const d of deliveries) counts[d.status] = (counts[d.status] ?? 0) + 1;
  return counts;
}
