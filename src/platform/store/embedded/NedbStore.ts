import Datastore from '@seald-io/nedb';
import { existsSync, mkdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, StoreUnavailableError } from '../../../shared/errors';
import { acquireDataDirLock, type DataDirLock } from './dataDirLock';
import type { Collection, DocumentStore, Filter, QueryOptions, StoredDoc, Versioned } from '../../../kernel/store/Collection';

type Row<T> = T & { _id: string; _etag: string };

const key = (tenant: string, id: string) => `${tenant}\u0000${id}`;

/**
 * NeDB appends one JSON line per write. A crash in the middle of an append leaves a torn last line
 * (no newline), which NeDB counts as corruption and, in a small file, refuses to load at all. That
 * write was never acknowledged, so it is dropped here; damage anywhere else is still NeDB's to judge.
 */
function dropTornTail(filename: string): void {
  if (!existsSync(filename)) return;
  const data = readFileSync(filename);
  if (data.length === 0 || data[data.length - 1] === 0x0a) return;
  truncateSync(filename, data.lastIndexOf(0x0a) + 1);
}

function strip<T extends StoredDoc>(row: Row<T>): Versioned<T> {
  const { _id, _etag, ...doc } = row;
  return { doc: doc as unknown as T, etag: _etag };
}

/** One NeDB datafile per collection, append-only on disk, so data survives a restart or a crash. */
class NedbCollection<T extends StoredDoc> implements Collection<T> {
  constructor(private readonly db: Datastore<Row<T>>) {}

  async get(tenant: string, id: string): Promise<Versioned<T> | undefined> {
    const row = await this.db.findOneAsync({ _id: key(tenant, id) } as never);
    return row ? strip(row as Row<T>) : undefined;
  }

  async create(doc: T): Promise<Versioned<T>> {
    const row = { ...doc, _id: key(doc.tenant, doc.id), _etag: randomUUID() } as Row<T>;
    try {
      await this.db.insertAsync(row);
    } catch (e) {
      if ((e as { errorType?: string }).errorType === 'uniqueViolated') throw new ConflictError(`Finns redan: ${doc.id}`, { cause: e });
      throw e;
    }
    return strip(row);
  }

  async replace(doc: T, etag: string): Promise<Versioned<T>> {
    const row = { ...doc, _id: key(doc.tenant, doc.id), _etag: randomUUID() } as Row<T>;
    const { numAffected } = await this.db.updateAsync({ _id: row._id, _etag: etag } as never, row, {});
    if (numAffected === 1) return strip(row);
    if (await this.get(doc.tenant, doc.id)) throw new ConflictError();
    throw new NotFoundError();
  }

  async upsert(doc: T): Promise<Versioned<T>> {
    const row = { ...doc, _id: key(doc.tenant, doc.id), _etag: randomUUID() } as Row<T>;
    await this.db.updateAsync({ _id: row._id } as never, row, { upsert: true });
    return strip(row);
  }

  async delete(tenant: string, id: string, etag?: string): Promise<boolean> {
    const query = etag ? { _id: key(tenant, id), _etag: etag } : { _id: key(tenant, id) };
    const n = await this.db.removeAsync(query as never, {});
    if (n === 0 && etag && (await this.get(tenant, id))) throw new ConflictError();
    return n > 0;
  }

  async find(tenant: string, filter: Filter = {}, options: QueryOptions = {}): Promise<Versioned<T>[]> {
    const query = Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, Array.isArray(v) ? { $in: v } : v]));
    let cursor = this.db.findAsync({ ...query, tenant } as never);
    if (options.orderBy) cursor = cursor.sort({ [options.orderBy.field]: options.orderBy.direction === 'desc' ? -1 : 1 });
    // NeDB reads limit(0) as "no limit".
    if (options.limit === 0) return [];
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return (await cursor).map((r) => strip(r as Row<T>));
  }
}

/** The zero-setup durable store: NeDB datafiles under `dataDir`. */
export class NedbStore implements DocumentStore {
  readonly kind = 'embedded' as const;
  private readonly dbs = new Map<string, Datastore>();

  private constructor(
    private readonly dataDir: string,
    private readonly names: readonly string[],
    private readonly lock: DataDirLock,
  ) {}

  /** Locks the directory against a second process, then opens (and creates) the named collections' datafiles. */
  static async open(dataDir: string, names: readonly string[]): Promise<NedbStore> {
    mkdirSync(dataDir, { recursive: true });
    const store = new NedbStore(dataDir, names, acquireDataDirLock(dataDir));
    try {
      await store.load();
    } catch (e) {
      store.lock.release();
      throw e;
    }
    return store;
  }

  private async load(): Promise<void> {
    const { dataDir } = this;
    for (const name of this.names) {
      const filename = join(dataDir, `${name}.db`);
      const db = new Datastore({ filename });
      try {
        dropTornTail(filename);
        await db.loadDatabaseAsync();
      } catch (e) {
        throw new StoreUnavailableError(`Kunde inte öppna ${name}.db i ${dataDir}`, { cause: e });
      }
      await db.ensureIndexAsync({ fieldName: 'tenant' });
      this.dbs.set(name, db);
    }
  }

  collection<T extends StoredDoc>(name: string): Collection<T> {
    const db = this.dbs.get(name);
    if (!db) throw new StoreUnavailableError(`Samlingen ${name} är inte öppen`);
    return new NedbCollection<T>(db as unknown as Datastore<Row<T>>);
  }

  async ping(): Promise<void> {
    if (this.dbs.size !== this.names.length) throw new StoreUnavailableError('Lagret är stängt');
  }

  /** Compacts every datafile (rewrites it without superseded lines), closes and releases the directory lock. */
  async close(): Promise<void> {
    try {
      for (const db of this.dbs.values()) await db.compactDatafileAsync();
    } finally {
      this.dbs.clear();
      this.lock.release();
    }
  }

  toString(): string {
    return `embedded store at ${this.dataDir}`;
  }
}
