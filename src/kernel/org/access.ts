import type { OrgStructure, Person } from './orgSchema';

/** Role checks used on every action (never only by hiding buttons). */

export const isAdmin = (p: Person | undefined): boolean => Boolean(p?.roles.some((r) => r.role === 'admin'));

/** Chiefs and deputies of the unit, and admins, may edit its reports. */
export function canEditUnit(p: Person | undefined, unitId: string): boolean {
  if (!p) return false;
  return isAdmin(p) || p.roles.some((r) => (r.role === 'chef' || r.role === 'deputy') && r.unit === unitId);
}

/** Those who may edit, plus the förvaltningschef, secretaries and the members of the unit's nämnd, may view. */
export function canViewUnit(p: Person | undefined, org: OrgStructure, unitId: string): boolean {
  if (!p) return false;
  if (canEditUnit(p, unitId)) return true;
  const unit = org.units.find((u) => u.id === unitId);
  const admin = org.administrations.find((a) => a.id === unit?.administration);
  if (!unit || !admin) return false;
  return p.roles.some(
    (r) =>
      (r.role === 'forvaltningschef' && r.administration === admin.id) ||
      (r.role === 'secretary' && (!r.body || r.body === admin.body)) ||
      ((r.role === 'ordforande' || r.role === 'ledamot' || r.role === 'ersattare') && r.body === admin.body),
  );
}

/** Units whose chief (or deputy) the person is. */
export const unitsLedBy = (p: Person | undefined): string[] =>
  (p?.roles ?? []).flatMap((r) => ((r.role === 'chef' || r.role === 'deputy') ? [r.unit] : []));

/** Who may see status overviews: secretaries, förvaltningschefer, board members and admins. */
export function canSeeStatus(p: Person | undefined): boolean {
  return Boolean(p?.roles.some((r) => ['admin', 'secretary', 'forvaltningschef', 'ordforande', 'ledamot', 'ersattare'].includes(r.role)));
}
