import type { DocumentStore } from '../store/Collection';
import type { OrgStructure, Person } from './orgSchema';

/** Where the organisation model of each kommun is kept. */
export interface OrgRepository {
  getStructure(kommun: string): Promise<OrgStructure | undefined>;
  saveStructure(structure: OrgStructure): Promise<void>;
  listPeople(kommun: string): Promise<Person[]>;
  /**
   * The people who hold at least one role (chiefs, secretaries, board members, admins …), by name: one read
   * of those alone (a large kommun has some 3,000 of its 20,000 people), kept up to `roleHoldersTtlMs`
   * (another instance's org import shows after that at most). For lists that are a convenience, such as
   * whose card Teams refreshes; never for authorization, which reads the person.
   */
  listRoleHolders(kommun: string): Promise<Person[]>;
  getPerson(kommun: string, id: string): Promise<Person | undefined>;
  savePerson(person: Person): Promise<void>;
  deletePerson(kommun: string, id: string): Promise<void>;
  findByAadObjectId(kommun: string, aadObjectId: string): Promise<Person | undefined>;
  findByEmail(kommun: string, email: string): Promise<Person | undefined>;
}

/** A stored person: `hasRole` lets the store find the role holders without reading everyone. */
type StoredPerson = Person & { hasRole?: boolean };

/** The OrgRepository on the application's document store. */
export function createOrgRepository(store: DocumentStore, options: { roleHoldersTtlMs?: number; clock?: () => number } = {}): OrgRepository {
  const structures = store.collection<OrgStructure>('org');
  const people = store.collection<StoredPerson>('people');
  const ttl = options.roleHoldersTtlMs ?? 30_000;
  const clock = options.clock ?? Date.now;
  const roleHolders = new Map<string, { at: number; people: Promise<Person[]> }>();
  /** Any write through this repository drops the kommun's kept role holders. */
  const changed = (kommun: string) => roleHolders.delete(kommun);
  const first = async (kommun: string, field: string, value: string) =>
    (await people.find(kommun, { [field]: value }, { limit: 1 }))[0]?.doc;
  return {
    getStructure: async (kommun) => (await structures.get(kommun, 'structure'))?.doc,
    saveStructure: async (s) => void (changed(s.tenant), await structures.upsert(s)),
    listPeople: async (kommun) => (await people.find(kommun, {}, { orderBy: { field: 'name' } })).map((v) => v.doc),
    getPerson: async (kommun, id) => (await people.get(kommun, id))?.doc,
    listRoleHolders(kommun) {
      const kept = roleHolders.get(kommun);
      if (kept && clock() - kept.at < ttl) return kept.people;
      const read = people.find(kommun, { hasRole: true }, { orderBy: { field: 'name' } }).then(async (found) =>
        // None flagged: people stored before the flag existed (until the next org import), so read them all once.
        found.length ? found.map((v) => v.doc) : (await people.find(kommun, {}, { orderBy: { field: 'name' } })).map((v) => v.doc).filter((p) => p.roles.length > 0),
      );
      roleHolders.set(kommun, { at: clock(), people: read });
      read.catch(() => roleHolders.get(kommun)?.people === read && roleHolders.delete(kommun));
      return read;
    },
    savePerson: async (p) => void (changed(p.tenant), await people.upsert({ ...p, hasRole: p.roles.length > 0 })),
    deletePerson: async (kommun, id) => void (changed(kommun), await people.delete(kommun, id)),
    findByAadObjectId: (kommun, aad) => first(kommun, 'aadObjectId', aad),
    findByEmail: (kommun, email) => first(kommun, 'email', email.toLowerCase()),
  };
}
