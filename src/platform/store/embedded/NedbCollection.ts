import type Datastore from '@seald-io/nedb';
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, StoreTimeoutError } from '../../../shared/errors';
import { withDeadline } from '../../../shared/withDeadline';
import type { Collection, Filter, QueryOptions, StoredDoc, Versioned } from '../../../kernel/store/Collection';

export type Row<T> = T & { _id: string; _etag: string };

const isScalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

const key = (tenant: string, id: string) => `${tenant}\u0000${id}`;

function strip<T extends StoredDoc>(row: Row<T>): Versioned<T> {
  const { _id, _etag, ...doc } = row;
  return { doc: doc as unknown as T, etag: _etag };
}

/** Default deadline of one store call (STORE_TIMEOUT_MS). */
export const defaultTimeoutMs = 4_000;

/**
 * One NeDB datafile per collection, append-only on disk, so data survives a restart or a crash. Every
 * call has the same deadline as on Cosmos DB (a stuck disk must not hang a turn); NeDB cannot cancel,
 * so a write that timed out may still land, as on Cosmos DB.
 */
export class NedbCollection<T extends StoredDoc> implements Collection<T> {
  constructor(
    private readonly db: Datastore<Row<T>>,
    private readonly name: string,
    private readonly timeoutMs: number,
  ) {}

  get(tenant: string, id: string): Promise<Versioned<T> | undefined> {
    return this.timed('get', () => this.read(tenant, id));
  }

  create(doc: T): Promise<Versioned<T>> {
    return this.timed('create', () => this.insert(doc));
  }

  replace(doc: T, etag: string): Promise<Versioned<T>> {
    return this.timed('replace', () => this.update(doc, etag));
  }

  upsert(doc: T): Promise<Versioned<T>> {
    return this.timed('upsert', () => this.put(doc));
  }

  delete(tenant: string, id: string, etag?: string): Promise<boolean> {
    return this.timed('delete', () => this.remove(tenant, id, etag));
  }

  find(tenant: string, filter: Filter = {}, options: QueryOptions = {}): Promise<Versioned<T>[]> {
    return this.timed('find', () => this.query(tenant, filter, options));
  }

  private timed<R>(operation: string, op: () => Promise<R>): Promise<R> {
    const what = `Lagret: ${operation} i ${this.name}`;
    return withDeadline(this.timeoutMs, op, () => new StoreTimeoutError(what, this.timeoutMs));
  }

  private async read(tenant: string, id: string): Promise<Versioned<T> | undefined> {
    const row = await this.db.findOneAsync({ _id: key(tenant, id) } as never);
    return row ? strip(row as Row<T>) : undefined;
  }

  private async insert(doc: T): Promise<Versioned<T>> {
    const row = { ...doc, _id: key(doc.tenant, doc.id), _etag: randomUUID() } as Row<T>;
    try {
      await this.db.insertAsync(row);
    } catch (e) {
      if ((e as { errorType?: string }).errorType === 'uniqueViolated') throw new ConflictError(`Finns redan: ${doc.id}`, { cause: e });
      throw e;
    }
    return strip(row);
  }

  private async update(doc: T, etag: string): Promise<Versioned<T>> {
    const row = { ...doc, _id: key(doc.tenant, doc.id), _etag: randomUUID() } as Row<T>;
    const { numAffected } = await this.db.updateAsync({ _id: row._id, _etag: etag } as never, row, {});
    if (numAffected === 1) return strip(row);
    if (await this.read(doc.tenant, doc.id)) throw new ConflictError();
    throw new NotFoundError();
  }

  private async put(doc: T): Promise<Versioned<T>> {
    const row = { ...doc, _id: key(doc.tenant, doc.id), _etag: randomUUID() } as Row<T>;
    await this.db.updateAsync({ _id: row._id } as never, row, { upsert: true });
    return strip(row);
  }

  private async remove(tenant: string, id: string, etag?: string): Promise<boolean> {
    const query = etag ? { _id: key(tenant, id), _etag: etag } : { _id: key(tenant, id) };
    const n = await this.db.removeAsync(query as never, {});
    if (n === 0 && etag && (await this.read(tenant, id))) throw new ConflictError();
    return n > 0;
  }

  private async query(tenant: string, filter: Filter, options: QueryOptions): Promise<Versioned<T>[]> {
    // An object where a value belongs would be a NeDB operator ({"$ne": …}): only plain values are looked for.
    for (const [field, value] of Object.entries({ tenant, ...filter })) {
      if (!(Array.isArray(value) ? value.every(isScalar) : isScalar(value))) throw new TypeError(`Ogiltigt värde i frågan för ${field}`);
    }
    const query = Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, Array.isArray(v) ? { $in: v } : v]));
    let cursor = this.db.findAsync({ ...query, tenant } as never);
    if (options.orderBy) cursor = cursor.sort({ [options.orderBy.field]: options.orderBy.direction === 'desc' ? -1 : 1 });
    // NeDB reads limit(0) as "no limit".
    if (options.limit === 0) return [];
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return (await cursor).map((r) => strip(r as Row<T>));
  }
}

