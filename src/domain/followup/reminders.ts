import type { Notifier, NotifyMessage } from '../notify/Notifier';
import type { Person, Unit } from '../org/orgSchema';
import type { UnitStatus } from './statusSummary';

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

/** Sends the reminders one after the other (the notifier paces itself) and says how it went. */
export async function sendReminders(
  notifier: Notifier,
  kommun: string,
  planned: { plan: ReminderPlan[]; withoutChief: Unit[] },
  message: (entry: ReminderPlan) => NotifyMessage,
): Promise<ReminderOutcome> {
  const outcome: ReminderOutcome = { sent: [], noReference: [], failed: [], withoutChief: planned.withoutChief };
  for (const entry of planned.plan) {
    const result = await notifier.notifyPerson(kommun, entry.person, message(entry));
    if (result === 'sent') outcome.sent.push(entry.person);
    else if (result === 'no_reference') outcome.noReference.push(entry.person);
    else outcome.failed.push(entry.person);
  }
  return outcome;
}
