import type { OrgStructure, Person, Role } from '../../../kernel/org/orgSchema';
import type { Participant } from './DialogueMeeting';

/** One option of the participants field: a role in a body (expanded to people when booked) or a person. */
export interface ParticipantChoice {
  value: string;
  title: string;
}

/** People offered by name at most (a card with thousands of choices would pass Teams' size limit); roles reach the rest. */
export const maxPeopleChoices = 150;

const members = new Set<Role['role']>(['ordforande', 'ledamot', 'ersattare']);

/** Who holds a role option ("role:members:bun") in the organisation now. */
function holdersOf(value: string, org: OrgStructure, people: Person[]): Person[] {
  const [, what, body] = value.split(':');
  const administrations = new Set(org.administrations.filter((a) => a.body === body).map((a) => a.id));
  const match = (r: Role): boolean => {
    if (what === 'members') return members.has(r.role) && 'body' in r && r.body === body;
    if (what === 'chiefs') return r.role === 'forvaltningschef' && administrations.has(r.administration);
    if (what === 'secretaries') return r.role === 'secretary' && (!r.body || r.body === body);
    return false;
  };
  return people.filter((p) => p.roles.some(match));
}

/** Roles per body (politicians and officials), then people with a role in the organisation, by name. */
export function participantChoices(org: OrgStructure, people: Person[]): ParticipantChoice[] {
  const roles = org.bodies.flatMap((b) => [
    { value: `role:members:${b.id}`, title: `Roll: ledamöter och ersättare i ${b.name}` },
    { value: `role:chiefs:${b.id}`, title: `Roll: förvaltningschef under ${b.name}` },
    { value: `role:secretaries:${b.id}`, title: `Roll: sekreterare för ${b.name}` },
  ]);
  const persons = people.filter((p) => p.roles.length > 0).slice(0, maxPeopleChoices).map((p) => ({ value: `person:${p.id}`, title: p.name }));
  return [...roles, ...persons];
}

/** The people the chosen options mean now ("person:x" and roles), each once, by name. */
export function resolveParticipants(values: string[], org: OrgStructure, people: Person[]): Participant[] {
  const chosen = new Map<string, Person>();
  for (const value of values) {
    const found = value.startsWith('person:') ? people.filter((p) => p.id === value.slice(7)) : holdersOf(value, org, people);
    for (const p of found) chosen.set(p.id, p);
  }
  return [...chosen.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((p) => ({ id: p.id, name: p.name }));
}
