import pino from 'pino';
import { WorkingCalendar } from '../../src/kernel/calendar/WorkingCalendar';
import { createConversationRefRepository, type StoredConversationRef } from '../../src/kernel/conversations/ConversationRefRepository';
import type { NewDelivery } from '../../src/kernel/jobs/Delivery';
import { DeliveryQueue } from '../../src/kernel/jobs/DeliveryQueue';
import { Dispatcher, type DeliveryTopic } from '../../src/kernel/jobs/Dispatcher';
import { Lease } from '../../src/kernel/jobs/Lease';
import { SendLimiter, teamsLimits } from '../../src/kernel/jobs/SendLimiter';
import type { ProactiveSender, SendResult } from '../../src/kernel/notify/Notifier';
import type { DocumentStore } from '../../src/kernel/store/Collection';
import { openStore } from '../../src/platform/store/openStore';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmosServer';
import { tempDataDir } from '../support/testApp';

const kommun = 'k';
const calendar = new WorkingCalendar();
const topic: DeliveryTopic = { topic: 't', compose: async (_k, groups) => groups.map((g) => (g.person === 'gone' ? undefined : { text: `hej ${g.person} (${g.deliveries.length})` })) };
const delivery = (person: string, over: Partial<NewDelivery> = {}): NewDelivery => ({ id: `d-${person}`, topic: 't', person, aadObjectId: `aad-${person}`, date: '2026-12-01', notBefore: '2026-01-01T00:00:00Z', window: 'any', data: {}, ...over });

/** A Bot Connector stand-in at the sender port: answers per person with a script of results, and counts sends. */
class ScriptedSender implements ProactiveSender {
  readonly sent: string[] = [];
  readonly attempts: string[] = [];
  constructor(private readonly script: Record<string, SendResult[]> = {}, private readonly delayMs = 0) {}
  async send(ref: StoredConversationRef, message: { text: string }): Promise<SendResult> {
    const person = ref.aadObjectId!.slice(4);
    this.attempts.push(person);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    const result = this.script[person]?.shift() ?? { outcome: 'sent' };
    if (result.outcome === 'sent') this.sent.push(message.text);
    return result;
  }
}

const collections = ['conversations', 'deliveries', 'leases'];
let cosmos: CosmosTestServer | undefined;
afterAll(() => cosmos?.close());
const stores: [string, () => Promise<DocumentStore>][] = [
  ['embedded store', () => openStore({ kind: 'embedded', dataDir: tempDataDir(), timeoutMs: 4000 }, collections)],
  ['Cosmos DB', async () => {
    cosmos ??= await startCosmosServer();
    return openStore({ kind: 'cosmos', endpoint: cosmos.endpoint, key: cosmos.key, database: `jobs-${process.pid}-${Date.now()}`, timeoutMs: 4000 }, collections, { agent: cosmos.agent });
  }],
];

