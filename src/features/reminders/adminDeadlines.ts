import { z } from 'zod';
import { renderCard, type AdaptiveCardJson, type Notice } from '../../kernel/cards/renderCard';
import type { Assignee, Deadline } from '../../kernel/deadlines/Deadline';
import type { DeadlineChange } from '../../kernel/deadlines/DeadlineStore';
import { isAdmin } from '../../kernel/org/access';
import type { OrgStructure, Person } from '../../kernel/org/orgSchema';
import { defineCardAction, done, refuse, showCard, type ActionResult } from '../../kernel/turn/CardAction';
import { orgIndex } from '../../kernel/org/OrgIndex';
import type { Command } from '../../kernel/turn/Command';
import type { Turn } from '../../kernel/turn/Turn';
import { addDays } from '../../shared/days';
import { ConflictError } from '../../shared/errors';
import { formatDay, isCalendarDay, swedishDay } from '../../shared/swedishTime';
import { cleanText, inert } from '../../shared/text';
import { adminDeadline, findAssignee } from './domain/adminDeadline';
import { importDeadlines } from './fileImports';
import type { Lead } from './domain/leads';
import { bodyOfAssignee, secretaryBodies } from './domain/recipients';
import type { RemindersFeatureServices } from './services';

const sourceNames: Record<string, string> = { followup: 'Uppföljning', arshjul: 'Årshjulet', admin: 'Egen frist' };
const forbidden = 'Frister kan bara administratörer ändra.';

interface AddForm {
  title?: string;
  due?: string;
  who?: string;
  kind?: string;
  why?: string;
  errors: Partial<Record<'title' | 'due' | 'who', string>>;
}

const leadsText = (leads: Lead[]) => leads.map((l) => (l.working ? (l.count === 1 ? 'dagen före' : `${l.count} arbetsdagar före`) : `${l.count} dagar före`)).join(', ');

function whoText(d: Deadline, org: OrgStructure | undefined, people: Person[]): string {
  if (d.assignees.length > 1 && d.assignees.every((a) => a.kind === 'unit')) return `alla enheter (${d.assignees.length})`;
  return d.assignees
    .map((a) => (a.kind === 'unit' ? org?.units.find((u) => u.id === a.id)?.name : a.kind === 'body' ? org?.bodies.find((b) => b.id === a.id)?.name : a.ids.map((id) => people.find((p) => p.id === id)?.name ?? id).join(', ')) ?? '?')
    .join(', ');
}

/** The admin's view: deadlines from a week ago to 60 days ahead, each movable, closable and cancellable, and a form for a new one. */
export async function deadlinesCard(s: RemindersFeatureServices, kommun: string, notice?: Notice, form: AddForm = { errors: {} }): Promise<AdaptiveCardJson> {
  const today = swedishDay(s.clock());
  const [from, to] = [addDays(today, -7), addDays(today, 60)];
  await s.reminders.syncDeadlines(kommun, s.reminders.yearsAround(today));
  const [all, org, people] = await Promise.all([s.deadlines.ofYears(kommun, s.reminders.yearsAround(today)), s.org.getStructure(kommun), s.org.listPeople(kommun)]);
  const shown = all.filter((d) => d.status === 'active' && d.due >= from && d.due <= to).sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
  const items = shown.slice(0, 25).map((d, index) => ({
    index,
    id: d.id,
    due: d.due,
    title: d.source === 'admin' ? inert(d.title) : d.title,
    line: `${formatDay(d.due)} · ${sourceNames[d.source] ?? d.source} · ${whoText(d, org, people)}`,
    note: d.moved ? `Flyttad från ${formatDay(d.moved.from)} av ${inert(people.find((p) => p.id === d.moved!.by)?.name ?? d.moved.by)}.` : d.dueNote,
  }));
  const choices = [
    ...(org?.units ?? []).map((u) => ({ title: `Enhet: ${u.name}`, value: `unit:${u.id}` })),
    ...(org?.bodies ?? []).map((b) => ({ title: `Organ: ${b.name}`, value: `body:${b.id}` })),
    ...people.map((p) => ({ title: `Person: ${inert(p.name)}`, value: `person:${p.id}` })),
  ];
  return renderCard('reminders/deadlines', {
    range: `${formatDay(from)} – ${formatDay(to)}`,
    notice,
    items,
    choices,
    leads: { report: leadsText(s.reminders.deps.settings.leads.report), task: leadsText(s.reminders.deps.settings.leads.task) },
    form: { kind: 'task', ...form, errors: form.errors },
  });
}

/** `frister`: admins list, add, move, close and cancel deadlines. */
export function deadlinesCommand(s: RemindersFeatureServices): Command {
  return {
    name: 'frister',
    aliases: ['tidsfrister', 'deadlines'],
    usage: 'frister',
    description: 'Administratörer: kommande frister – lägg till, flytta, markera klara eller ställ in.',
    files: '**frister** med en CSV-fil (titel;datum;vem;typ;varför) – egna frister',
    async run(turn) {
      if (!isAdmin(turn.session.person)) return void (await turn.reply(forbidden));
      if (turn.files?.length) return importDeadlines(s, turn);
      await turn.reply({ card: await deadlinesCard(s, turn.session.kommun), summary: 'Frister' });
    },
  };
}

