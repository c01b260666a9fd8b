import { holds, isAdmin } from '../../../kernel/org/access';
import type { OrgBody, OrgStructure, Person } from '../../../kernel/org/orgSchema';
import type { DialogueMeeting } from './DialogueMeeting';

/**
 * Who organises a body's dialogue meetings (books and documents them): the body's secretary (or a
 * kommun-wide one), its ordförande, the förvaltningschef of a förvaltning under it, and admins.
 */
export function mayOrganise(p: Person | undefined, org: OrgStructure, body: string): boolean {
  if (!p) return false;
  if (isAdmin(p) || holds(p, ['bodySecretary', 'bodyChair'], { body })) return true;
  return org.administrations.some((a) => a.body === body && holds(p, ['administrationChief'], { administration: a.id }));
}

/** The bodies whose meetings the person may book. */
export const organisableBodies = (p: Person | undefined, org: OrgStructure): OrgBody[] => org.bodies.filter((b) => mayOrganise(p, org, b.id));

/** Whether the person is invited to the meeting. */
export const isParticipant = (p: Person | undefined, meeting: DialogueMeeting): boolean => Boolean(p && meeting.participants.some((x) => x.id === p.id));

/** Participants and organisers see a booked meeting; a draft only its organisers. Everyone else sees nothing. */
export function maySee(p: Person | undefined, org: OrgStructure, meeting: DialogueMeeting): boolean {
  return mayOrganise(p, org, meeting.body) || (meeting.state === 'submitted' && isParticipant(p, meeting));
}
