import { orgIndex } from './OrgIndex';
import type { OrgStructure, Role } from './orgSchema';

const roleNames: Record<Role['role'], string> = {
  admin: 'Administratör',
  secretary: 'Sekreterare/controller',
  forvaltningschef: 'Förvaltningschef',
  chef: 'Chef',
  deputy: 'Ersättare för chef',
  ordforande: 'Ordförande',
  ledamot: 'Ledamot',
  ersattare: 'Ersättare',
};

/** A role in Swedish with the name of where it applies ("Chef – Ekonomiavdelningen"). */
export function describeRole(role: Role, org: OrgStructure | undefined): string {
  const where =
    'unit' in role ? (org && orgIndex(org).units.get(role.unit)?.name) ?? role.unit
    : 'administration' in role ? (org && orgIndex(org).administrations.get(role.administration)?.name) ?? role.administration
    : 'body' in role && role.body ? (org && orgIndex(org).bodies.get(role.body)?.name) ?? role.body
    : role.role === 'secretary' ? 'hela kommunen'
    : undefined;
  return where ? `${roleNames[role.role]} – ${where}` : roleNames[role.role];
}