describe.each(stores)('Dispatcher (delivery queue, lease, limiter) against a scripted connector, on the %s', (_name, open) => {
  let store: DocumentStore;
  let queue: DeliveryQueue;
  const dispatcher = (sender: ProactiveSender, over: { lease?: Lease; limiter?: SendLimiter } = {}) =>
    new Dispatcher({
      queue, sender, calendar, topics: [topic], kommuner: () => [kommun], clock: () => new Date(), logger: pino({ level: 'silent' }),
      refs: createConversationRefRepository(store),
      lease: over.lease ?? new Lease(store, 'scheduler', 2_000, () => new Date()),
      limiter: over.limiter ?? new SendLimiter({ ...teamsLimits, perConversation: [{ count: 1000, perMs: 1000 }], perTenantPerSecond: 500 }),
      options: { backoff: { baseMs: 20, maxMs: 100 }, maxAttempts: 3, staleAfterMs: 300 },
    });
  const status = async (id: string) => (await queue.byIds(kommun, [id])).get(id)?.doc;

  beforeEach(async () => {
    store = await open();
    queue = new DeliveryQueue(store, () => new Date());
    const refs = createConversationRefRepository(store);
    for (const p of ['a', 'b', 'c', 'gone', 'blocked', 'busy', 'flaky', 'down']) {
      await refs.save({ id: `user:aad-${p}`, tenant: kommun, scope: 'personal', aadObjectId: `aad-${p}`, reference: { conversation: { id: `conv-${p}` } }, fingerprint: p, updatedAt: '' });
    }
  });
  afterEach(() => store.close());

  it('When deliveries are due, then each is sent once and recorded sent; one with nothing left to say is skipped; one without a chat is no_reference', async () => {
    await queue.enqueue(kommun, [delivery('a'), delivery('b'), delivery('gone'), delivery('nochat')]);
    const sender = new ScriptedSender();
    const stats = await dispatcher(sender).run();
    expect(stats).toMatchObject({ held: true, sent: 2, skipped: 1, noReference: 1 });
    expect(sender.sent.sort()).toEqual(['hej a (1)', 'hej b (1)']);
    expect((await status('d-gone'))?.status).toBe('skipped');
    expect((await status('d-nochat'))?.status).toBe('no_reference');
    expect((await dispatcher(sender).run()).sent).toBe(0);
  });

  it('When deliveries share a group, then the person gets one message for all of them', async () => {
    await queue.enqueue(kommun, [delivery('a', { id: 'x1', group: 'day:1' }), delivery('a', { id: 'x2', group: 'day:1' })]);
    const sender = new ScriptedSender();
    await dispatcher(sender).run();
    expect(sender.sent).toEqual(['hej a (2)']);
    expect((await status('x1'))?.status).toBe('sent');
    expect((await status('x2'))?.status).toBe('sent');
  });

  it('When the connector answers 429, 503 or 403, then the delivery waits for Retry-After, backs off and is retried, fails after the last try, or is marked blocked at once', async () => {
    await queue.enqueue(kommun, [delivery('busy'), delivery('flaky'), delivery('down'), delivery('blocked')]);
    const sender = new ScriptedSender({
      busy: [{ outcome: 'throttled', status: 429, retryAfterMs: 50 }],
      flaky: [{ outcome: 'transient', status: 503 }],
      down: [{ outcome: 'transient', status: 503 }, { outcome: 'transient', status: 503 }, { outcome: 'transient', status: 503 }],
      blocked: [{ outcome: 'blocked', status: 403 }],
    });
    const d = dispatcher(sender);
    await d.run();
    expect((await status('d-busy'))).toMatchObject({ status: 'waiting', note: 'throttled' });
    expect((await status('d-flaky'))).toMatchObject({ status: 'waiting', note: 'http_503' });
    expect((await status('d-blocked'))).toMatchObject({ status: 'blocked' });
    for (let i = 0; i < 20 && sender.attempts.filter((p) => p === 'down').length < 3; i++) {
      await new Promise((r) => setTimeout(r, 60));
      await d.run();
    }
    expect((await status('d-busy'))?.status).toBe('sent');
    expect((await status('d-flaky'))?.status).toBe('sent');
    expect((await status('d-down'))).toMatchObject({ status: 'failed', note: 'http_503', attempts: 3 });
    expect(sender.attempts.filter((p) => p === 'blocked')).toHaveLength(1);
  });

  it('When two dispatchers run at once on the same store, then one holds the lease and every delivery is sent exactly once', async () => {
    const many = Array.from({ length: 60 }, (_, i) => delivery(['a', 'b', 'c'][i % 3], { id: `m-${i}`, group: undefined }));
    await queue.enqueue(kommun, many);
    const sender = new ScriptedSender({}, 2);
    const [one, two] = [dispatcher(sender, { lease: new Lease(store, 'scheduler', 2_000, () => new Date()) }), dispatcher(sender, { lease: new Lease(store, 'scheduler', 2_000, () => new Date()) })];
    const [s1, s2] = await Promise.all([one.run(), two.run()]);
    expect([s1.held, s2.held].filter(Boolean)).toHaveLength(1);
    const statuses = async () => [...(await queue.byIds(kommun, many.map((m) => m.id))).values()].map((v) => v.doc.status);
    // On a loaded machine the pass may stop when its lease lapses (by design); the next passes send the rest.
    for (let i = 0; i < 5 && !(await statuses()).every((s) => s === 'sent'); i++) await Promise.all([one.run(), two.run()]);
    expect(sender.attempts).toHaveLength(60);
    expect((await statuses()).every((s) => s === 'sent')).toBe(true);
  });

  it('When the dispatcher dies between claiming and recording, then after the lease expires another takes over and sends what was left (at most once more each), losing nothing', async () => {
    const many = Array.from({ length: 20 }, (_, i) => delivery(['a', 'b', 'c'][i % 3], { id: `k-${i}` }));
    await queue.enqueue(kommun, many);
    const sender = new ScriptedSender({}, 20);
    // A lease long enough that a loaded machine cannot let it lapse before the crash is checked.
    const ttl = 2_000;
    const first = dispatcher(sender, { lease: new Lease(store, 'scheduler', ttl, () => new Date()) });
    const running = first.run();
    while (sender.attempts.length < 5) await new Promise((r) => setTimeout(r, 5));
    first.kill();
    await running;
    const second = dispatcher(sender, { lease: new Lease(store, 'scheduler', ttl, () => new Date()) });
    expect((await second.run()).held).toBe(false); // the dead holder's lease has not expired yet
    await new Promise((r) => setTimeout(r, ttl + 100));
    const stats = await second.run();
    expect(stats.held).toBe(true);
    const statuses = [...(await queue.byIds(kommun, many.map((m) => m.id))).values()].map((v) => v.doc.status);
    expect(statuses.filter((s) => s === 'sent')).toHaveLength(20);
    expect(stats.recovered).toBeGreaterThan(0);
    // Every delivery reached its person; only those in flight at the crash (at most the limiter's concurrency) may have gone twice.
    expect(sender.attempts.length).toBeLessThanOrEqual(20 + teamsLimits.maxConcurrent);
  });
});
