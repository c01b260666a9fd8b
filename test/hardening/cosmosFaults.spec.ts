import { openStore } from '../../src/platform/store/openStore';
import type { DocumentStore } from '../../src/kernel/store/Collection';
import { captureLogs } from '../support/captureLogs';
import { action, input, textOf } from '../support/cardQuery';
import { allCollections } from '../support/collections';
import { countingStore } from '../support/countingStore';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmosServer';
import { startFaultProxy, type Fault, type FaultProxy } from '../support/faultProxy';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';

const chef = who('chef');
const valid = {
  'goal:b-bun:kunskap:assessment': 'uppfyllt',
  'ind:b-bun:kunskap:behorighet:value': '91,5',
  'ind:b-bun:kunskap:behorighet:trend': 'förbättrad',
  'goal:u-skola:lasning:assessment': 'delvis uppfyllt',
  'goal:u-skola:lasning:comment': 'Läsförståelsen ökar.',
  'economy:budget': '12 000',
  'economy:outcome': '4 100',
  'economy:forecast': '12 100',
  analysis: 'Fler elever i behov av särskilt stöd.',
};
/** A report of its own per test (the chief's unit, a year of its own), as a first submit presses it. */
const press = (year: number) => ({ period: 'resultatprognos', year, unit: 'skola', etag: null, version: 0, ...valid });
const notSaved = 'Det gick inte att spara just nu, försök igen om en stund. Dina uppgifter finns kvar i kortet.';

/** A write of a follow-up report (create or replace), not a query. */
const reportWrite = (r: { method: string; path: string; query: boolean }) => /\/colls\/followups\/docs/.test(r.path) && !r.query && (r.method === 'POST' || r.method === 'PUT');
const once = (fault: Fault, when: (r: { method: string; path: string; query: boolean }) => boolean) => {
  let used = false;
  return (r: { method: string; path: string; query: boolean }): Fault => (!used && when(r) ? ((used = true), fault) : 'pass');
};

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await f();
  return { ms: Date.now() - started, value };
}

/** Figures printed at the end, for the issue note. */
const figures: string[] = [];

