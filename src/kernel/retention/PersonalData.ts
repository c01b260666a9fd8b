import { randomBytes } from 'node:crypto';
import { ConflictError } from '../../shared/errors';
import { pseudonym } from '../../shared/logger';
import { chatSettingsPartition } from '../session/ChatSettings';
import type { DocumentStore, StoredDoc, Versioned } from '../store/Collection';
import type { RetentionPolicy } from './RetentionPolicy';
import { describeKeep, type Erasure, type RetentionRule } from './RetentionRule';

/** What is known of the person: their id in the organisation model, Entra object id, e-mail. */
export interface PersonKeys {
  id?: string;
  aadObjectId?: string;
  email?: string;
}

/** Where to look: the kommun's partitions, and the Entra tenant's for chat settings. */
export interface PersonScope {
  kommun: string;
  entraTenantId?: string;
}

type Doc = StoredDoc & Record<string, unknown>;

/** One collection's documents about the person. */
export interface FoundData {
  rule: RetentionRule;
  docs: Versioned<Doc>[];
}

/** What erasing did in one collection. */
export interface ErasureOutcome {
  collection: string;
  erase: Erasure;
  count: number;
  rule: RetentionRule;
}

/**
 * Every value the stored documents may use for the person: ids, e-mail, the personal chat's reference
 * id, and the pseudonym questions and feedback are kept under (derived from the Entra object id).
 */
export function identifiersOf(keys: PersonKeys): string[] {
  const aad = keys.aadObjectId;
  const all = [keys.id, aad, keys.email?.toLowerCase(), aad && `user:${aad}`, aad && pseudonym(aad)];
  return [...new Set(all.filter((x): x is string => Boolean(x)))];
}

/** True when a value anywhere in the document (nested too) names the person. */
export function mentions(value: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return ids.has(value);
  if (Array.isArray(value)) return value.some((v) => mentions(v, ids));
  if (value && typeof value === 'object') return Object.values(value).some((v) => mentions(v, ids));
  return false;
}

/** The document with every value naming the person replaced by `token`; its own id and partition stay. */
export function pseudonymised<T extends StoredDoc>(doc: T, ids: ReadonlySet<string>, token: string): T {
  return { ...replaceMentions(doc, ids, token), id: doc.id, tenant: doc.tenant };
}

function replaceMentions<T>(value: T, ids: ReadonlySet<string>, token: string): T {
  if (typeof value === 'string') return (ids.has(value) ? token : value) as T;
  if (Array.isArray(value)) return value.map((v) => replaceMentions(v, ids, token)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceMentions(v, ids, token)])) as T;
  return value;
}

/**
 * A person's data across every collection, as the retention rules describe it: found (for an export)
 * and erased where the records rules allow (deleted, or pseudonymised), public records kept as they are.
 */
export class PersonalData {
  constructor(
    private readonly store: DocumentStore,
    private readonly policy: RetentionPolicy,
  ) {}

  /** Every document that names the person, per collection (collections without any are left out). */
  async find(scope: PersonScope, keys: PersonKeys): Promise<FoundData[]> {
    const ids = identifiersOf(keys);
    if (!ids.length) return [];
    const found: FoundData[] = [];
    for (const rule of this.policy.rules) {
      const docs = await this.findIn(rule, scope, ids);
      if (docs.length) found.push({ rule, docs });
    }
    return found;
  }

  /** The person's data as one JSON document (what an admin hands over on a request for access). */
  async export(scope: PersonScope, keys: PersonKeys, now: Date): Promise<Record<string, unknown>> {
    const found = await this.find(scope, keys);
    return {
      exportedAt: now.toISOString(),
      kommun: scope.kommun,
      person: keys,
      searched: this.policy.rules.filter((r) => r.person).map((r) => r.collection),
      collections: found.map(({ rule, docs }) => ({
        collection: rule.collection,
        purpose: rule.purpose,
        retention: describeKeep(rule),
        onErasure: rule.person?.erase ?? 'keep',
        documents: docs.map((v) => v.doc),
      })),
    };
  }

  /** Deletes or pseudonymises what the rules allow; counts what is kept. */
  async erase(scope: PersonScope, keys: PersonKeys): Promise<ErasureOutcome[]> {
    const ids = new Set(identifiersOf(keys));
    const token = `raderad-${randomBytes(4).toString('hex')}`;
    const outcomes: ErasureOutcome[] = [];
    for (const { rule, docs } of await this.find(scope, keys)) {
      const erase = rule.keep === 'record' ? 'keep' : (rule.person?.erase ?? 'keep');
      const collection = this.store.collection<Doc>(rule.collection);
      for (const v of docs) {
        // A document keyed by the person (their own setting) is about them: it goes; one that mentions them is pseudonymised.
        if (erase === 'delete' || (erase === 'pseudonymise' && ids.has(v.doc.id))) await collection.delete(v.doc.tenant, v.doc.id);
        else if (erase === 'pseudonymise') await this.pseudonymise(rule.collection, v, ids, token);
      }
      outcomes.push({ collection: rule.collection, erase, count: docs.length, rule });
    }
    return outcomes;
  }

  private async findIn(rule: RetentionRule, scope: PersonScope, ids: string[]): Promise<Versioned<Doc>[]> {
    if (!rule.person || rule.partition === 'app') return [];
    const partition = rule.partition === 'entraTenant' ? chatSettingsPartition(scope.entraTenantId) : scope.kommun;
    const collection = this.store.collection<Doc>(rule.collection);
    if (rule.person.scan) {
      const all = new Set(ids);
      return (await collection.find(partition)).filter((v) => mentions(v.doc, all));
    }
    const byId = new Map<string, Versioned<Doc>>();
    for (const field of rule.person.fields ?? []) for (const v of await collection.find(partition, { [field]: ids })) byId.set(v.doc.id, v);
    return [...byId.values()];
  }

  /** Replaces the person's values, on the version read; a document changed meanwhile is read again. */
  private async pseudonymise(name: string, v: Versioned<Doc>, ids: ReadonlySet<string>, token: string): Promise<void> {
    const collection = this.store.collection<Doc>(name);
    let current: Versioned<Doc> | undefined = v;
    for (let attempt = 0; current && attempt < 3; attempt++) {
      try {
        await collection.replace(pseudonymised(current.doc, ids, token), current.etag);
        return;
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
        current = await collection.get(v.doc.tenant, v.doc.id);
      }
    }
    if (current) throw new ConflictError(`${name}/${v.doc.id} ändrades hela tiden under pseudonymiseringen`);
  }
}
