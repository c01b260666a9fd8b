import { allowed, unitPlace, type AccessPolicy, type Need } from '../../../kernel/org/access';
import type { OrgStructure, Person } from '../../../kernel/org/orgSchema';

/**
 * Who may do what with a unit's report: its chief and deputy (and admins) edit; the förvaltningschef,
 * the nämnd's secretary (or a kommun-wide one) and the nämnd's members view.
 */
export const reportPolicy: AccessPolicy = {
  edit: ['unitLeader'],
  view: ['administrationChief', 'bodySecretary', 'bodyMember'],
};

/** Whether the person may view or edit the unit's report. */
export const mayReport = (p: Person | undefined, need: Need, org: OrgStructure, unitId: string): boolean => allowed(p, need, unitPlace(org, unitId), reportPolicy);

/**
 * Who may nudge chiefs: the officials who run the follow-up (admins, secretaries/controllers,
 * förvaltningschefer). Board members see status but do not direct staff, so they get no "Påminn".
 */
export function canRemind(p: Person | undefined): boolean {
  return Boolean(p?.roles.some((r) => r.role === 'admin' || r.role === 'secretary' || r.role === 'forvaltningschef'));
}