describe('Cosmos DB that refuses, resets, slows and hangs (in-process server behind a fault-injecting proxy, STORE_TIMEOUT_MS=1500)', () => {
  let cosmos: CosmosTestServer;
  let proxy: FaultProxy;
  let store: ReturnType<typeof countingStore>;
  let t: FollowupTestApp;
  const logs = captureLogs();

  beforeAll(async () => {
    cosmos = await startCosmosServer();
    proxy = await startFaultProxy(cosmos.endpoint, cosmos.agent);
    const inner = await openStore({ kind: 'cosmos', endpoint: proxy.endpoint, key: cosmos.key, database: 'faults', timeoutMs: 1500 }, allCollections, { agent: cosmos.agent });
    store = countingStore(inner);
    // The in-process server's first queries can outlast the 1500 ms deadline on a loaded machine (two cores, two Jest
    // workers; seen once in a CI run): set-up tries once more, with the server warm. The faults below come after it.
    const start = () => startFollowupApp({ store, logger: logs.logger, clock: () => new Date('2026-05-02T12:05:00Z') });
    t = await start().catch(() => start());
    await t.say(chef, 'roller');
  }, 30_000);
  afterEach(() => {
    proxy.rule = () => 'pass';
  });
  afterAll(async () => {
    await t.stop();
    await proxy.close();
    await cosmos.close();
    console.log(`Cosmos fault figures:\n  ${figures.join('\n  ')}`);
  });

  it('When a chief submits, then the turn makes at most 9 store calls, at most 4 of them one after the other (the session, the context with the internal-control section beside it, the save with the refresh list beside it)', async () => {
    // A steady turn is counted: on a loaded machine the set-up's first turn may not have stored the conversation within
    // the deadline (seen once in CI: 11 calls, the conversation's upsert and read among them), so one more turn first.
    await t.say(chef, 'roller');
    store.reset();
    const res = await t.invoke(chef, 'followup.submit', press(2030));
    expect(textOf(res.value)).toContain('Tack! Rapporten är inlämnad (version 1)');
    const calls = store.calls.map((c) => `${c.collection}.${c.op}`);
    figures.push(`submit: ${calls.length} store calls, ${store.sequentialDepth()} sequential (${calls.join(', ')})`);
    // 8, and one more since issue 11: the unit's internal-control results (the risk feature's section of the report), read beside the context.
    expect(calls.length).toBeLessThanOrEqual(9);
    expect(store.sequentialDepth()).toBeLessThanOrEqual(4);
  });

  it('When every Cosmos request takes 1 s longer, then a submit is answered in about 4 s (was 10 s)', async () => {
    proxy.rule = () => ({ delayMs: 1000 });
    const { ms, value } = await timed(() => t.invoke(chef, 'followup.submit', press(2031)));
    figures.push(`submit with +1 s per Cosmos request: ${ms} ms`);
    expect(textOf(value.value)).toContain('Tack! Rapporten är inlämnad');
    expect(ms).toBeLessThan(6000);
  });

  it('When every Cosmos request takes longer than the deadline, or never gets an answer, then the save is answered within about one deadline, kindly, and the timeout is logged', async () => {
    for (const fault of [{ delayMs: 2000 }, 'hang'] as const) {
      proxy.rule = () => fault;
      logs.clear();
      const { ms, value } = await timed(() => t.invoke(chef, 'followup.save', press(2032)));
      figures.push(`draft save, every request ${JSON.stringify(fault)}: answered in ${ms} ms`);
      expect(value).toMatchObject({ statusCode: 503, value: { code: 'store_unavailable', message: notSaved } });
      expect(ms).toBeLessThan(3000);
      expect(logs.entries().find((e) => e.event === 'session_unavailable')?.err).toMatchObject({ name: 'StoreTimeoutError', code: 'store_timeout' });
    }
  });

  it('When Cosmos refuses connections or resets them during a submit, then the user is told the designed message (the card keeps their answers), with HTTP 200', async () => {
    await proxy.refuse();
    try {
      const refused = await t.invoke(chef, 'followup.submit', press(2033));
      expect(refused).toMatchObject({ statusCode: 503, type: 'application/vnd.microsoft.error', value: { message: notSaved } });
    } finally {
      await proxy.accept();
    }
    proxy.rule = () => 'reset';
    const reset = await t.invoke(chef, 'followup.submit', press(2033));
    expect(reset).toMatchObject({ statusCode: 503, value: { message: notSaved } });
  });

  it('When only the write fails, then the form comes back with every typed value and "Det gick inte att spara … Dina uppgifter finns kvar i kortet"', async () => {
    proxy.rule = (r) => (reportWrite(r) ? 'reset' : 'pass');
    const res = await t.invoke(chef, 'followup.submit', press(2034));
    expect(res.statusCode).toBe(200);
    expect(textOf(res.value)).toContain(notSaved);
    for (const [id, value] of Object.entries(valid)) expect(input(res.value, id)?.value).toBe(value);
    expect(await t.reports.get('provkommun', { period: 'resultatprognos', year: 2034, unit: 'skola' })).toBeUndefined();
  });

  it('When a write lands but its answer is lost, then the retry of the same press says "inlämnad" (version 1), not that someone else saved a newer version', async () => {
    for (const [year, lost] of [[2035, 'reset'], [2036, 'hang']] as const) {
      proxy.rule = once({ applyThen: lost }, reportWrite);
      const first = await t.invoke(chef, 'followup.submit', press(year));
      expect(textOf(first.value)).toContain(notSaved);
      const pressAgain = () => t.invoke(chef, 'followup.submit', action(first.value, 'followup.submit')!.data && { ...action(first.value, 'followup.submit')!.data, ...valid });
      let retry = await pressAgain();
      // On a loaded machine a read of the retry may pass the 1.5 s store deadline: the chief is told so (503) and presses once more.
      if (retry.statusCode === 503) retry = await pressAgain();
      expect(textOf(retry.value)).toContain('Tack! Rapporten är inlämnad (version 1)');
      expect(textOf(retry.value)).not.toContain('sparade en nyare version');
      const stored = await t.reports.get('provkommun', { period: 'resultatprognos', year, unit: 'skola' });
      expect(stored?.doc).toMatchObject({ version: 1, state: 'submitted' });
      expect(stored?.doc.history).toHaveLength(1);
    }
  });

  it('When a write hangs past the deadline and lands later, then it is not replayed: the retry saves once and the late write is refused by its condition', async () => {
    proxy.rule = once({ delayMs: 2000 }, reportWrite);
    const first = await t.invoke(chef, 'followup.submit', press(2037));
    expect(textOf(first.value)).toContain(notSaved);
    const retry = await t.invoke(chef, 'followup.submit', { ...action(first.value, 'followup.submit')!.data, ...valid });
    expect(textOf(retry.value)).toContain('Tack! Rapporten är inlämnad (version 1)');
    await new Promise((r) => setTimeout(r, 800)); // the held write reaches Cosmos now, and gets 409
    const stored = await t.reports.get('provkommun', { period: 'resultatprognos', year: 2037, unit: 'skola' });
    expect(stored?.doc).toMatchObject({ version: 1 });
    expect(stored?.doc.history).toHaveLength(1);
    expect(proxy.seen.filter((r) => reportWrite(r) && r.path.includes('followups')).length).toBeGreaterThanOrEqual(2);
  });

  it('When the chat settings cannot be read (the first read of a turn), then the turn goes on with the default kommun and says so in the log', async () => {
    proxy.rule = (r) => (/\/colls\/chatSettings\/docs\//.test(r.path) ? 'reset' : 'pass');
    logs.clear();
    const reply = await t.say(chef, 'roller');
    expect(reply.text).toContain('Chef Ett');
    expect(logs.entries().find((e) => e.event === 'chat_settings_unavailable')).toMatchObject({ kommun: 'provkommun' });
  });
});

describe('Cosmos DB that never answers, with the default deadlines (STORE_TIMEOUT_MS=4000, TURN_TIMEOUT_MS=10000)', () => {
  let cosmos: CosmosTestServer;
  let proxy: FaultProxy;
  let inner: DocumentStore;
  let t: FollowupTestApp;

  beforeAll(async () => {
    cosmos = await startCosmosServer();
    proxy = await startFaultProxy(cosmos.endpoint, cosmos.agent);
    inner = await openStore({ kind: 'cosmos', endpoint: proxy.endpoint, key: cosmos.key, database: 'hangs' }, allCollections, { agent: cosmos.agent });
    t = await startFollowupApp({ store: inner });
    await t.say(chef, 'roller');
  }, 30_000);
  afterAll(async () => {
    await t.stop();
    await proxy.close();
    await cosmos.close();
  });

  it('When every store call hangs, then a submit is still answered well within 10 s (Teams gives an invoke about 15 s)', async () => {
    proxy.rule = () => 'hang';
    const { ms, value } = await timed(() => t.invoke(chef, 'followup.submit', press(2040)));
    console.log(`worst invoke latency, every Cosmos request hanging, default deadlines: ${ms} ms`);
    expect(value).toMatchObject({ statusCode: 503, value: { message: notSaved } });
    expect(ms).toBeLessThan(10_000);
  }, 20_000);
});
