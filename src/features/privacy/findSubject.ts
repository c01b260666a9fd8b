import type { OrgRepository } from '../../kernel/org/OrgRepository';
import type { PersonKeys } from '../../kernel/retention/PersonalData';

/** Whom an admin asks about: what is known of them, and how to name them in a reply. */
export interface Subject {
  keys: PersonKeys;
  /** The person's name in the organisation model, when they are (still) in it. */
  name?: string;
  /** What the admin typed: the person id, e-mail or Entra object id. */
  asked: string;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The person an admin names by id, e-mail or Entra object id. Someone who has left the organisation
 * model is still searched for, by what was typed alone (then only what names them that way is found).
 */
export async function findSubject(org: OrgRepository, kommun: string, asked: string): Promise<Subject> {
  const value = asked.trim();
  const person = value.includes('@') ? await org.findByEmail(kommun, value) : guid.test(value) ? await org.findByAadObjectId(kommun, value.toLowerCase()) : await org.getPerson(kommun, value);
  if (person) return { keys: { id: person.id, aadObjectId: person.aadObjectId, email: person.email }, name: person.name, asked: value };
  const keys: PersonKeys = value.includes('@') ? { email: value.toLowerCase() } : guid.test(value) ? { aadObjectId: value.toLowerCase() } : { id: value };
  return { keys, asked: value };
}
