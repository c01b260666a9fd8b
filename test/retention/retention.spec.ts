import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config';
import { appFeatures, collectionsOf } from '../../src/app/features';
import { kernelRetention } from '../../src/kernel/retention/kernelRetention';
import { expireOld } from '../../src/kernel/retention/expireOld';
import { PersonalData, type PersonKeys } from '../../src/kernel/retention/PersonalData';
import { RetentionPolicy } from '../../src/kernel/retention/RetentionPolicy';
import type { DocumentStore, StoredDoc } from '../../src/kernel/store/Collection';
import { pseudonym } from '../../src/shared/logger';
import { openStore } from '../../src/platform/store/openStore';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmosServer';

const features = appFeatures(loadConfig({}));
const collections = collectionsOf(features);
const declared = [...kernelRetention, ...features.flatMap((f) => f.retention ?? [])];
const policy = (days: Record<string, number> = {}) => new RetentionPolicy(declared, collections, days);

const now = new Date('2027-03-01T03:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
let tenantCount = 0;
const newKommun = () => `kommun-${++tenantCount}`;

type Doc = StoredDoc & Record<string, unknown>;

/** Anna (in the organisation, with an Entra id) and Bo (someone else) leave traces in every collection. */
const anna: PersonKeys = { id: 'anna', aadObjectId: 'aad-anna', email: 'anna@kommun.se' };
const bo: PersonKeys = { id: 'bo', aadObjectId: 'aad-bo', email: 'bo@kommun.se' };

function traces(kommun: string, p: Required<PersonKeys>, at: string): Record<string, Doc[]> {
  const by = pseudonym(p.aadObjectId)!;
  return {
    people: [{ id: p.id, tenant: kommun, name: `Namn ${p.id}`, email: p.email, aadObjectId: p.aadObjectId, roles: [] }],
    conversations: [{ id: `user:${p.aadObjectId}`, tenant: kommun, scope: 'personal', aadObjectId: p.aadObjectId, reference: { user: { id: `29:${p.id}` } }, fingerprint: 'f', updatedAt: at }],
    questions: [{ id: `q-${p.id}`, tenant: kommun, text: 'Vem beslutar om X?', key: 'vem beslutar om x', askedAt: at, askedBy: by }],
    feedback: [{ id: `fb-${p.id}`, tenant: kommun, question: 'Q', key: 'q', helpful: true, sources: [], at, by }],
    reminderPrefs: [{ id: p.id, tenant: kommun, weeklyDigest: true, optOut: [], snoozed: {}, done: [], updatedAt: at }],
    deliveries: [{ id: `d-${p.id}`, tenant: kommun, topic: 'reminder', person: p.id, aadObjectId: p.aadObjectId, date: '2026-01-01', notBefore: at, window: 'working', data: {}, status: 'sent', attempts: 1, createdAt: at, updatedAt: at }],
    followups: [
      {
        id: `delar:2026:${p.id}-enhet`, tenant: kommun, kind: 'followup', state: 'submitted', answers: { kommentar: 'Allt enligt plan' },
        createdBy: 'someone', updatedBy: 'someone', updatedByName: 'Någon', createdAt: at, updatedAt: at, version: 2,
        history: [{ version: 1, at, by: p.id, byName: `Namn ${p.id}`, action: 'saved', changed: [] }, { version: 2, at, by: 'someone', byName: 'Någon', action: 'submitted', changed: [] }],
      },
    ],
    deadlines: [{ id: `admin:${p.id}`, tenant: kommun, source: 'admin', kind: 'task', title: 'Gör X', due: '2026-05-01', year: 2026, assignees: [{ kind: 'people', ids: [p.id, 'annan'] }], escalate: false, status: 'done', closed: { by: p.id, at }, updatedAt: at }],
    audit: [{ id: `a-${p.id}`, tenant: kommun, by: p.id, what: 'command:frist', at }],
  };
}

async function seed(store: DocumentStore, docs: Record<string, Doc[]>): Promise<void> {
  for (const [name, list] of Object.entries(docs)) for (const d of list) await store.collection<Doc>(name).create(d);
}

const ids = async (store: DocumentStore, name: string, tenant: string) => (await store.collection<Doc>(name).find(tenant)).map((v) => v.doc.id).sort();

interface Adapter {
  open(): Promise<DocumentStore>;
  dispose(): Promise<void>;
}

function embedded(): Adapter {
  const dir = mkdtempSync(join(tmpdir(), 'retention-'));
  return { open: () => openStore({ kind: 'embedded', dataDir: dir }, collections), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

function cosmos(): Adapter {
  let server: CosmosTestServer | undefined;
  return {
    async open() {
      server = await startCosmosServer();
      return openStore({ kind: 'cosmos', endpoint: server.endpoint, key: server.key, database: `retention-${process.pid}` }, collections, { agent: server.agent });
    },
    dispose: async () => server?.close(),
  };
}

describe.each([
  ['embedded (NeDB)', embedded],
  ['Cosmos DB', cosmos],
])('Retention, export and erasure of a person: %s', (_name, makeAdapter) => {
  const adapter = makeAdapter();
  let store: DocumentStore;

  beforeAll(async () => {
    store = await adapter.open();
  }, 30_000);
  afterAll(async () => {
    await store?.close();
    await adapter.dispose();
  });

  it('When gallring runs, then expired working data is deleted, recent data, waiting deliveries, working data and public records are kept', async () => {
    const k = newKommun();
    await seed(store, traces(k, anna as Required<PersonKeys>, daysAgo(800)));
    await seed(store, traces(k, bo as Required<PersonKeys>, daysAgo(10)));
    await store.collection<Doc>('deliveries').create({ id: 'd-waiting', tenant: k, person: 'anna', status: 'waiting', updatedAt: daysAgo(400) });
    const deleted = await expireOld(store, policy(), [k], now);
    expect(deleted).toMatchObject({ conversations: 1, questions: 1, feedback: 1, reminderPrefs: 1, deliveries: 1, audit: 1 });
    for (const name of ['conversations', 'questions', 'feedback', 'reminderPrefs', 'audit']) expect({ name, ids: (await ids(store, name, k)).filter((id) => id.includes('anna')) }).toEqual({ name, ids: [] });
    expect(await ids(store, 'deliveries', k)).toEqual(['d-bo', 'd-waiting']);
    // Public records and working data have no age: 800 days old, they stay.
    expect(await ids(store, 'followups', k)).toEqual(['delar:2026:anna-enhet', 'delar:2026:bo-enhet']);
    expect(await ids(store, 'people', k)).toEqual(['anna', 'bo']);
    expect(await ids(store, 'deadlines', k)).toEqual(['admin:anna', 'admin:bo']);
    expect((await ids(store, 'questions', k))).toEqual(['q-bo']);
  });

  it('When RETENTION_DAYS shortens a collection, then its documents go sooner; other kommuner are not touched when not named', async () => {
    const k = newKommun();
    const other = newKommun();
    await store.collection<Doc>('questions').create({ id: 'q40', tenant: k, askedAt: daysAgo(40) });
    await store.collection<Doc>('questions').create({ id: 'q20', tenant: k, askedAt: daysAgo(20) });
    await store.collection<Doc>('questions').create({ id: 'q40', tenant: other, askedAt: daysAgo(40) });
    expect(await expireOld(store, policy(), [k], now)).toMatchObject({ questions: 0 });
    expect(await expireOld(store, policy({ questions: 30 }), [k], now)).toMatchObject({ questions: 1 });
    expect(await ids(store, 'questions', k)).toEqual(['q20']);
    expect(await ids(store, 'questions', other)).toEqual(['q40']);
  });

  it('When more expired documents lie than one page holds, then one run deletes them all, oldest first, and stops at the first recent one', async () => {
    const k = newKommun();
    const feedback = store.collection<Doc>('feedback');
    for (let i = 0; i < 450; i++) await feedback.create({ id: `old-${i}`, tenant: k, at: daysAgo(400 + (i % 50)) });
    for (let i = 0; i < 5; i++) await feedback.create({ id: `new-${i}`, tenant: k, at: daysAgo(i) });
    expect(await expireOld(store, policy(), [k], now)).toMatchObject({ feedback: 450 });
    expect(await ids(store, 'feedback', k)).toEqual(['new-0', 'new-1', 'new-2', 'new-3', 'new-4']);
  }, 60_000);

  it('When a person is exported, then the JSON holds their documents in every collection (found by id, Entra id, pseudonym, nested history) and nobody else\'s', async () => {
    const k = newKommun();
    await seed(store, traces(k, anna as Required<PersonKeys>, daysAgo(5)));
    await seed(store, traces(k, bo as Required<PersonKeys>, daysAgo(5)));
    await store.collection<Doc>('chatSettings').create({ id: 'conv-1', tenant: 'entra-1', kommun: k, changedBy: 'anna', changedAt: daysAgo(5) });
    const data = new PersonalData(store, policy());
    const exported = (await data.export({ kommun: k, entraTenantId: 'entra-1' }, anna, now)) as { collections: { collection: string; retention: string; onErasure: string; documents: Doc[] }[] };
    const byCollection = Object.fromEntries(exported.collections.map((c) => [c.collection, c.documents.map((d) => d.id)]));
    expect(byCollection).toEqual({
      people: ['anna'],
      conversations: ['user:aad-anna'],
      chatSettings: ['conv-1'],
      deadlines: ['admin:anna'],
      deliveries: ['d-anna'],
      audit: ['a-anna'],
      followups: ['delar:2026:anna-enhet'],
      questions: ['q-anna'],
      feedback: ['fb-anna'],
      reminderPrefs: ['anna'],
    });
    expect(JSON.stringify(exported)).not.toContain('aad-bo');
    expect(exported.collections.find((c) => c.collection === 'followups')).toMatchObject({ retention: 'allmän handling – bevaras', onErasure: 'keep' });
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it('When a person is erased, then their working data is deleted or pseudonymised, public records and the audit trail are kept as they were, and nobody else\'s data changes', async () => {
    const k = newKommun();
    await seed(store, traces(k, anna as Required<PersonKeys>, daysAgo(5)));
    await seed(store, traces(k, bo as Required<PersonKeys>, daysAgo(5)));
    await store.collection<Doc>('chatSettings').create({ id: 'conv-2', tenant: 'entra-2', kommun: k, changedBy: 'anna', changedAt: daysAgo(5) });
    await store.collection<Doc>('chatSettings').create({ id: 'user:aad-anna', tenant: 'entra-2', kommun: k, changedBy: 'anna', changedAt: daysAgo(5) });
    const followupBefore = await store.collection<Doc>('followups').get(k, 'delar:2026:anna-enhet');
    const data = new PersonalData(store, policy());
    const outcomes = await data.erase({ kommun: k, entraTenantId: 'entra-2' }, anna);
    expect(Object.fromEntries(outcomes.map((o) => [o.collection, `${o.erase}:${o.count}`]))).toEqual({
      people: 'delete:1', conversations: 'delete:1', chatSettings: 'pseudonymise:2', deadlines: 'pseudonymise:1', deliveries: 'delete:1',
      audit: 'keep:1', followups: 'keep:1', questions: 'delete:1', feedback: 'delete:1', reminderPrefs: 'delete:1',
    });
    for (const name of ['people', 'conversations', 'questions', 'feedback', 'reminderPrefs', 'deliveries']) expect({ name, ids: (await ids(store, name, k)).filter((id) => /anna/.test(id)) }).toEqual({ name, ids: [] });
    const setting = (await store.collection<Doc>('chatSettings').get('entra-2', 'conv-2'))!.doc;
    expect(setting).toMatchObject({ id: 'conv-2', tenant: 'entra-2', kommun: k, changedBy: expect.stringMatching(/^raderad-[0-9a-f]{8}$/) });
    // Her own personal chat's setting is keyed by her: it is deleted, not pseudonymised.
    expect(await ids(store, 'chatSettings', 'entra-2')).toEqual(['conv-2']);
    const deadline = (await store.collection<Doc>('deadlines').get(k, 'admin:anna'))!.doc as Doc & { assignees: { ids: string[] }[]; closed: { by: string } };
    expect(deadline.assignees[0].ids).toEqual([setting.changedBy, 'annan']);
    expect(deadline.closed.by).toBe(setting.changedBy);
    expect((await store.collection<Doc>('followups').get(k, 'delar:2026:anna-enhet'))).toEqual(followupBefore);
    expect((await store.collection<Doc>('audit').get(k, 'a-anna'))?.doc.by).toBe('anna');
    // Bo is untouched, and Anna is gone from what may be erased.
    expect((await data.find({ kommun: k }, bo)).map((f) => f.rule.collection).sort()).toEqual(['audit', 'conversations', 'deadlines', 'deliveries', 'feedback', 'followups', 'people', 'questions', 'reminderPrefs']);
    expect((await data.find({ kommun: k, entraTenantId: 'entra-2' }, anna)).map((f) => f.rule.collection).sort()).toEqual(['audit', 'followups']);
  });
});

describe('Retention rules', () => {
  /** Collections of workflows being built that have not declared their rules yet (kept as public records until they do); keep it empty. */
  const undeclaredYet: string[] = [];

  it('When the app\'s collections are listed, then each has one declared rule (bar the explicit list of workflows not declared yet)', () => {
    const ruled = new Set(declared.map((r) => r.collection));
    expect(collections.filter((c) => !ruled.has(c) && !undeclaredYet.includes(c))).toEqual([]);
    expect(declared.length).toBe(ruled.size);
  });

  it('When a collection has no rule, then it is kept as a public record and searched whole', () => {
    const p = new RetentionPolicy(kernelRetention, [...collections, 'nyttArbetsflode']);
    expect(p.rule('nyttArbetsflode')).toMatchObject({ keep: 'record', person: { scan: true, erase: 'keep' } });
    expect(p.publicRecords).toContain('nyttArbetsflode');
  });

  it('When RETENTION_DAYS names a public record, working data or an unknown collection, then the app refuses to start and says why', () => {
    expect(() => policy({ followups: 30 })).toThrow(/followups is a public record/);
    expect(() => policy({ people: 30 })).toThrow(/people is kept while used/);
    expect(() => policy({ nosuch: 30 })).toThrow(/nosuch is no collection/);
    expect(policy({ audit: 1095 }).rule('audit')).toMatchObject({ keep: 'days', days: 1095 });
    expect(loadConfig({ RETENTION_DAYS: 'questions:180,audit:1095' }).retentionDays).toEqual({ questions: 180, audit: 1095 });
    expect(() => loadConfig({ RETENTION_DAYS: 'questions=180' })).toThrow(/RETENTION_DAYS/);
  });

  it('When a feature keeps submitted reports, then they are public records that erasure never changes', () => {
    expect(policy().publicRecords).toEqual(expect.arrayContaining(['followups']));
    for (const r of policy().rules) if (r.keep === 'record') expect({ c: r.collection, erase: r.person?.erase ?? 'keep' }).toEqual({ c: r.collection, erase: 'keep' });
  });
});

describe('docs/dataskydd.md', () => {
  const page = readFileSync(join(__dirname, '..', '..', 'docs', 'dataskydd.md'), 'utf8');
  /** The table's rows: the collections named in its first column, and the row's text. */
  const rows = page.split('\n').filter((l) => /^\| `/.test(l)).flatMap((l) => [...l.split('|')[1].matchAll(/`([A-Za-z]+)`/g)].map((m) => [m[1], l] as const));
  const row = new Map(rows);

  it('When the page is read, then its table names every collection the app keeps', () => {
    expect(collections.filter((c) => !row.has(c))).toEqual([]);
  });

  it('When a collection is declared a public record or expiring in code, then the page says so, with the same days', () => {
    for (const r of declared) {
      const line = row.get(r.collection) ?? '';
      if (r.keep === 'record') expect({ c: r.collection, says: line.includes('allmän handling – bevaras') }).toEqual({ c: r.collection, says: true });
      if (r.keep === 'days') expect({ c: r.collection, says: line.includes(`gallras ${r.days} dagar`) }).toEqual({ c: r.collection, says: true });
    }
  });
});
