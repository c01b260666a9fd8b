import type { OrgRepository } from './OrgRepository';
import type { Person } from './orgSchema';

/** What the channel tells us about the user: Entra object id, and (looked up once) UPN / e-mail. */
export interface UserIdentity {
  aadObjectId?: string;
  /** Looks up UPN / e-mail (Teams member info); called only when the object id is unknown. */
  lookupEmails?: () => Promise<string[]>;
}

/**
 * Finds the person behind a Teams user: by Entra object id, else by UPN/e-mail, and then remembers
 * the object id on the person so the next turn needs no lookup. Undefined when not in the org model.
 */
export async function identifyPerson(repo: OrgRepository, kommun: string, user: UserIdentity): Promise<Person | undefined> {
  if (user.aadObjectId) {
    const known = await repo.findByAadObjectId(kommun, user.aadObjectId);
    if (known) return known;
  }
  for (const email of (await user.lookupEmails?.()) ?? []) {
    const person = await repo.findByEmail(kommun, email);
    if (!person) continue;
    if (user.aadObjectId && person.aadObjectId !== user.aadObjectId) {
      const linked = { ...person, aadObjectId: user.aadObjectId };
      await repo.savePerson(linked);
      return linked;
    }
    return person;
  }
  return undefined;
}
