import { createHash } from 'node:crypto';
import type { Assignee, DeadlineDraft } from '../../../kernel/deadlines/Deadline';
import type { OrgStructure, Person } from '../../../kernel/org/orgSchema';
import { foldName, namesItem } from '../../../shared/text';

/**
 * Who an admin means by "unit:ekonomi", "body:bun", "person:alex" (as the card's choices say it) or by a
 * name as typed in a file ("Ekonomienheten", "enhet:ekonomi"); undefined when nobody matches.
 */
export function findAssignee(text: string, org: OrgStructure | undefined, people: Person[]): Assignee | undefined {
  const [prefix, rest] = text.includes(':') ? [foldName(text.slice(0, text.indexOf(':'))), text.slice(text.indexOf(':') + 1).trim()] : ['', text.trim()];
  const wanted = foldName(rest);
  const match = (x: { id: string; name: string }) => namesItem(x, rest);
  if (['', 'unit', 'enhet'].includes(prefix)) {
    const unit = org?.units.find(match);
    if (unit) return { kind: 'unit', id: unit.id };
  }
  if (['', 'body', 'organ'].includes(prefix)) {
    const body = org?.bodies.find(match);
    if (body) return { kind: 'body', id: body.id };
  }
  if (['', 'person'].includes(prefix)) {
    const person = people.find((p) => match(p) || (p.email && foldName(p.email) === wanted));
    if (person) return { kind: 'people', ids: [person.id] };
  }
  return undefined;
}

/** An admin's deadline; the same title, day and assignee is the same deadline (a repeated press or import adds nothing). */
export function adminDeadline(input: { title: string; due: string; assignee: Assignee; kind: 'report' | 'task'; why?: string }): DeadlineDraft {
  const who = input.assignee.kind === 'people' ? `person:${input.assignee.ids.join(',')}` : `${input.assignee.kind}:${input.assignee.id}`;
  const key = createHash('sha256').update([input.title, input.due, who].join('\u0000')).digest('base64url').slice(0, 16);
  return { key, kind: input.kind, title: input.title, due: input.due, year: Number(input.due.slice(0, 4)), assignees: [input.assignee], why: input.why, escalate: input.assignee.kind === 'unit' };
}
