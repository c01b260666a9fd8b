import type { DocumentStore } from '../store/Collection';
import type { OrgStructure, Person } from './orgSchema';

/** Where the organisation model of each kommun is kept. */
export interface OrgRepository {
  getStructure(kommun: string): Promise<OrgStructure | undefined>;
  saveStructure(structure: OrgStructure): Promise<void>;
  listPeople(kommun: string): Promise<Person[]>;
  getPerson(kommun: string, id: string): Promise<Person | undefined>;
  savePerson(person: Person): Promise<void>;
  deletePerson(kommun: string, id: string): Promise<void>;
  findByAadObjectId(kommun: string, aadObjectId: string): Promise<Person | undefined>;
  findByEmail(kommun: string, email: string): Promise<Person | undefined>;
}

/** The OrgRepository on the application's document store. */
export function createOrgRepository(store: DocumentStore): OrgRepository {
  const structures = store.collection<OrgStructure>('org');
  const people = store.collection<Person>('people');
  const first = async (kommun: string, field: string, value: string) =>
    (await people.find(kommun, { [field]: value }, { limit: 1 }))[0]?.doc;
  return {
    getStructure: async (kommun) => (await structures.get(kommun, 'structure'))?.doc,
    saveStructure: async (s) => void (await structures.upsert(s)),
    listPeople: async (kommun) => (await people.find(kommun, {}, { orderBy: { field: 'name' } })).map((v) => v.doc),
    getPerson: async (kommun, id) => (await people.get(kommun, id))?.doc,
    savePerson: async (p) => void (await people.upsert(p)),
    deletePerson: async (kommun, id) => void (await people.delete(kommun, id)),
    findByAadObjectId: (kommun, aad) => first(kommun, 'aadObjectId', aad),
    findByEmail: (kommun, email) => first(kommun, 'email', email.toLowerCase()),
  };
}
