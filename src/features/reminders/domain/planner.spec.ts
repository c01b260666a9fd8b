import { WorkingCalendar } from '../../../kernel/calendar/WorkingCalendar';
import type { Deadline } from '../../../kernel/deadlines/Deadline';
import { OrgIndex } from '../../../kernel/org/OrgIndex';
import type { Person } from '../../../kernel/org/orgSchema';
import { parseLeads } from './leads';
import { planReminders, type PlanInput } from './planner';
import { noPrefs, type ReminderPrefs } from './ReminderPrefs';

const calendar = new WorkingCalendar();
const settings = { leads: parseLeads('report:28d,7d,1w;decision:7d,1w;task:7d,1w;meeting:7d,1w'), escalateAfterWorkingDays: 3, papersLeadDays: 14 };
const org = new OrgIndex({
  id: 'structure', tenant: 'k', sample: false, importedAt: '',
  bodies: [{ id: 'bun', name: 'BUN', kind: 'namnd' }],
  administrations: [{ id: 'buf', name: 'BUF', body: 'bun' }],
  units: [{ id: 'skola', name: 'Skolan', administration: 'buf' }, { id: 'fritid', name: 'Fritid', administration: 'buf' }],
});
const person = (id: string, roles: Person['roles']): Person => ({ id, tenant: 'k', name: id, roles });
const people = [
  person('chef', [{ role: 'chef', unit: 'skola' }]),
  person('deputy', [{ role: 'deputy', unit: 'fritid' }]),
  person('fc', [{ role: 'forvaltningschef', administration: 'buf' }]),
  person('ledamot', [{ role: 'ledamot', body: 'bun' }]),
  person('ordf', [{ role: 'ordforande', body: 'bun' }]),
  person('sekr', [{ role: 'secretary', body: 'bun' }]),
];
const deadline = (over: Partial<Deadline>): Deadline => ({
  id: 'followup:delar:2026', tenant: 'k', source: 'followup', kind: 'report', title: 'Lämna in Delårsrapport 2026', due: '2026-09-10', year: 2026,
  assignees: [{ kind: 'unit', id: 'skola' }, { kind: 'unit', id: 'fritid' }], escalate: true, status: 'active', updatedAt: '', ...over,
});
const input = (deadlines: Deadline[], more: Partial<PlanInput> = {}): PlanInput => ({ deadlines, org, people, completed: new Map(), prefs: new Map(), calendar, settings, ...more });
const rows = (p: ReturnType<typeof planReminders>) => p.map((r) => `${r.date} ${r.person.id} ${r.lead}`);
const prefs = (id: string, p: Partial<ReminderPrefs>) => new Map([[id, { ...noPrefs('k', id), ...p }]]);

