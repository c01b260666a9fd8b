/**
 * The storage port: a tiny document collection partitioned by tenant (kommun), with an eTag per item
 * for optimistic concurrency. Domain repositories are written against this; the embedded (NeDB) and
 * Cosmos DB adapters implement it and pass the same contract tests.
 */

/** Every stored document has an id unique within its tenant, and the tenant (partition key). */
export interface StoredDoc {
  id: string;
  tenant: string;
}

/** A document as read from the store, with the eTag to send back on a conditional write. */
export interface Versioned<T> {
  doc: T;
  etag: string;
}

export type Scalar = string | number | boolean | null;

/** Filter on top-level (or dotted) fields: a value means equality, a list "one of" (at most 100 values). */
export type Filter = Record<string, Scalar | Scalar[]>;

export interface QueryOptions {
  orderBy?: { field: string; direction?: 'asc' | 'desc' };
  limit?: number;
}

export interface Collection<T extends StoredDoc> {
  /** The document, or undefined when absent. */
  get(tenant: string, id: string): Promise<Versioned<T> | undefined>;
  /** Inserts a new document; ConflictError when the id is taken. */
  create(doc: T): Promise<Versioned<T>>;
  /** Replaces a document if its eTag still matches; ConflictError if it changed, NotFoundError if gone. */
  replace(doc: T, etag: string): Promise<Versioned<T>>;
  /** Writes the document whatever its current version (last writer wins). */
  upsert(doc: T): Promise<Versioned<T>>;
  /** Deletes; with an eTag only if unchanged (ConflictError otherwise). Returns false when absent. */
  delete(tenant: string, id: string, etag?: string): Promise<boolean>;
  /** Documents of one tenant matching the filter. */
  find(tenant: string, filter?: Filter, options?: QueryOptions): Promise<Versioned<T>[]>;
}

/**
 * The whole store: one collection per name, a readiness probe and an orderly close. The names are
 * given when the store is opened (the kernel's and each feature's); asking for another is a bug.
 */
export interface DocumentStore {
  readonly kind: 'embedded' | 'cosmos';
  collection<T extends StoredDoc>(name: string): Collection<T>;
  /** Resolves when the store answers; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
