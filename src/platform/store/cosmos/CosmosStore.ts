import { CosmosClient, type Container, type CosmosClientOptions, type Database } from '@azure/cosmos';
import type { Agent } from 'node:https';
import { StoreTimeoutError, StoreUnavailableError } from '../../../shared/errors';
import { withDeadline } from '../../../shared/withDeadline';
import type { Collection, DocumentStore, StoredDoc } from '../../../kernel/store/Collection';
import { withRetry, type RetryOptions } from '../withRetry';
import { CosmosCollection, defaultTimeoutMs } from './CosmosCollection';
import { isAuthFailure, isTransient } from './cosmosErrors';
import { cosmosCredentials } from './cosmosCredentials';

export interface CosmosStoreOptions {
  endpoint: string;
  /** Account key; without it the managed identity (or the developer's Azure login) is used. */
  key?: string;
  database: string;
  managedIdentityClientId?: string;
  /** E.g. an agent that accepts the test server's self-signed certificate. */
  agent?: Agent;
  /** Prepended to every container name, so environments can share a database. */
  containerPrefix?: string;
  /** Our own retry of transient failures, on top of the SDK's retry of throttling (429). */
  retry?: RetryOptions;
  /** The collections (containers) to open; created when missing. */
  collections: readonly string[];
  /** Deadline of each store call, its retries included (STORE_TIMEOUT_MS). */
  timeoutMs?: number;
}

const partitionKeyPath = '/tenant';

/** The Azure Cosmos DB store: one container per collection, partitioned by tenant. */
export class CosmosStore implements DocumentStore {
  readonly kind = 'cosmos' as const;

  private constructor(
    private readonly client: CosmosClient,
    private readonly database: Database,
    private readonly containers: Map<string, Container>,
    private readonly retry: RetryOptions,
    private readonly timeoutMs: number,
  ) {}

  /** Connects, and creates the database and the containers that are missing. */
  static async open(options: CosmosStoreOptions): Promise<CosmosStore> {
    const client = new CosmosClient({
      endpoint: options.endpoint,
      ...(await cosmosCredentials(options)),
      agent: options.agent,
      // The SDK itself waits out 429 throttling, honouring Retry-After.
      connectionPolicy: { retryOptions: { maxRetryAttemptCount: 9, maxWaitTimeInSeconds: 30 } },
    } satisfies CosmosClientOptions);
    const retry = options.retry ?? {};
    try {
      const what = `Cosmos DB: öppna databasen ${options.database}`;
      const database = await withRetry(what, async () => (await client.databases.createIfNotExists({ id: options.database })).database, isTransient, retry);
      const entries = await Promise.all(
        options.collections.map(async (name) => [name, await openContainer(database, `${options.containerPrefix ?? ''}${name}`, retry)] as const),
      );
      return new CosmosStore(client, database, new Map(entries), retry, options.timeoutMs ?? defaultTimeoutMs);
    } catch (e) {
      client.dispose();
      if (e instanceof StoreUnavailableError) throw e;
      throw new StoreUnavailableError(openFailureMessage(options, e), { cause: e });
    }
  }

  collection<T extends StoredDoc>(name: string): Collection<T> {
    const container = this.containers.get(name);
    if (!container) throw new StoreUnavailableError(`Samlingen ${name} är inte öppen`);
    return new CosmosCollection<T>(container, this.retry, this.timeoutMs);
  }

  async ping(): Promise<void> {
    try {
      await withDeadline(
        this.timeoutMs,
        (abortSignal) => withRetry('Cosmos DB ping', () => this.database.read({ abortSignal }), isTransient, { ...this.retry, signal: abortSignal }),
        () => new StoreTimeoutError('Cosmos DB ping', this.timeoutMs),
      );
    } catch (e) {
      if (e instanceof StoreUnavailableError) throw e;
      throw new StoreUnavailableError(`Cosmos DB svarar inte (${this.database.id})`, { cause: e });
    }
  }

  async close(): Promise<void> {
    this.containers.clear();
    this.client.dispose();
  }

  toString(): string {
    return `cosmos store ${this.database.id}`;
  }
}

/** Creates the container when missing; refuses one that exists with another partition key. */
async function openContainer(database: Database, id: string, retry: RetryOptions): Promise<Container> {
  const { container, resource } = await withRetry(
    `Cosmos DB: öppna behållaren ${id}`,
    () => database.containers.createIfNotExists({ id, partitionKey: { paths: [partitionKeyPath] } }),
    isTransient,
    retry,
  );
  const paths = resource?.partitionKey?.paths;
  if (paths && (paths.length !== 1 || paths[0] !== partitionKeyPath)) {
    throw new StoreUnavailableError(`Behållaren ${id} har partitionsnyckeln ${paths.join(',')}, men ${partitionKeyPath} krävs`);
  }
  return container;
}

function openFailureMessage(options: CosmosStoreOptions, error: unknown): string {
  const base = `Kunde inte öppna Cosmos DB-databasen ${options.database} på ${options.endpoint}`;
  // Entra ID data-plane roles may read and write items but never create databases or containers.
  if (isAuthFailure(error) && !options.key) return `${base}: behörighet saknas — skapa databasen och behållarna i förväg (infrastrukturen) och ge identiteten rollen Cosmos DB Built-in Data Contributor`;
  return base;
}
