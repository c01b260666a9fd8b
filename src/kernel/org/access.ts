import { orgIndex } from './OrgIndex';
import type { OrgStructure, Person, Role } from './orgSchema';

/**
 * Role checks, used on every action (never only by hiding buttons). A feature states who may edit and
 * who may view its things as an AccessPolicy of relations; admins may do everything.
 */

/** How a person can stand to a thing placed in the organisation (ids of its unit, förvaltning and nämnd). */
export type Relation =
  /** chief or deputy of the unit */
  | 'unitLeader'
  /** förvaltningschef of the förvaltning */
  | 'administrationChief'
  /** secretary/controller of the nämnd, or kommun-wide */
  | 'bodySecretary'
  /** ordförande, ledamot or ersättare of the nämnd */
  | 'bodyMember'
  /** ordförande of the nämnd */
  | 'bodyChair';

/** Ids of where a thing belongs. */
export interface PlaceIds {
  unit?: string;
  administration?: string;
  body?: string;
}

/** Who may edit and who may view; editors may always view, admins may do everything. */
export interface AccessPolicy {
  edit: Relation[];
  view: Relation[];
}

export type Need = 'view' | 'edit';

export const isAdmin = (p: Person | undefined): boolean => Boolean(p?.roles.some((r) => r.role === 'admin'));

const members = new Set<Role['role']>(['ordforande', 'ledamot', 'ersattare']);

function holdsRole(r: Role, relation: Relation, at: PlaceIds): boolean {
  switch (relation) {
    case 'unitLeader':
      return (r.role === 'chef' || r.role === 'deputy') && at.unit !== undefined && r.unit === at.unit;
    case 'administrationChief':
      return r.role === 'forvaltningschef' && at.administration !== undefined && r.administration === at.administration;
    case 'bodySecretary':
      return r.role === 'secretary' && (!r.body || r.body === at.body);
    case 'bodyMember':
      return members.has(r.role) && 'body' in r && at.body !== undefined && r.body === at.body;
    case 'bodyChair':
      return r.role === 'ordforande' && at.body !== undefined && r.body === at.body;
  }
}

/** Whether the person stands in one of the relations to the place. */
export const holds = (p: Person | undefined, relations: Relation[], at: PlaceIds): boolean =>
  Boolean(p?.roles.some((r) => relations.some((rel) => holdsRole(r, rel, at))));

/** Whether the person may view or edit a thing placed at `at`, under the policy. */
export function allowed(p: Person | undefined, need: Need, at: PlaceIds, policy: AccessPolicy): boolean {
  if (!p) return false;
  if (isAdmin(p) || holds(p, policy.edit, at)) return true;
  return need === 'view' && holds(p, policy.view, at);
}

/** The ids of a unit's place (unit, its förvaltning and nämnd) in the structure. */
export function unitPlace(org: OrgStructure, unitId: string): PlaceIds {
  const placed = orgIndex(org).placeUnit(unitId);
  return { unit: unitId, administration: placed?.administration.id, body: placed?.body.id };
}

/** Units whose chief (or deputy) the person is. */
export const unitsLedBy = (p: Person | undefined): string[] => [
  ...new Set((p?.roles ?? []).flatMap((r) => (r.role === 'chef' || r.role === 'deputy' ? [r.unit] : []))),
];

/** Who may see status overviews: secretaries, förvaltningschefer, board members and admins. */
export function canSeeStatus(p: Person | undefined): boolean {
  return Boolean(p?.roles.some((r) => ['admin', 'secretary', 'forvaltningschef', 'ordforande', 'ledamot', 'ersattare'].includes(r.role)));
}