const addSchema = z.object({ title: z.string().max(500).optional(), due: z.string().max(40).optional(), who: z.string().max(200).optional(), kind: z.enum(['report', 'task']).optional(), why: z.string().max(2000).optional() }).passthrough();

/** Reads the add form; every problem next to its field, every typed value kept. */
function readAddForm(data: z.infer<typeof addSchema>, today: string, people: Person[], org: OrgStructure | undefined): { form: AddForm; assignee?: Assignee } {
  const form: AddForm = { title: data.title, due: data.due, who: data.who, kind: data.kind, why: data.why, errors: {} };
  const title = cleanText(data.title ?? '')?.trim();
  if (!title) form.errors.title = 'Skriv vad som ska göras.';
  else if (title.length > 120) form.errors.title = 'Högst 120 tecken.';
  if (!data.due || !isCalendarDay(data.due)) form.errors.due = 'Välj ett datum.';
  else if (data.due < today) form.errors.due = 'Datumet har redan varit.';
  const assignee = data.who ? findAssignee(data.who, org, people) : undefined;
  if (!assignee) form.errors.who = 'Välj vem som ska göra det.';
  return { form, assignee };
}

export function deadlineActions(s: RemindersFeatureServices) {
  const changed = async (turn: Turn, id: string, change: DeadlineChange, said: (d: Deadline) => string): Promise<ActionResult> => {
    const { kommun, person } = turn.session;
    if (!isAdmin(person)) return refuse(403, 'forbidden', forbidden);
    const d = await s.deadlines.change(kommun, id, change, person!.id);
    if (!d) return refuse(404, 'not_found', 'Fristen finns inte längre.');
    await s.reminders.queueDay(kommun);
    return showCard(await deadlinesCard(s, kommun, { text: said(d), color: 'Good' }));
  };

  const move = defineCardAction({
    verb: 'deadlines.move',
    schema: z.object({ deadline: z.string().min(1).max(200), field: z.string().regex(/^due_\d{1,3}$/) }).passthrough(),
    async handle(turn, data) {
      if (!isAdmin(turn.session.person)) return refuse(403, 'forbidden', forbidden);
      const due = (data as Record<string, unknown>)[data.field];
      if (typeof due !== 'string' || !isCalendarDay(due)) return showCard(await deadlinesCard(s, turn.session.kommun, { text: 'Välj ett giltigt datum för att flytta fristen.', color: 'Attention' }));
      return changed(turn, data.deadline, { kind: 'move', due }, (d) => `"${inert(d.title)}" är flyttad till ${formatDay(due)}. Påminnelser som inte har skickats följer med.`);
    },
  });
  /** Admins close any deadline; a secretary closes their own bodies' (from the weekly digest). */
  const close = defineCardAction({
    verb: 'deadlines.close',
    schema: z.object({ deadline: z.string().min(1).max(200) }),
    async handle(turn, data) {
      const { kommun, person } = turn.session;
      if (isAdmin(person)) return changed(turn, data.deadline, { kind: 'done' }, (d) => `"${inert(d.title)}" är markerad som klar. Inga fler påminnelser om den.`);
      const [d, org] = await Promise.all([s.deadlines.get(kommun, data.deadline), s.org.getStructure(kommun)]);
      if (!d || !org || !person) return refuse(404, 'not_found', 'Fristen finns inte längre.');
      const mine = new Set(secretaryBodies(person, orgIndex(org)));
      if (!person.roles.some((r) => r.role === 'secretary') || !d.assignees.some((a) => mine.has(bodyOfAssignee(a, orgIndex(org)) ?? ''))) return refuse(403, 'forbidden', 'Den fristen kan du inte markera som klar.');
      await s.deadlines.change(kommun, d.id, { kind: 'done' }, person.id);
      await s.reminders.queueDay(kommun);
      return done(`"${inert(d.title)}" är markerad som klar. Inga fler påminnelser om den.`);
    },
  });
  const cancel = defineCardAction({
    verb: 'deadlines.cancel',
    schema: z.object({ deadline: z.string().min(1).max(200) }),
    handle: (turn, data) => changed(turn, data.deadline, { kind: 'cancel' }, (d) => `"${inert(d.title)}" är inställd. Påminnelser som inte har skickats skickas inte.`),
  });
  const add = defineCardAction({
    verb: 'deadlines.add',
    schema: addSchema,
    async handle(turn, data) {
      const { kommun, person } = turn.session;
      if (!isAdmin(person)) return refuse(403, 'forbidden', forbidden);
      const [people, org] = await Promise.all([s.org.listPeople(kommun), s.org.getStructure(kommun)]);
      const { form, assignee } = readAddForm(data, swedishDay(s.clock()), people, org);
      if (Object.keys(form.errors).length || !assignee) return showCard(await deadlinesCard(s, kommun, { text: 'Fristen är inte sparad. Rätta det som är markerat.', color: 'Attention' }, form));
      const title = cleanText(form.title!)!.trim();
      const why = form.why ? cleanText(form.why)?.trim() : undefined;
      try {
        await s.deadlines.add(kommun, adminDeadline({ title, due: form.due!, assignee, kind: form.kind === 'report' ? 'report' : 'task', why: why || undefined }));
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
      }
      await s.reminders.queueDay(kommun);
      return showCard(await deadlinesCard(s, kommun, { text: `"${inert(title)}" är tillagd med sista dag ${formatDay(form.due!)}.`, color: 'Good' }));
    },
  });
  return [move, close, cancel, add];
}
