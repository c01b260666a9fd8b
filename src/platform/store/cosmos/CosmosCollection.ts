import type { Container, ItemDefinition, RequestOptions } from '@azure/cosmos';
import { ConflictError, NotFoundError, StoreTimeoutError, StoreUnavailableError } from '../../../shared/errors';
import { withDeadline } from '../../../shared/withDeadline';
import type { Collection, Filter, QueryOptions, StoredDoc, Versioned } from '../../../kernel/store/Collection';
import { withRetry, type RetryOptions } from '../withRetry';
import { buildFindQuery } from './buildFindQuery';
import { isAuthFailure, isTransient, isTransientForWrite, statusOf } from './cosmosErrors';
import { toVersioned, type CosmosSystemFields } from './toVersioned';

type Item<T> = T & CosmosSystemFields & ItemDefinition;

const ifMatch = (etag: string, abortSignal: AbortSignal): RequestOptions => ({ accessCondition: { type: 'IfMatch', condition: etag }, abortSignal });

/** Default deadline of one store call, retries included (STORE_TIMEOUT_MS). */
export const defaultTimeoutMs = 4_000;

/** One Cosmos DB container partitioned by `/tenant`, behind the storage port. */
export class CosmosCollection<T extends StoredDoc> implements Collection<T> {
  constructor(
    private readonly container: Container,
    private readonly retry: RetryOptions = {},
    private readonly timeoutMs = defaultTimeoutMs,
  ) {}

  async get(tenant: string, id: string): Promise<Versioned<T> | undefined> {
    return this.run('get', true, async (abortSignal) => {
      try {
        const { resource } = await this.container.item(id, tenant).read<Item<T>>({ abortSignal });
        return resource ? toVersioned<T>(resource) : undefined;
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    });
  }

  async create(doc: T): Promise<Versioned<T>> {
    return this.run('create', false, async (abortSignal) => {
      try {
        const { resource } = await this.container.items.create<T>(doc, { abortSignal });
        return toVersioned<T>(resource as Item<T>);
      } catch (e) {
        if (statusOf(e) === 409) throw new ConflictError(`Finns redan: ${doc.id}`, { cause: e });
        throw e;
      }
    });
  }

  async replace(doc: T, etag: string): Promise<Versioned<T>> {
    return this.run('replace', false, async (abortSignal) => {
      try {
        const { resource } = await this.container.item(doc.id, doc.tenant).replace<T>(doc, ifMatch(etag, abortSignal));
        return toVersioned<T>(resource as Item<T>);
      } catch (e) {
        if (statusOf(e) === 412) throw new ConflictError(undefined, { cause: e });
        if (statusOf(e) === 404) throw new NotFoundError(undefined, { cause: e });
        throw e;
      }
    });
  }

  async upsert(doc: T): Promise<Versioned<T>> {
    return this.run('upsert', true, async (abortSignal) => {
      const { resource } = await this.container.items.upsert<T>(doc, { abortSignal });
      return toVersioned<T>(resource as Item<T>);
    });
  }

  async delete(tenant: string, id: string, etag?: string): Promise<boolean> {
    return this.run('delete', false, async (abortSignal) => {
      try {
        await this.container.item(id, tenant).delete(etag ? ifMatch(etag, abortSignal) : { abortSignal });
        return true;
      } catch (e) {
        if (statusOf(e) === 404) return false;
        if (statusOf(e) === 412) throw new ConflictError(undefined, { cause: e });
        throw e;
      }
    });
  }

  async find(tenant: string, filter?: Filter, options?: QueryOptions): Promise<Versioned<T>[]> {
    const query = buildFindQuery(tenant, filter, options);
    return this.run('find', true, async (abortSignal) => {
      const { resources } = await this.container.items.query<Item<T>>(query, { partitionKey: tenant, abortSignal }).fetchAll();
      return resources.map((item) => toVersioned<T>(item));
    });
  }

  /**
   * Retries what is safe to retry (see cosmosErrors), all within one deadline: a call that has not
   * finished by then is abandoned with a StoreTimeoutError (its request aborted). A write abandoned
   * so may still have landed, so it is never replayed here; the caller's save id recognises it.
   * Failures that mean "the store is not there for us" are named so the one error handler can say so;
   * anything else is a bug and stays as it is.
   */
  private run<R>(operation: string, idempotent: boolean, op: (signal: AbortSignal) => Promise<R>): Promise<R> {
    const what = `Cosmos DB ${operation} i ${this.container.id}`;
    return withDeadline(
      this.timeoutMs,
      async (signal) => {
        try {
          return await withRetry(what, () => op(signal), idempotent ? isTransient : isTransientForWrite, { ...this.retry, signal });
        } catch (e) {
          if (e instanceof StoreUnavailableError || !(isTransient(e) || isAuthFailure(e))) throw e;
          throw new StoreUnavailableError(`${what} misslyckades`, { cause: e });
        }
      },
      () => new StoreTimeoutError(what, this.timeoutMs),
    );
  }
}
