import type { PackRegistry } from '../knowledge/PackRegistry';
import { isAdmin } from './access';
import type { OrgRepository } from './OrgRepository';
import type { Person } from './orgSchema';

/**
 * An admin of the installation: admin in any kommun's organisation it serves. Which kommun a chat uses is
 * the installation's business, so such an admin can always switch a chat back, even to a kommun whose
 * organisation does not list them; rights inside a kommun (forms, status, deadlines) stay that kommun's.
 */
export async function isInstallationAdmin(deps: { org: OrgRepository; packs: PackRegistry }, person: Person | undefined, aadObjectId: string | undefined): Promise<boolean> {
  if (isAdmin(person)) return true;
  if (!aadObjectId) return false;
  for (const kommun of deps.packs.ids()) if (isAdmin(await deps.org.findByAadObjectId(kommun, aadObjectId))) return true;
  return false;
}
