import type { Container, ItemDefinition, RequestOptions } from '@azure/cosmos';
import { ConflictError, NotFoundError, StoreUnavailableError } from '../../../shared/errors';
import type { Collection, Filter, QueryOptions, StoredDoc, Versioned } from '../../../kernel/store/Collection';
import { withRetry, type RetryOptions } from '../withRetry';
import { buildFindQuery } from './buildFindQuery';
import { isAuthFailure, isTransient, isTransientForWrite, statusOf } from './cosmosErrors';
import { toVersioned, type CosmosSystemFields } from './toVersioned';

type Item<T> = T & CosmosSystemFields & ItemDefinition;

const ifMatch = (etag: string): RequestOptions => ({ accessCondition: { type: 'IfMatch', condition: etag } });

/** One Cosmos DB container partitioned by `/tenant`, behind the storage port. */
export class CosmosCollection<T extends StoredDoc> implements Collection<T> {
  constructor(
    private readonly container: Container,
    private readonly retry: RetryOptions = {},
  ) {}

  async get(tenant: string, id: string): Promise<Versioned<T> | undefined> {
    return this.run('get', true, async () => {
      try {
        const { resource } = await this.container.item(id, tenant).read<Item<T>>();
        return resource ? toVersioned<T>(resource) : undefined;
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    });
  }

  async create(doc: T): Promise<Versioned<T>> {
    return this.run('create', false, async () => {
      try {
        const { resource } = await this.container.items.create<T>(doc);
        return toVersioned<T>(resource as Item<T>);
      } catch (e) {
        if (statusOf(e) === 409) throw new ConflictError(`Finns redan: ${doc.id}`, { cause: e });
        throw e;
      }
    });
  }

  async replace(doc: T, etag: string): Promise<Versioned<T>> {
    return this.run('replace', false, async () => {
      try {
        const { resource } = await this.container.item(doc.id, doc.tenant).replace<T>(doc, ifMatch(etag));
        return toVersioned<T>(resource as Item<T>);
      } catch (e) {
        if (statusOf(e) === 412) throw new ConflictError(undefined, { cause: e });
        if (statusOf(e) === 404) throw new NotFoundError(undefined, { cause: e });
        throw e;
      }
    });
  }

  async upsert(doc: T): Promise<Versioned<T>> {
    return this.run('upsert', true, async () => {
      const { resource } = await this.container.items.upsert<T>(doc);
      return toVersioned<T>(resource as Item<T>);
    });
  }

  async delete(tenant: string, id: string, etag?: string): Promise<boolean> {
    return this.run('delete', false, async () => {
      try {
        await this.container.item(id, tenant).delete(etag ? ifMatch(etag) : undefined);
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
    return this.run('find', true, async () => {
      const { resources } = await this.container.items.query<Item<T>>(query, { partitionKey: tenant }).fetchAll();
      return resources.map((item) => toVersioned<T>(item));
    });
  }

  /**
   * Retries what is safe to retry (see cosmosErrors), and names the failures that mean "the store
   * is not there for us" so the one error handler can say so; anything else is a bug and stays as is.
   */
  private async run<R>(operation: string, idempotent: boolean, op: () => Promise<R>): Promise<R> {
    const what = `Cosmos DB ${operation} i ${this.container.id}`;
    try {
      return await withRetry(what, op, idempotent ? isTransient : isTransientForWrite, this.retry);
    } catch (e) {
      if (e instanceof StoreUnavailableError || !(isTransient(e) || isAuthFailure(e))) throw e;
      throw new StoreUnavailableError(`${what} misslyckades`, { cause: e });
    }
  }
}
