import type { Notifier, NotifyMessage, NotifyOutcome } from '../../../kernel/notify/Notifier';
import type { Person, Unit } from '../../../kernel/org/orgSchema';
import type { UnitStatus } from '../../../kernel/forms/statusSummary';

/** One person to remind and the units they have not submitted for. */
export interface ReminderPlan {
  person: Person;
  units: Unit[];
}

export interface ReminderOutcome {
  sent: Person[];
  /** Never opened a personal chat with the bot (not installed): cannot be reached proactively. */
  noReference: Person[];
  failed: Person[];
  /** Missing units without any chief or deputy in the organisation file. */
  withoutChief: Unit[];
}

/** Whom to remind: each missing unit's chiefs, or its deputies when it has no chief; one entry per person. */
export function planReminders(missing: UnitStatus[], people: Person[]): { plan: ReminderPlan[]; withoutChief: Unit[] } {
  const byPerson = new Map<string, ReminderPlan>();
  const withoutChief: Unit[] = [];
  for (const { unit } of missing) {
    const holders = (role: 'chef' | 'deputy') => people.filter((p) => p.roles.some((r) => r.role === role && r.unit === unit.id));
    const chiefs = holders('chef').length ? holders('chef') : holders('deputy');
    if (chiefs.length === 0) withoutChief.push(unit);
    for (const person of chiefs) {
      const entry = byPerson.get(person.id) ?? { person, units: [] };
      entry.units.push(unit);
      byPerson.set(person.id, entry);
    }
  }
  return { plan: [...byPerson.values()], withoutChief };
}

/**
 * Sends the reminders, a few at a time (each to its own chat, so Teams' per-conversation limits hold
 * and a card action still answers in seconds), waits for all, and says how it went, in plan order.
 */
export async function sendReminders(
  notifier: Notifier,
  kommun: string,
  planned: { plan: ReminderPlan[]; withoutChief: Unit[] },
  message: (entry: ReminderPlan) => NotifyMessage,
  concurrency = 4,
): Promise<ReminderOutcome> {
  const results: NotifyOutcome[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < planned.plan.length; i = next++) {
      results[i] = await notifier.notifyPerson(kommun, planned.plan[i].person, message(planned.plan[i]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, planned.plan.length) }, worker));
  const who = (wanted: NotifyOutcome) => planned.plan.filter((_, i) => results[i] === wanted).map((e) => e.person);
  return { sent: who('sent'), noReference: who('no_reference'), failed: who('failed'), withoutChief: planned.withoutChief };
}
