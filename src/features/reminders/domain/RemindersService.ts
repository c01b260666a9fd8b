import type { WorkingCalendar } from '../../../kernel/calendar/WorkingCalendar';
import type { Deadline, DeadlineSource } from '../../../kernel/deadlines/Deadline';
import type { DeadlineStore } from '../../../kernel/deadlines/DeadlineStore';
import type { NewDelivery } from '../../../kernel/jobs/Delivery';
import type { DeliveryQueue, PlanCounts } from '../../../kernel/jobs/DeliveryQueue';
import { orgIndex } from '../../../kernel/org/OrgIndex';
import type { OrgRepository } from '../../../kernel/org/OrgRepository';
import type { Logger } from '../../../shared/logger';
import { eachDay } from '../../../shared/days';
import { swedishDay } from '../../../shared/swedishTime';
import type { ReminderSettings } from './leads';
import { planReminders, type PlanInput, type PlannedReminder } from './planner';
import type { ReminderPrefsRepository } from './ReminderPrefs';

/** The topic of reminder deliveries in the queue (composed by reminderTopic). */
export const reminderTopicName = 'reminder';

/** What a reminder delivery carries, so it can be composed and listed without the planner. */
export interface ReminderData {
  deadline?: string;
  title: string;
  due: string;
  lead: string;
  kind: string;
  role: string;
  assignee?: string;
}

export interface RemindersDeps {
  deadlines: DeadlineStore;
  sources: () => DeadlineSource[];
  org: OrgRepository;
  prefs: ReminderPrefsRepository;
  queue: DeliveryQueue;
  calendar: WorkingCalendar;
  settings: ReminderSettings;
  clock: () => Date;
  logger: Logger;
}

/** How often the sources are read again for a kommun (a unit's submission is seen at send time anyway). */
const syncEveryMs = 10 * 60_000;

/** The reminder use cases: bring deadlines up to date, plan days, and put today's plan in the queue. */
export class RemindersService {
  private readonly synced = new Map<string, number>();

  constructor(readonly deps: RemindersDeps) {}

  /** Years whose deadlines matter around a day: last year's year-end reports are due in this one. */
  yearsAround(day: string): number[] {
    const y = Number(day.slice(0, 4));
    return [y - 1, y, y + 1];
  }

  /** Writes every source's deadlines of these years into the store (at most every ten minutes unless forced). */
  async syncDeadlines(kommun: string, years: number[], force = false): Promise<void> {
    const key = `${kommun}:${years.join(',')}`;
    const now = this.deps.clock().getTime();
    if (!force && now - (this.synced.get(key) ?? 0) < syncEveryMs) return;
    for (const source of this.deps.sources()) {
      for (const year of years) await this.deps.deadlines.sync(kommun, source.name, year, await source.deadlines(kommun, year));
    }
    this.synced.set(key, now);
  }

  /** Everything the planner reads, for the deadlines of these years. */
  async planInput(kommun: string, years: number[]): Promise<PlanInput | undefined> {
    const [structure, people, deadlines, prefs] = await Promise.all([
      this.deps.org.getStructure(kommun),
      this.deps.org.listPeople(kommun),
      this.deps.deadlines.ofYears(kommun, years),
      this.deps.prefs.all(kommun),
    ]);
    if (!structure) return undefined;
    return { deadlines, org: orgIndex(structure), people, completed: await this.completed(kommun, deadlines), prefs, calendar: this.deps.calendar, settings: this.deps.settings };
  }

  /** Per deadline, the assignees that are done, asked of each deadline's own source. */
  async completed(kommun: string, deadlines: Deadline[]): Promise<Map<string, Set<string>>> {
    const done = new Map<string, Set<string>>();
    const active = deadlines.filter((d) => d.status === 'active');
    for (const source of this.deps.sources()) {
      if (!source.completed) continue;
      const mine = active.filter((d) => d.source === source.name);
      if (mine.length) for (const [id, keys] of await source.completed(kommun, mine)) done.set(id, keys);
    }
    return done;
  }

  /** The reminders planned for the days from `from` to `to` (nothing is written but the deadlines). */
  async plan(kommun: string, from: string, to: string): Promise<PlannedReminder[]> {
    const years = [...new Set([...this.yearsAround(from), ...this.yearsAround(to)])];
    await this.syncDeadlines(kommun, years);
    const input = await this.planInput(kommun, years);
    return input ? planReminders(input, from, to) : [];
  }

  /**
   * Puts a day's reminders in the queue (deterministic ids: planning twice changes nothing), with the two
   * working days before it as catch-up, so a reminder planned while the bot was down still goes out.
   */
  async queueDay(kommun: string, day = swedishDay(this.deps.clock())): Promise<PlanCounts> {
    const { calendar } = this.deps;
    const from = calendar.addWorkingDays(day, -2);
    const planned = await this.plan(kommun, from, day);
    const deliveries: NewDelivery[] = planned.map((r) => toDelivery(r, day, calendar.opensAt(day).toISOString()));
    const counts = await this.deps.queue.plan(kommun, deliveries, { topic: reminderTopicName, dates: eachDay(from, day) });
    if (counts.created + counts.updated + counts.cancelled) this.deps.logger.info({ event: 'reminders_queued', kommun, day, ...counts }, 'reminders planned');
    return counts;
  }
}

function toDelivery(r: PlannedReminder, day: string, notBefore: string): NewDelivery {
  const data: ReminderData = { deadline: r.deadline?.id, title: r.deadline?.title ?? 'Veckosammanfattning', due: r.due, lead: r.lead, kind: r.kind, role: r.role, assignee: r.assignee };
  return { id: r.id, topic: reminderTopicName, person: r.person.id, aadObjectId: r.person.aadObjectId, date: day, notBefore, window: 'working', group: r.group, data: { ...data } };
}
