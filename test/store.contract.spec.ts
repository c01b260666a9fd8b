import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CosmosClient, type Container } from '@azure/cosmos';
import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import { ConflictError, NotFoundError, StoreUnavailableError } from '../src/shared/errors';
import type { DocumentStore, StoredDoc } from '../src/kernel/store/Collection';
import { buildFindQuery } from '../src/platform/store/cosmos/buildFindQuery';
import { CosmosCollection } from '../src/platform/store/cosmos/CosmosCollection';
import { cosmosCredentials } from '../src/platform/store/cosmos/cosmosCredentials';
import { CosmosStore } from '../src/platform/store/cosmos/CosmosStore';
import { NedbStore } from '../src/platform/store/embedded/NedbStore';
import { openStore } from '../src/platform/store/openStore';
import { withRetry } from '../src/platform/store/withRetry';
import { startCosmosServer, type CosmosTestServer } from './support/cosmosServer';
import { allCollections } from './support/collections';

interface Note extends StoredDoc {
  title: string;
  rank: number;
  done: boolean;
  meta: { kind: string };
}

const instantly = { sleep: async () => undefined };
let tenantCount = 0;
/** A fresh tenant per test keeps the tests independent while sharing one store. */
const newTenant = () => `kommun-${++tenantCount}`;
const note = (tenant: string, id: string, over: Partial<Note> = {}): Note => ({ id, tenant, title: `Anteckning ${id}`, rank: 1, done: false, meta: { kind: 'a' }, ...over });

interface Adapter {
  open(): Promise<DocumentStore>;
  dispose(): Promise<void>;
}