describe('Reminder planner (pure)', () => {
  it('When a unit report is due, then its chief (else its deputy) gets 28 days, 7 days and one working day before, overdue the working day after, and the förvaltningschef after three working days', () => {
    const plan = planReminders(input([deadline({})]), '2026-08-01', '2026-09-30');
    expect(rows(plan).filter((r) => !r.includes('sekr'))).toEqual([
      '2026-08-13 chef 28d', '2026-08-13 deputy 28d',
      '2026-09-03 chef 7d', '2026-09-03 deputy 7d',
      '2026-09-09 chef 1d', '2026-09-09 deputy 1d',
      '2026-09-11 chef overdue', '2026-09-11 deputy overdue',
      '2026-09-15 fc escalation',
    ]);
    expect(plan.find((r) => r.person.id === 'fc')?.role).toBe('forvaltningschef');
  });

  it('When a lead lands on a weekend or holiday, then it moves to the working day before (midsommar, Christmas, New Year)', () => {
    // Due Monday 28 Dec: 7 days before is Monday 21 Dec; one working day before is Wednesday 23 Dec (24–27 are off).
    const plan = planReminders(input([deadline({ due: '2026-12-28', assignees: [{ kind: 'unit', id: 'skola' }], escalate: false })]), '2026-11-01', '2026-12-31');
    expect(rows(plan).filter((r) => r.includes('chef'))).toEqual(['2026-11-30 chef 28d', '2026-12-21 chef 7d', '2026-12-23 chef 1d']);
    // Due 26 June 2026: 7 days before is Friday 19 June, midsommarafton (off): Thursday 18 June.
    const summer = planReminders(input([deadline({ due: '2026-06-26', kind: 'task', assignees: [{ kind: 'unit', id: 'skola' }], escalate: false })]), '2026-06-01', '2026-06-30');
    expect(rows(summer).filter((r) => r.includes('chef'))).toEqual(['2026-06-18 chef 7d', '2026-06-25 chef 1d']);
  });

  it('When a unit has submitted, then nobody of it is reminded, and the förvaltningschef hears only of the missing unit', () => {
    const plan = planReminders(input([deadline({})], { completed: new Map([['followup:delar:2026', new Set(['unit:skola'])]]) }), '2026-08-01', '2026-09-30');
    expect(plan.some((r) => r.person.id === 'chef')).toBe(false);
    expect(plan.filter((r) => r.person.id === 'fc').map((r) => r.assignee)).toEqual(['unit:fritid']);
  });

  it('When a body must decide, then its ordförande and ledamöter get 7 days and one working day before, with no overdue reminders', () => {
    const plan = planReminders(input([deadline({ id: 'arshjul:ikp:2026:bun', source: 'arshjul', kind: 'decision', due: '2026-12-09', assignees: [{ kind: 'body', id: 'bun' }], escalate: false })]), '2026-11-01', '2026-12-31');
    expect(rows(plan).filter((r) => !r.includes('sekr'))).toEqual(['2026-12-02 ledamot 7d', '2026-12-02 ordf 7d', '2026-12-08 ledamot 1d', '2026-12-08 ordf 1d']);
  });

  it('When the deadline is moved, then the reminders follow the new day; when it is cancelled or done, there are none', () => {
    const moved = planReminders(input([deadline({ due: '2026-09-17', assignees: [{ kind: 'unit', id: 'skola' }], escalate: false })]), '2026-09-01', '2026-09-30');
    expect(rows(moved).filter((r) => r.includes('chef'))).toEqual(['2026-09-10 chef 7d', '2026-09-16 chef 1d']);
    for (const status of ['cancelled', 'done'] as const) expect(planReminders(input([deadline({ status })]), '2026-08-01', '2026-10-31')).toEqual([]);
  });

  it('When the same reminder is planned twice, then it has the same id; a moved deadline keeps the ids of its leads', () => {
    const a = planReminders(input([deadline({})]), '2026-09-01', '2026-09-30').map((r) => r.id);
    expect(planReminders(input([deadline({})]), '2026-09-01', '2026-09-30').map((r) => r.id)).toEqual(a);
    const moved = planReminders(input([deadline({ due: '2026-09-17' })]), '2026-09-01', '2026-09-30');
    expect(moved.find((r) => r.person.id === 'chef' && r.lead === '7d')?.id).toBe(planReminders(input([deadline({})]), '2026-09-01', '2026-09-30').find((r) => r.person.id === 'chef' && r.lead === '7d')?.id);
  });

  it('When a chief snoozed, marked done or opted out, then the planner honours it; a snooze brings one reminder on its day', () => {
    const snoozed = planReminders(input([deadline({})], { prefs: prefs('chef', { snoozed: { 'followup:delar:2026': '2026-09-07' } }) }), '2026-08-01', '2026-09-30').filter((r) => r.person.id === 'chef');
    expect(rows(snoozed)).toEqual(['2026-09-07 chef snooze', '2026-09-09 chef 1d', '2026-09-11 chef overdue']);
    expect(planReminders(input([deadline({})], { prefs: prefs('chef', { done: ['followup:delar:2026'] }) }), '2026-08-01', '2026-09-30').some((r) => r.person.id === 'chef')).toBe(false);
    expect(planReminders(input([deadline({})], { prefs: prefs('chef', { optOut: ['report'] }) }), '2026-08-01', '2026-09-30').some((r) => r.person.id === 'chef')).toBe(false);
  });

  it('When a person chose the weekly digest, then the reminders counting down go out on the week\'s first working day, the overdue one on its own day', () => {
    const plan = planReminders(input([deadline({})], { prefs: prefs('chef', { weeklyDigest: true }) }), '2026-08-01', '2026-09-30').filter((r) => r.person.id === 'chef');
    expect(rows(plan)).toEqual(['2026-08-10 chef 28d', '2026-08-31 chef 7d', '2026-09-07 chef 1d', '2026-09-11 chef overdue']);
    expect(plan.map((r) => r.group)).toEqual(['week:2026-08-10', 'week:2026-08-31', 'week:2026-09-07', 'day:2026-09-11']);
  });

  it('When a week begins, then the body\'s secretary gets a digest if something of theirs is due within two weeks or late', () => {
    const plan = planReminders(input([deadline({})]), '2026-08-24', '2026-09-30').filter((r) => r.person.id === 'sekr');
    expect(plan.map((r) => `${r.date} ${r.lead}`)).toEqual(['2026-08-31 digest', '2026-09-07 digest', '2026-09-14 digest', '2026-09-21 digest', '2026-09-28 digest']);
    const allIn = new Map([['followup:delar:2026', new Set(['unit:skola', 'unit:fritid'])]]);
    expect(planReminders(input([deadline({})], { completed: allIn }), '2026-08-24', '2026-09-30').filter((r) => r.person.id === 'sekr')).toEqual([]);
  });
});
