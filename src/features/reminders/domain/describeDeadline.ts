import type { WorkingCalendar } from '../../../kernel/calendar/WorkingCalendar';
import type { Deadline } from '../../../kernel/deadlines/Deadline';
import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import { daysBetween } from '../../../shared/days';
import { formatDay } from '../../../shared/swedishTime';
import { inert } from '../../../shared/text';
import { kindPlural, type ReminderItem } from '../cards/reminderCard';

const weekday = new Intl.DateTimeFormat('sv-SE', { weekday: 'long', timeZone: 'UTC' });
const dayName = (day: string) => weekday.format(new Date(`${day}T12:00:00Z`));

/** "Senast fredag 15 maj 2026 – om 7 dagar." or, when late, "Skulle ha varit klart … – 2 arbetsdagar sedan." */
export function dueLine(due: string, today: string, calendar: WorkingCalendar): Pick<ReminderItem, 'dueLine' | 'dueColor'> {
  const days = daysBetween(today, due);
  if (days < 0) {
    let late = 0;
    for (let d = due; d < today; d = calendar.addWorkingDays(d, 1)) late++;
    return { dueLine: `Skulle ha varit klart ${dayName(due)} ${formatDay(due)} – ${late === 1 ? '1 arbetsdag' : `${late} arbetsdagar`} sedan.`, dueColor: 'Attention' };
  }
  const when = days === 0 ? 'i dag' : days === 1 ? 'i morgon' : `om ${days} dagar`;
  return { dueLine: `Senast ${dayName(due)} ${formatDay(due)} – ${when}.`, dueColor: days <= 1 ? 'Accent' : 'Default' };
}

/** A deadline as a card item: what, by when, why (with the model's document and section), the next step. */
export function describeDeadline(d: Deadline, ctx: { today: string; calendar: WorkingCalendar; pack?: KnowledgePack; personal: boolean; progress?: string }): ReminderItem {
  const document = d.reference && ctx.pack?.documents.find((doc) => doc.id === d.reference!.document)?.title;
  return {
    deadline: d.id,
    title: d.source === 'admin' ? inert(d.title) : d.title,
    ...dueLine(d.due, ctx.today, ctx.calendar),
    dueNote: d.dueNote && (d.source === 'admin' ? inert(d.dueNote) : d.dueNote),
    progress: ctx.progress,
    why: d.why && (d.source === 'admin' ? inert(d.why) : d.why),
    source: d.reference && `${document ?? d.reference.document} – ${d.reference.section}`,
    next: d.next,
    personal: ctx.personal,
    kind: d.kind,
    kindPlural: kindPlural[d.kind],
  };
}