function embedded(): Adapter {
  const dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
  return { open: () => openStore({ kind: 'embedded', dataDir: dir }, allCollections), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

function cosmos(): Adapter {
  let server: CosmosTestServer | undefined;
  return {
    async open() {
      server = await startCosmosServer();
      const database = `contract-${process.pid}-${Date.now()}`;
      return openStore({ kind: 'cosmos', endpoint: server.endpoint, key: server.key, database }, allCollections, { agent: server.agent });
    },
    dispose: async () => server?.close(),
  };
}

describe.each([
  ['embedded (NeDB)', embedded],
  ['Cosmos DB', cosmos],
])('DocumentStore contract: %s', (_name, makeAdapter) => {
  const adapter = makeAdapter();
  let store: DocumentStore;
  const notes = () => store.collection<Note>('questions');

  beforeAll(async () => {
    store = await adapter.open();
  });
  afterAll(async () => {
    await store?.close();
    await adapter.dispose();
  });

  it('When a document is created, then get returns exactly it, without system fields, and its etag', async () => {
    const t = newTenant();
    const created = await notes().create(note(t, 'n1'));
    const got = await notes().get(t, 'n1');
    expect(got).toEqual({ doc: note(t, 'n1'), etag: created.etag });
    expect(Object.keys(got!.doc).sort()).toEqual(['done', 'id', 'meta', 'rank', 'tenant', 'title']);
    expect(created.doc).toEqual(note(t, 'n1'));
  });

  it('When the id is absent, then get returns undefined', async () => {
    await expect(notes().get(newTenant(), 'finns-inte')).resolves.toBeUndefined();
  });

  it('When an id is created twice in one tenant, then the second is a ConflictError', async () => {
    const t = newTenant();
    await notes().create(note(t, 'n1'));
    await expect(notes().create(note(t, 'n1', { title: 'igen' }))).rejects.toBeInstanceOf(ConflictError);
    expect((await notes().get(t, 'n1'))?.doc.title).toBe('Anteckning n1');
  });

  it('When replacing with the current etag, then the document changes and a new etag comes back', async () => {
    const t = newTenant();
    const first = await notes().create(note(t, 'n1'));
    const second = await notes().replace(note(t, 'n1', { title: 'ändrad' }), first.etag);
    expect(second.etag).not.toBe(first.etag);
    expect(await notes().get(t, 'n1')).toEqual({ doc: note(t, 'n1', { title: 'ändrad' }), etag: second.etag });
  });

  it('When replacing with a stale etag, then it is a ConflictError and the stored document is unchanged', async () => {
    const t = newTenant();
    const first = await notes().create(note(t, 'n1'));
    const second = await notes().replace(note(t, 'n1', { title: 'först' }), first.etag);
    await expect(notes().replace(note(t, 'n1', { title: 'sen' }), first.etag)).rejects.toBeInstanceOf(ConflictError);
    expect(await notes().get(t, 'n1')).toEqual({ doc: note(t, 'n1', { title: 'först' }), etag: second.etag });
  });

  it('When replacing a document that does not exist, then it is a NotFoundError', async () => {
    const t = newTenant();
    const other = await notes().create(note(t, 'annan'));
    await expect(notes().replace(note(t, 'borta'), other.etag)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('When upserting, then the first call creates and the next overwrites whatever is there', async () => {
    const t = newTenant();
    const first = await notes().upsert(note(t, 'n1'));
    expect(await notes().get(t, 'n1')).toEqual(first);
    const second = await notes().upsert(note(t, 'n1', { rank: 7 }));
    expect(second.etag).not.toBe(first.etag);
    expect(await notes().get(t, 'n1')).toEqual({ doc: note(t, 'n1', { rank: 7 }), etag: second.etag });
  });

  it('When deleting with a stale etag, then it is a ConflictError; with the current one, then it is gone', async () => {
    const t = newTenant();
    const first = await notes().create(note(t, 'n1'));
    const second = await notes().replace(note(t, 'n1', { rank: 2 }), first.etag);
    await expect(notes().delete(t, 'n1', first.etag)).rejects.toBeInstanceOf(ConflictError);
    expect(await notes().get(t, 'n1')).toBeDefined();
    await expect(notes().delete(t, 'n1', second.etag)).resolves.toBe(true);
    await expect(notes().get(t, 'n1')).resolves.toBeUndefined();
  });

  it('When deleting without etag, then it is gone; when deleting an absent document, then false', async () => {
    const t = newTenant();
    await notes().create(note(t, 'n1'));
    await expect(notes().delete(t, 'n1')).resolves.toBe(true);
    await expect(notes().delete(t, 'n1')).resolves.toBe(false);
    await expect(notes().delete(t, 'aldrig', 'någon-etag')).resolves.toBe(false);
  });

  it('When two tenants use the same id, then each sees only its own document', async () => {
    const [a, b] = [newTenant(), newTenant()];
    await notes().create(note(a, 'delad', { title: 'A' }));
    await notes().create(note(b, 'delad', { title: 'B' }));
    await notes().create(note(b, 'bara-b', { title: 'B' }));
    expect((await notes().get(a, 'delad'))?.doc.title).toBe('A');
    const found = await notes().find(a);
    expect(found.map((v) => [v.doc.tenant, v.doc.id, v.doc.title])).toEqual([[a, 'delad', 'A']]);
    expect(await notes().find(a, { id: 'bara-b' })).toEqual([]);
    await notes().delete(a, 'delad');
    expect((await notes().get(b, 'delad'))?.doc.title).toBe('B');
  });

  it('When filtering by fields, dotted ones included, then only matching documents come back, with etags', async () => {
    const t = newTenant();
    await notes().create(note(t, 'x', { meta: { kind: 'beslut' }, done: true }));
    await notes().create(note(t, 'y', { meta: { kind: 'beslut' }, done: false }));
    await notes().create(note(t, 'z', { meta: { kind: 'uppföljning' }, done: true }));
    const ids = async (filter: Record<string, string | boolean>) => (await notes().find(t, filter)).map((v) => v.doc.id).sort();
    expect(await ids({ 'meta.kind': 'beslut' })).toEqual(['x', 'y']);
    expect(await ids({ 'meta.kind': 'beslut', done: true })).toEqual(['x']);
    expect(await ids({ title: 'ingen sådan' })).toEqual([]);
    const [x] = await notes().find(t, { id: 'x' });
    expect(x).toEqual(await notes().get(t, 'x'));
  });

  it('When ordering and limiting, then documents come sorted ascending or descending and cut to the limit', async () => {
    const t = newTenant();
    for (const [id, rank] of [['b', 2], ['d', 4], ['a', 1], ['c', 3]] as const) await notes().create(note(t, id, { rank }));
    const ids = async (direction: 'asc' | 'desc' | undefined, limit?: number) =>
      (await notes().find(t, {}, { orderBy: { field: 'rank', direction }, limit })).map((v) => v.doc.id);
    expect(await ids(undefined)).toEqual(['a', 'b', 'c', 'd']);
    expect(await ids('asc', 2)).toEqual(['a', 'b']);
    expect(await ids('desc', 3)).toEqual(['d', 'c', 'b']);
    expect(await ids('desc', 0)).toEqual([]);
    expect(await notes().find(t, { rank: 3 }, { limit: 10 })).toHaveLength(1);
  });

  it('When ids contain spaces and å, ä, ö, then every operation works', async () => {
    const t = newTenant();
    const id = 'Årsredovisning för Västerås kommun – bilaga ö';
    const created = await notes().create(note(t, id));
    expect((await notes().get(t, id))?.doc.id).toBe(id);
    const replaced = await notes().replace(note(t, id, { rank: 9 }), created.etag);
    expect((await notes().find(t, { id })).map((v) => v.doc.rank)).toEqual([9]);
    await expect(notes().delete(t, id, replaced.etag)).resolves.toBe(true);
  });

  it('When a document is written to one collection, then the other collections do not see it', async () => {
    const t = newTenant();
    await store.collection<Note>('org').create(note(t, 'n1'));
    await expect(store.collection<Note>('people').get(t, 'n1')).resolves.toBeUndefined();
  });

  it('When pinged, then the store answers', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

describe('CosmosStore when the service is out of reach', () => {
  const closedPort = async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return port;
  };

  it('When the endpoint refuses connections, then open fails fast with StoreUnavailableError', async () => {
    const started = Date.now();
    const opening = CosmosStore.open({ endpoint: `https://127.0.0.1:${await closedPort()}`, key: 'k', database: 'x', retry: instantly, collections: allCollections });
    await expect(opening).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('When the server goes away after open, then ping and reads give StoreUnavailableError with the cause', async () => {
    const server = await startCosmosServer();
    const store = await CosmosStore.open({ endpoint: server.endpoint, key: server.key, database: 'borta', agent: server.agent, retry: instantly, collections: allCollections });
    await server.close();
    const started = Date.now();
    const failure = await store.ping().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).cause).toBeDefined();
    await expect(store.collection('org').get('t', 'x')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(5_000);
    await store.close();
  });
});

describe('CosmosStore setup', () => {
  let server: CosmosTestServer;
  beforeAll(async () => {
    server = await startCosmosServer();
  });
  afterAll(() => server.close());
  const open = (database: string, containerPrefix?: string) =>
    CosmosStore.open({ endpoint: server.endpoint, key: server.key, database, agent: server.agent, containerPrefix, retry: instantly, collections: allCollections });

  it('When a container prefix is given, then its collections are apart from the unprefixed ones', async () => {
    const [prefixed, plain] = [await open('delad', 'prov-'), await open('delad')];
    await prefixed.collection<StoredDoc>('org').create({ id: 'x', tenant: 't' });
    await expect(plain.collection<StoredDoc>('org').get('t', 'x')).resolves.toBeUndefined();
    await Promise.all([prefixed.close(), plain.close()]);
  });

  it('When a container exists with another partition key, then open refuses it', async () => {
    const client = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent });
    const { database } = await client.databases.createIfNotExists({ id: 'fel-nyckel' });
    await database.containers.createIfNotExists({ id: 'org', partitionKey: { paths: ['/id'] } });
    client.dispose();
    await expect(open('fel-nyckel')).rejects.toThrow(/partitionsnyckeln \/id/);
  });
});

describe('cosmosCredentials', () => {
  it('When a key is configured, then key auth is used', async () => {
    await expect(cosmosCredentials({ key: 'k', managedIdentityClientId: 'id' })).resolves.toEqual({ key: 'k' });
  });

  it('When there is no key, then the managed identity with the client id is used, else DefaultAzureCredential', async () => {
    expect((await cosmosCredentials({ managedIdentityClientId: '00000000-0000-0000-0000-000000000001' })).aadCredentials).toBeInstanceOf(ManagedIdentityCredential);
    expect((await cosmosCredentials({})).aadCredentials).toBeInstanceOf(DefaultAzureCredential);
  });
});

describe('CosmosCollection retries', () => {
  const status = (code: number) => Object.assign(new Error(`status ${code}`), { code });
  const containerWith = (part: object) => ({ id: 'test', ...part }) as unknown as Container;

  it('When a read meets 503 twice, then the third try is returned', async () => {
    const read = jest.fn().mockRejectedValueOnce(status(503)).mockRejectedValueOnce(status(503)).mockResolvedValue({ resource: { id: 'a', tenant: 't', _etag: 'e1', _ts: 1 } });
    const collection = new CosmosCollection(containerWith({ item: () => ({ read }) }), instantly);
    await expect(collection.get('t', 'a')).resolves.toEqual({ doc: { id: 'a', tenant: 't' }, etag: 'e1' });
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('When a create times out, then it is not replayed (it may have landed) and surfaces as StoreUnavailableError', async () => {
    const create = jest.fn().mockRejectedValue(Object.assign(new Error('timeout'), { code: 'TimeoutError' }));
    const collection = new CosmosCollection(containerWith({ items: { create } }), instantly);
    await expect(collection.create({ id: 'a', tenant: 't' })).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('When a write is refused before reaching the service, then it is retried', async () => {
    const refused = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    const create = jest.fn().mockRejectedValueOnce(refused).mockResolvedValue({ resource: { id: 'a', tenant: 't', _etag: 'e1' } });
    const collection = new CosmosCollection(containerWith({ items: { create } }), instantly);
    await expect(collection.create({ id: 'a', tenant: 't' })).resolves.toEqual({ doc: { id: 'a', tenant: 't' }, etag: 'e1' });
    expect(create).toHaveBeenCalledTimes(2);
  });
});

describe('buildFindQuery', () => {
  it('When filtering, then the tenant is always in the SQL and every value is a parameter', () => {
    expect(buildFindQuery('t', { 'meta.kind': 'x', value: 1 }, { orderBy: { field: 'rank', direction: 'desc' }, limit: 5 })).toEqual({
      query: 'SELECT TOP @limit * FROM c WHERE c["tenant"] = @tenant AND c["meta"]["kind"] = @p0 AND c["value"] = @p1 ORDER BY c["rank"] DESC',
      parameters: [
        { name: '@tenant', value: 't' },
        { name: '@p0', value: 'x' },
        { name: '@p1', value: 1 },
        { name: '@limit', value: 5 },
      ],
    });
  });

  it.each(['a"] = 1 OR 1=1 --', 'a b', '1a', 'a..b', '', 'tenant"]'])('When a field name is %j, then it is refused', (field) => {
    expect(() => buildFindQuery('t', { [field]: 1 })).toThrow(TypeError);
    expect(() => buildFindQuery('t', {}, { orderBy: { field } })).toThrow(TypeError);
  });

  it('When the limit is negative or fractional, then it is refused', () => {
    expect(() => buildFindQuery('t', {}, { limit: -1 })).toThrow(RangeError);
    expect(() => buildFindQuery('t', {}, { limit: 1.5 })).toThrow(RangeError);
  });
});

describe('withRetry', () => {
  const transient = Object.assign(new Error('busy'), { transient: true });
  const isTransient = (e: unknown) => (e as { transient?: boolean }).transient === true;

  it('When the operation fails transiently and then succeeds, then its result is returned after growing pauses', async () => {
    const pauses: number[] = [];
    const op = jest.fn().mockRejectedValueOnce(transient).mockRejectedValueOnce(transient).mockResolvedValue('ok');
    const result = await withRetry('test', op, isTransient, { attempts: 3, baseDelayMs: 100, random: () => 1, sleep: async (ms) => void pauses.push(ms) });
    expect(result).toBe('ok');
    expect(pauses).toEqual([100, 200]);
  });

  it('When the error is not transient, then it is rethrown at once, untouched', async () => {
    const bug = new Error('bug');
    const op = jest.fn().mockRejectedValue(bug);
    await expect(withRetry('test', op, isTransient, instantly)).rejects.toBe(bug);
    expect(op).toHaveBeenCalledTimes(1);
  });

  it('When every attempt fails transiently, then it is a StoreUnavailableError with the last error as cause', async () => {
    const op = jest.fn().mockRejectedValue(transient);
    const failure = await withRetry('test', op, isTransient, { ...instantly, attempts: 3 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).cause).toBe(transient);
    expect(op).toHaveBeenCalledTimes(3);
  });
});

describe('openStore', () => {
  it('When the configuration says embedded, then a NedbStore is opened in the data directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-open-'));
    const store = await openStore({ kind: 'embedded', dataDir: dir }, allCollections);
    expect(store).toBeInstanceOf(NedbStore);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
