import type { Collection, DocumentStore, StoredDoc } from '../../src/kernel/store/Collection';

/** One store call as the counting store saw it: when it started and ended (ms since the store was made). */
export interface StoreCall {
  op: string;
  collection: string;
  start: number;
  end?: number;
}

/**
 * Wraps a store and records every call (collection, operation, start and end), so a test can count the
 * calls of one request and see how many ran one after the other.
 */
export function countingStore(inner: DocumentStore): DocumentStore & { calls: StoreCall[]; reset(): void; sequentialDepth(): number } {
  const calls: StoreCall[] = [];
  const t0 = performance.now();
  const wrap = <T extends StoredDoc>(name: string, c: Collection<T>): Collection<T> => {
    const timed = <A extends unknown[], R>(op: string, f: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
      const call: StoreCall = { op, collection: name, start: performance.now() - t0 };
      calls.push(call);
      try {
        return await f(...args);
      } finally {
        call.end = performance.now() - t0;
      }
    };
    return {
      get: timed('get', (tenant: string, id: string) => c.get(tenant, id)),
      create: timed('create', (doc: T) => c.create(doc)),
      replace: timed('replace', (doc: T, etag: string) => c.replace(doc, etag)),
      upsert: timed('upsert', (doc: T) => c.upsert(doc)),
      delete: timed('delete', (tenant: string, id: string, etag?: string) => c.delete(tenant, id, etag)),
      find: timed('find', (tenant: string, filter?: Parameters<Collection<T>['find']>[1], options?: Parameters<Collection<T>['find']>[2]) => c.find(tenant, filter, options)),
    };
  };
  return {
    kind: inner.kind,
    calls,
    reset: () => void calls.splice(0),
    /** The longest chain of calls where each started only after the one before had ended. */
    sequentialDepth() {
      const done = calls.filter((c) => c.end !== undefined).sort((a, b) => a.start - b.start);
      const depth = new Map<StoreCall, number>();
      for (const c of done) depth.set(c, 1 + Math.max(0, ...done.filter((p) => p.end! <= c.start).map((p) => depth.get(p) ?? 0)));
      return Math.max(0, ...depth.values());
    },
    collection: <T extends StoredDoc>(name: string) => wrap<T>(name, inner.collection<T>(name)),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}
