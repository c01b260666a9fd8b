import { createHash } from 'node:crypto';
import type { UnitStatus } from '../../../kernel/forms/statusSummary';
import type { Delivery, NewDelivery } from '../../../kernel/jobs/Delivery';
import type { Person, Unit } from '../../../kernel/org/orgSchema';
import { unitLeads } from '../../../kernel/org/unitLeads';

/** The queue topic of "Påminn" on the status card (composed by remindTopic). */
export const remindTopicName = 'followup.remind';

/** One person to remind and the units they have not submitted for. */
export interface ReminderPlan {
  person: Person;
  units: Unit[];
}

/** Whom to remind: each missing unit's chiefs, or its deputies when it has no chief; one entry per person. */
export function planReminders(missing: UnitStatus[], people: Person[]): { plan: ReminderPlan[]; withoutChief: Unit[] } {
  const byPerson = new Map<string, ReminderPlan>();
  const withoutChief: Unit[] = [];
  for (const { unit } of missing) {
    const leads = unitLeads(unit.id, people);
    if (leads.length === 0) withoutChief.push(unit);
    for (const person of leads) {
      const entry = byPerson.get(person.id) ?? { person, units: [] };
      entry.units.push(unit);
      byPerson.set(person.id, entry);
    }
  }
  return { plan: [...byPerson.values()], withoutChief };
}

/** What a "Påminn" delivery carries. */
export interface RemindData {
  period: string;
  year: number;
  units: string[];
  sender: string;
}

/**
 * The plan as queue deliveries, one per person and day: a second press the same day finds the same
 * records (already sent, or on their way) and sends nothing twice.
 */
export function remindDeliveries(plan: ReminderPlan[], ref: { period: string; year: number; day: string; notBefore: string; sender: string }): NewDelivery[] {
  return plan.map((e) => ({
    id: `p-${createHash('sha256').update([ref.period, ref.year, e.person.id, ref.day].join('\u0000')).digest('base64url').slice(0, 24)}`,
    topic: remindTopicName,
    person: e.person.id,
    aadObjectId: e.person.aadObjectId,
    date: ref.day,
    notBefore: ref.notBefore,
    window: 'any',
    data: { period: ref.period, year: ref.year, units: e.units.map((u) => u.id), sender: ref.sender } satisfies RemindData,
  }));
}

export interface ReminderOutcome {
  sent: Person[];
  /** Still in the queue (Teams is pacing the sends, or a retry is due): they go out without anyone pressing again. */
  waiting: Person[];
  /** Never opened a personal chat with the bot (not installed): cannot be reached proactively. */
  noReference: Person[];
  failed: Person[];
  /** The unit submitted before the reminder went out. */
  skipped: Person[];
  /** Missing units without any chief or deputy in the organisation file. */
  withoutChief: Unit[];
}

/** The deliveries' statuses, told per person in plan order. */
export function outcomeOf(plan: ReminderPlan[], deliveries: Delivery[], withoutChief: Unit[]): ReminderOutcome {
  const status = new Map(deliveries.map((d) => [d.person, d.status]));
  const who = (...wanted: string[]) => plan.filter((e) => wanted.includes(status.get(e.person.id) ?? 'waiting')).map((e) => e.person);
  return { sent: who('sent'), waiting: who('waiting', 'sending'), noReference: who('no_reference'), failed: who('failed', 'blocked'), skipped: who('skipped', 'cancelled'), withoutChief };
}
