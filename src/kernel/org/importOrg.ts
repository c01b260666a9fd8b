import type { OrgFile } from './orgSchema';
import type { OrgRepository } from './OrgRepository';

export interface ImportSummary {
  kommun: string;
  bodies: number;
  administrations: number;
  units: number;
  people: number;
  removedPeople: number;
}

/**
 * Replaces a kommun's organisation with the file's: structure overwritten, people upserted
 * (keeping the Entra object id learned in Teams when the file has none), people missing from the file removed.
 */
export async function importOrg(repo: OrgRepository, org: OrgFile, now = new Date()): Promise<ImportSummary> {
  await repo.saveStructure({
    id: 'structure',
    tenant: org.kommun,
    sample: org.sample,
    bodies: org.bodies,
    administrations: org.administrations,
    units: org.units,
    importedAt: now.toISOString(),
  });
  const existing = new Map((await repo.listPeople(org.kommun)).map((p) => [p.id, p]));
  for (const p of org.people) {
    const aadObjectId = p.aadObjectId ?? existing.get(p.id)?.aadObjectId;
    await repo.savePerson({ id: p.id, tenant: org.kommun, name: p.name, email: p.email, aadObjectId, roles: p.roles });
    existing.delete(p.id);
  }
  for (const gone of existing.keys()) await repo.deletePerson(org.kommun, gone);
  return {
    kommun: org.kommun,
    bodies: org.bodies.length,
    administrations: org.administrations.length,
    units: org.units.length,
    people: org.people.length,
    removedPeople: existing.size,
  };
}
