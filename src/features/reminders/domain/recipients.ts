import type { Assignee } from '../../../kernel/deadlines/Deadline';
import type { OrgIndex } from '../../../kernel/org/OrgIndex';
import type { Person, Role } from '../../../kernel/org/orgSchema';
import { unitLeads } from '../../../kernel/org/unitLeads';

/** A person to remind and in which role ("chef", "ledamot", "förvaltningschef" …). */
export interface Recipient {
  person: Person;
  role: Role['role'];
  /** The assignee this person answers for, as completion keys name it ("unit:ekonomi"). */
  assignee: string;
}

const holding = (people: Person[], match: (r: Role) => boolean) => people.flatMap((p) => p.roles.filter(match).map((r) => ({ person: p, role: r.role })));

/**
 * Who must act for an assignee: a unit's chiefs (its deputies when it has no chief); a body's
 * ordförande, ledamöter and ersättare; named people as themselves.
 */
export function recipientsOf(assignee: Assignee, people: Person[]): Recipient[] {
  if (assignee.kind === 'unit') {
    return unitLeads(assignee.id, people).map((person) => ({ person, role: person.roles.find((r) => 'unit' in r && r.unit === assignee.id)!.role, assignee: `unit:${assignee.id}` }));
  }
  if (assignee.kind === 'body') {
    return holding(people, (r) => (r.role === 'ordforande' || r.role === 'ledamot' || r.role === 'ersattare') && r.body === assignee.id).map((w) => ({ ...w, assignee: `body:${assignee.id}` }));
  }
  const wanted = new Set(assignee.ids);
  return people.filter((p) => wanted.has(p.id)).map((person) => ({ person, role: person.roles[0]?.role ?? 'ledamot', assignee: `person:${person.id}` }));
}

/** The förvaltningschefer over a unit (escalation of an overdue report). */
export function escalationOf(unitId: string, org: OrgIndex, people: Person[]): Person[] {
  const administration = org.units.get(unitId)?.administration;
  return administration ? people.filter((p) => p.roles.some((r) => r.role === 'forvaltningschef' && r.administration === administration)) : [];
}

/** The bodies a secretary follows: their own, or every body when they are the kommun's secretary. */
export function secretaryBodies(person: Person, org: OrgIndex): string[] {
  const roles = person.roles.filter((r): r is Extract<Role, { role: 'secretary' }> => r.role === 'secretary');
  if (roles.some((r) => !r.body)) return [...org.bodies.keys()];
  return roles.map((r) => r.body!);
}

/** The body an assignee belongs to (a unit's nämnd), for secretaries' digests. */
export function bodyOfAssignee(assignee: Assignee, org: OrgIndex): string | undefined {
  if (assignee.kind === 'body') return assignee.id;
  if (assignee.kind === 'unit') return org.bodyOfUnit(assignee.id);
  return undefined;
}
