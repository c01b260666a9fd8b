import { createHash } from 'node:crypto';
import type { WorkingCalendar } from '../../../kernel/calendar/WorkingCalendar';
import type { Deadline, ReminderKind } from '../../../kernel/deadlines/Deadline';
import { assigneeKeys } from '../../../kernel/deadlines/Deadline';
import type { OrgIndex } from '../../../kernel/org/OrgIndex';
import type { Person } from '../../../kernel/org/orgSchema';
import { addDays, eachDay } from '../../../shared/days';
import { leadLabel, type ReminderSettings } from './leads';
import { noPrefs, type ReminderPrefs } from './ReminderPrefs';
import { bodyOfAssignee, escalationOf, recipientsOf, secretaryBodies } from './recipients';

/** One reminder the planner wants sent: to whom, on which day, about what, and why then (the lead). */
export interface PlannedReminder {
  id: string;
  /** YYYY-MM-DD it goes out. */
  date: string;
  person: Person;
  role: string;
  kind: ReminderKind | 'digest';
  /** The deadline (absent for a secretary's digest, which lists several). */
  deadline?: Deadline;
  /** The completion key the person answers for ("unit:ekonomi"). */
  assignee?: string;
  due: string;
  /** "28d", "7d", "1d", "overdue", "escalation", "snooze" or "digest". */
  lead: string;
  /** Reminders with the same group go out as one message: "day:<date>", or "week:<date>" with a weekly digest. */
  group?: string;
}

export interface PlanInput {
  deadlines: Deadline[];
  org: OrgIndex;
  people: Person[];
  /** Per deadline id, the assignee keys that are done (a unit submitted). */
  completed: Map<string, Set<string>>;
  prefs: Map<string, ReminderPrefs>;
  calendar: WorkingCalendar;
  settings: ReminderSettings;
}

/** Days ahead a secretary's Monday digest looks, and how far back it still lists what is late. */
const digestAhead = 14;
const digestLateFor = 30;

/** A delivery id from what makes a reminder itself: the same reminder always gets the same id. */
export const reminderId = (...parts: string[]) => `r-${createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 24)}`;

/**
 * The reminders due on the days from `from` to `to` (pure: the same input gives the same plan). Leads
 * land on working days (a calendar-day lead on a weekend moves to the working day before); an overdue
 * unit report gets one reminder the working day after, then goes to the förvaltningschef; snoozes,
 * opt-outs, "Klart" and weekly digests are the person's own choices.
 */
export function planReminders(input: PlanInput, from: string, to: string): PlannedReminder[] {
  const { calendar, settings } = input;
  const planned = new Map<string, PlannedReminder>();
  const add = (r: Omit<PlannedReminder, 'id' | 'group'>, prefs: ReminderPrefs) => {
    // A person's reminders of one day go out as one message; with a weekly digest, those counting down
    // to a deadline are gathered on the week's first working day (late ones and snoozes keep their day).
    const weekly = prefs.weeklyDigest && /^\d+d$/.test(r.lead);
    const date = weekly ? calendar.firstWorkingDayOfWeek(r.date) : r.date;
    const group = weekly ? `week:${date}` : `day:${date}`;
    if (date < from || date > to) return;
    const key = `${r.deadline?.id}|${r.person.id}|${date}`;
    if (planned.has(key)) return; // two leads on one day: one reminder
    planned.set(key, { ...r, date, group, id: reminderId(r.deadline?.id ?? 'digest', r.person.id, r.lead === 'snooze' || r.lead === 'digest' ? `${r.lead}:${date}` : r.lead) });
  };
  const prefsOf = (p: Person) => input.prefs.get(p.id) ?? noPrefs('', p.id);

  for (const deadline of input.deadlines) {
    if (deadline.status !== 'active') continue;
    const done = input.completed.get(deadline.id) ?? new Set<string>();
    const leadDays = settings.leads[deadline.kind].map((lead) => ({
      lead: leadLabel(lead),
      date: lead.working ? calendar.addWorkingDays(deadline.due, -lead.count) : calendar.onOrBefore(addDays(deadline.due, -lead.count)),
    }));
    for (const assignee of deadline.assignees) {
      for (const recipient of recipientsOf(assignee, input.people)) {
        if (done.has(recipient.assignee) || assigneeKeys(assignee).every((k) => done.has(k))) continue;
        const prefs = prefsOf(recipient.person);
        if (prefs.optOut.includes(deadline.kind) || prefs.done.includes(deadline.id)) continue;
        const snooze = prefs.snoozed[deadline.id];
        const base = { person: recipient.person, role: recipient.role, kind: deadline.kind, deadline, assignee: recipient.assignee, due: deadline.due };
        const leads = [...leadDays, ...(deadline.escalate && assignee.kind === 'unit' ? [{ lead: 'overdue', date: calendar.addWorkingDays(deadline.due, 1) }] : [])];
        for (const l of leads) if (!snooze || l.date >= snooze) add({ ...base, ...l }, prefs);
        if (snooze) add({ ...base, lead: 'snooze', date: calendar.onOrAfter(snooze) }, prefs);
      }
      if (deadline.escalate && assignee.kind === 'unit' && !done.has(`unit:${assignee.id}`)) {
        const date = calendar.addWorkingDays(deadline.due, settings.escalateAfterWorkingDays);
        for (const person of escalationOf(assignee.id, input.org, input.people)) {
          const prefs = prefsOf(person);
          if (prefs.optOut.includes(deadline.kind) || prefs.done.includes(deadline.id)) continue;
          add({ person, role: 'forvaltningschef', kind: deadline.kind, deadline, assignee: `unit:${assignee.id}`, due: deadline.due, lead: 'escalation', date }, prefs);
        }
      }
    }
  }
  for (const r of secretaryDigests(input, from, to)) planned.set(r.id, r);
  return [...planned.values()].sort((a, b) => a.date.localeCompare(b.date) || a.person.id.localeCompare(b.person.id) || a.lead.localeCompare(b.lead));
}

/** What a secretary's digest on `day` lists: their bodies' open deadlines due within two weeks or late. */
export function digestItems(input: PlanInput, secretary: Person, day: string): Deadline[] {
  const bodies = new Set(secretaryBodies(secretary, input.org));
  return input.deadlines
    .filter((d) => d.status === 'active' && d.due <= addDays(day, digestAhead) && d.due >= addDays(day, -digestLateFor))
    .filter((d) => d.assignees.some((a) => bodies.has(bodyOfAssignee(a, input.org) ?? '') && !assigneeKeys(a).every((k) => input.completed.get(d.id)?.has(k))))
    .sort((a, b) => a.due.localeCompare(b.due));
}

/** Each secretary's digest on the first working day of each week in the range, when there is something to say. */
function secretaryDigests(input: PlanInput, from: string, to: string): PlannedReminder[] {
  const secretaries = input.people.filter((p) => p.roles.some((r) => r.role === 'secretary'));
  const days = eachDay(from, to).filter((d) => input.calendar.isWorkingDay(d) && input.calendar.firstWorkingDayOfWeek(d) === d);
  return days.flatMap((day) =>
    secretaries.flatMap((person) => {
      if ((input.prefs.get(person.id)?.optOut ?? []).includes('digest')) return [];
      const items = digestItems(input, person, day);
      if (items.length === 0) return [];
      return [{ id: reminderId('digest', person.id, `digest:${day}`), date: day, person, role: 'secretary', kind: 'digest' as const, due: items[0].due, lead: 'digest' }];
    }),
  );
}
