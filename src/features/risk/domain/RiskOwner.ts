import { holds, isAdmin, type Need } from '../../../kernel/org/access';
import type { OrgStructure, Person } from '../../../kernel/org/orgSchema';
import { byIdOrName } from '../../../shared/text';

/** Whose risks: a body (nämnd/styrelse) or a förvaltning, written "b-<id>" / "f-<id>" in ids and card data. */
export interface RiskOwner {
  key: string;
  kind: 'body' | 'administration';
  id: string;
  name: string;
  /** The body the owner answers to (the förvaltning's nämnd). */
  body: string;
  /** The förvaltningar and units under the owner. */
  administrations: string[];
  units: string[];
}

export const ownerKeyPattern = /^[bf]-[A-Za-z0-9._-]{1,100}$/;

/** The owner a key names in this organisation, or undefined. */
export function ownerOf(org: OrgStructure, key: string): RiskOwner | undefined {
  const id = key.slice(2);
  if (key.startsWith('b-')) {
    const body = org.bodies.find((b) => b.id === id);
    if (!body) return undefined;
    const administrations = org.administrations.filter((a) => a.body === id).map((a) => a.id);
    return { key, kind: 'body', id, name: body.name, body: id, administrations, units: org.units.filter((u) => administrations.includes(u.administration)).map((u) => u.id) };
  }
  const adm = org.administrations.find((a) => a.id === id);
  if (!adm) return undefined;
  return { key, kind: 'administration', id, name: adm.name, body: adm.body, administrations: [id], units: org.units.filter((u) => u.administration === id).map((u) => u.id) };
}

/** An owner by what a user typed: a body's or förvaltning's id or name. */
export function findOwner(org: OrgStructure, text: string): RiskOwner | undefined {
  const body = byIdOrName(org.bodies, text);
  if (body) return ownerOf(org, `b-${body.id}`);
  const adm = byIdOrName(org.administrations, text);
  return adm && ownerOf(org, `f-${adm.id}`);
}

/** The owners a person works with, most specific first: their förvaltning, then their nämnd. */
export function ownersOf(org: OrgStructure, p: Person | undefined): RiskOwner[] {
  const keys = new Set<string>();
  for (const r of p?.roles ?? []) {
    if (r.role === 'forvaltningschef') keys.add(`f-${r.administration}`);
    if (r.role === 'chef' || r.role === 'deputy') {
      const adm = org.units.find((u) => u.id === r.unit)?.administration;
      if (adm) keys.add(`f-${adm}`);
    }
    if ((r.role === 'secretary' || r.role === 'ordforande' || r.role === 'ledamot' || r.role === 'ersattare') && r.body) keys.add(`b-${r.body}`);
  }
  return [...keys].flatMap((k) => ownerOf(org, k) ?? []);
}

/**
 * Who may do what with an owner's risk register, plan and control follow-up: the förvaltning's chiefs
 * (förvaltningschef, unit chiefs) and the body's secretary edit; the body's members view; admins all.
 */
export function mayRisk(p: Person | undefined, need: Need, owner: RiskOwner): boolean {
  if (!p) return false;
  if (isAdmin(p)) return true;
  const edits =
    holds(p, ['bodySecretary'], { body: owner.body }) ||
    owner.administrations.some((a) => holds(p, ['administrationChief'], { administration: a })) ||
    owner.units.some((u) => holds(p, ['unitLeader'], { unit: u }));
  if (edits) return true;
  return need === 'view' && holds(p, ['bodyMember'], { body: owner.body });
}
