import type { WorkingCalendar } from '../../../kernel/calendar/WorkingCalendar';
import type { DeadlineDraft, DeadlineSource } from '../../../kernel/deadlines/Deadline';
import type { Meeting, MeetingCalendar } from '../../../kernel/deadlines/MeetingCalendar';
import type { PackRegistry } from '../../../kernel/knowledge/PackRegistry';
import type { Decision } from '../../../kernel/knowledge/packSchema';
import { monthNames } from '../../../kernel/knowledge/swedishMonths';
import type { OrgRepository } from '../../../kernel/org/OrgRepository';
import { addDays } from '../../../shared/days';
import { formatDay } from '../../../shared/swedishTime';
import { joinList } from '../../../shared/text';
import { modelBodies } from '../../../kernel/knowledge/modelBodies';

/** Sweden elects its councils in September every fourth year (2022, 2026, 2030 …). */
const isElectionYear = (year: number) => year % 4 === 2;

/** Whether a decision made only some years is made in this one; "vid behov" and unknown conditions never plan. */
export function decidedIn(decision: Decision, year: number): boolean {
  if (!decision.onlyWhen) return true;
  const when = decision.onlyWhen.toLowerCase();
  if (when === 'valår') return isElectionYear(year);
  if (when === 'året efter valår') return isElectionYear(year - 1);
  return false;
}

/**
 * The annual cycle as deadlines: each decision of the governance model that names a month and a body
 * becomes, for each organisation body it means, "decide X at the meeting in that month" — at the body's
 * meeting from its imported calendar, papers due a set number of days before; without a calendar, by
 * the last working day of the month, said to be a default.
 */
export function arshjulSource(deps: { packs: PackRegistry; org: OrgRepository; meetings: MeetingCalendar; calendar: WorkingCalendar; papersLeadDays: number }): DeadlineSource {
  return {
    name: 'arshjul',
    async deadlines(kommun, year) {
      if (!deps.packs.has(kommun)) return [];
      const pack = deps.packs.get(kommun);
      const structure = await deps.org.getStructure(kommun);
      if (!structure) return [];
      const meant = modelBodies(pack.bodies, structure.bodies);
      const meetings = await deps.meetings.all(kommun);
      const modelName = (id: string) => pack.bodies.find((b) => b.id === id)?.name.toLowerCase() ?? id;
      const drafts: DeadlineDraft[] = [];
      for (const decision of pack.decisions) {
        if (decision.months.length === 0 || !decidedIn(decision, year)) continue;
        const month = decision.months[decision.months.length - 1];
        const dueYear = month < decision.months[0] ? year + 1 : year;
        const why = `${decision.subject} ${decision.verb} av ${joinList(decision.decidedBy.map(modelName))}${decision.when ? ` ${decision.when}` : ''}.`;
        for (const bodyId of new Set(decision.decidedBy.flatMap((b) => meant.get(b) ?? []))) {
          const body = structure.bodies.find((b) => b.id === bodyId)!;
          const date = dueDate(meetings.filter((m) => m.body === bodyId), dueYear, month, deps.calendar, deps.papersLeadDays, body.name);
          drafts.push({
            key: `${decision.id}:${year}:${bodyId}`,
            kind: 'decision',
            title: `${decision.subject} – beslut i ${body.name}`,
            due: date.due,
            dueNote: date.note,
            year,
            assignees: [{ kind: 'body', id: bodyId }],
            why,
            reference: decision.source,
            next: { title: `Årshjulet i ${monthNames[month - 1]}`, verb: 'run', data: { command: `årshjul ${monthNames[month - 1]}` } },
            escalate: false,
          });
        }
      }
      return drafts;
    },
  };
}

/** The body's last meeting in the month, or the month's last working day as a stated default. */
function dueDate(meetings: Meeting[], year: number, month: number, calendar: WorkingCalendar, papersLeadDays: number, bodyName: string): { due: string; note: string } {
  const prefix = `${year}-${String(month).padStart(2, '0')}`;
  const meeting = meetings.filter((m) => m.date.startsWith(prefix)).at(-1);
  if (meeting) {
    const papers = calendar.onOrBefore(addDays(meeting.date, -papersLeadDays));
    return { due: meeting.date, note: `Vid sammanträdet ${formatDay(meeting.date)}${meeting.time ? ` kl. ${meeting.time}` : ''}; handlingar senast ${formatDay(papers)}.` };
  }
  const due = calendar.lastWorkingDayOfMonth(year, month);
  return { due, note: `Standarddatum: sista arbetsdagen i ${monthNames[month - 1]}. Inget sammanträde i ${monthNames[month - 1]} finns inläst för ${bodyName}.` };
}
