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
    'unit' in role ? org?.units.find((u) => u.id === role.unit)?.name ?? role.unit
    : 'administration' in role ? org?.administrations.find((a) => a.id === role.administration)?.name ?? role.administration
    : 'body' in role && role.body ? org?.bodies.find((b) => b.id === role.body)?.name ?? role.body
    : role.role === 'secretary' ? 'hela kommunen'
    : undefined;
  return where ? `${roleNames[role.role]} – ${where}` : roleNames[role.role];
}
