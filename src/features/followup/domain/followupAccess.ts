import type { Person } from '../org/orgSchema';

/**
 * Who may nudge chiefs: the officials who run the follow-up (admins, secretaries/controllers,
 * förvaltningschefer). Board members see status but do not direct staff, so they get no "Påminn".
 */
export function canRemind(p: Person | undefined): boolean {
  return Boolean(p?.roles.some((r) => r.role === 'admin' || r.role === 'secretary' || r.role === 'forvaltningschef'));
}
