import { StoreUnavailableError } from '../../src/shared/errors';
import type { Collection, DocumentStore, StoredDoc } from '../../src/kernel/store/Collection';

/**
 * Wraps a store so that writes to one collection fail like an unreachable Cosmos DB after its retries
 * (StoreUnavailableError) while `switch.on` is true; reads keep working.
 */
export function failingWrites(inner: DocumentStore, name: string, failing: { on: boolean }): DocumentStore {
  return {
    kind: inner.kind,
    ping: () => inner.ping(),
    close: () => inner.close(),
    collection<T extends StoredDoc>(wanted: string): Collection<T> {
      const c = inner.collection<T>(wanted);
      if (wanted !== name) return c;
      const guard = <A extends unknown[], R>(op: (...args: A) => Promise<R>) => (...args: A): Promise<R> =>
        failing.on ? Promise.reject(new StoreUnavailableError(`Cosmos DB skrivning i ${name} misslyckades efter 3 försök`)) : op(...args);
      return {
        get: (tenant, id) => c.get(tenant, id),
        find: (tenant, filter, options) => c.find(tenant, filter, options),
        create: guard((doc: T) => c.create(doc)),
        replace: guard((doc: T, etag: string) => c.replace(doc, etag)),
        upsert: guard((doc: T) => c.upsert(doc)),
        delete: guard((tenant: string, id: string, etag?: string) => c.delete(tenant, id, etag)),
      };
    },
  };
}
