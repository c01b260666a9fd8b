import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentStore, StoredDoc } from '../../src/kernel/store/Collection';
import { NedbStore } from '../../src/platform/store/embedded/NedbStore';
import { cardAction, message } from '../support/activities';
import { captureLogs } from '../support/captureLogs';
import { findAll, input } from '../support/cardQuery';
import { allCollections } from '../support/collections';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';
import { post, tempDataDir } from '../support/testApp';

const chef = who('chef');
const admin = who('admin');
const sekr = who('sekr');
const evil = '[Logga in här](https://evil.example/login) <img src=x onerror=alert(1)>';
/** A live link or tag in what Teams renders: an unescaped "[…](http", a raw "<img", a bare evil address. */
const live = /(?<!\\)\[[^\]\n]*(?<!\\)\]\(\s*https?:|(?<!\\)<img|https:\/\/evil/;
const skola = { period: 'resultatprognos', year: 2026, unit: 'skola' };

/** Every line of the embedded store's datafiles (all versions of every document). */
const storedLines = (t: FollowupTestApp) => {
  const dir = (t.app.config.store as { dataDir: string }).dataDir;
  return readdirSync(dir).filter((f) => f.endsWith('.db')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
};

describe('The edge over HTTP: malformed activities, inert echoes, clean stored text, logs', () => {
  let t: FollowupTestApp;
  const logs = captureLogs();

  beforeAll(async () => {
    t = await startFollowupApp({ logger: logs.logger, clock: () => new Date('2026-05-02T12:05:00Z') });
    for (const u of [chef, admin, sekr]) await t.say(u, 'roller');
  });
  afterAll(() => t.stop());

  it('When an activity has a shape no Teams client sends, then it gets 400 before any turn, nothing is stored, and the log names the fields but not their values', async () => {
    const tenant = 'raw-tenant-id-never-logged';
    const ok = () => message(t.connector.url, chef, 'roller', { tenantId: tenant });
    const invoke = () => cardAction(t.connector.url, chef, 'followup.refresh', skola);
    const malformed: [string, unknown][] = [
      ['tenantId as a list', { ...ok(), conversation: { ...ok().conversation, tenantId: [tenant] } }],
      ['tenantId as an object', { ...ok(), conversation: { ...ok().conversation, tenantId: { id: tenant } } }],
      ['tenant in channelData as a list', { ...ok(), channelData: { tenant: { id: [tenant] } } }],
      ['serviceUrl as a number', { ...ok(), serviceUrl: 42 }],
      ['serviceUrl as an object', { ...ok(), serviceUrl: { href: t.connector.url } }],
      ['text as an object', { ...ok(), text: { $ne: null } }],
      ['from.name as an object', { ...ok(), from: { ...chef, name: { first: 'x' } } }],
      ['Entra id as an operator', { ...ok(), from: { ...chef, aadObjectId: { $ne: null } } }],
      ['user id as an operator', { ...ok(), from: { id: { $gt: '' }, aadObjectId: 'aad-chef' } }],
      ['conversation id as an operator', { ...ok(), conversation: { ...ok().conversation, id: { $ne: 'x' } } }],
      ['no from', { ...ok(), from: undefined }],
      ['no conversation', { ...ok(), conversation: undefined }],
      ['a broken character in the text', { ...ok(), text: 'roller \ud800' }],
      ['an invoke without value', { ...invoke(), value: undefined }],
      ['an invoke without action', { ...invoke(), value: { trigger: 'manual' } }],
      ['an invoke whose verb is a number', { ...invoke(), value: { action: { type: 'Action.Execute', verb: 7, data: {} } } }],
      ['an invoke the bot does not offer', { ...invoke(), name: 'composeExtension/query' }],
      ['an invoke without a name', { ...invoke(), name: undefined }],
      ['expectReplies', { ...ok(), deliveryMode: 'expectReplies' }],
      ['a mention of no one', { ...ok(), entities: [{ type: 'mention', text: '<at>x</at>' }] }],
      ['type as a number', { ...ok(), type: 7 }],
      ['card data nested 20 deep', { ...invoke(), value: { action: { verb: 'followup.refresh', data: JSON.parse(`${'{"a":'.repeat(20)}1${'}'.repeat(20)}`) } } }],
    ];
    const before = storedLines(t).length;
    logs.clear();
    for (const [name, activity] of malformed) {
      const res = await post(t.url, activity);
      expect({ name, status: res.status, body: res.body }).toEqual({ name, status: 400, body: { error: 'bad_request' } });
    }
    expect(storedLines(t).length).toBe(before);
    const refused = logs.entries().filter((e) => e.event === 'http_refused');
    expect(refused).toHaveLength(malformed.length);
    expect(refused[0]).toMatchObject({ status: 400, reason: 'invalid_activity', fields: ['conversation.tenantId'] });
    expect(logs.lines().join('\n')).not.toContain(tenant);
    expect(logs.entries().filter((e) => ['turn', 'turn_error', 'turn_error_reply_failed'].includes(e.event))).toEqual([]);
  });

  it('When a turn runs, then its log lines carry the server-made correlation id (never the client activity id), the invoke name and the kommun, and no raw tenant id', async () => {
    logs.clear();
    const activity = { ...cardAction(t.connector.url, chef, 'followup.refresh', skola), id: 'client-chosen-activity-id' };
    expect((await post(t.url, activity)).status).toBe(200);
    const turn = logs.entries().find((e) => e.event === 'turn');
    expect(turn).toMatchObject({ type: 'invoke', name: 'adaptiveCard/action', kommun: 'provkommun' });
    expect(turn?.correlationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(logs.lines().join('\n')).not.toMatch(/client-chosen-activity-id|0000000000001/);
  });

  it('When users type markdown links and HTML into command arguments, then every echo of it is inert (escaped, no live link or tag)', async () => {
    const replies = [
      await t.say(admin, `kommun ${evil}`),
      await t.say(admin, `frist resultatprognos 2026 ${evil}`),
      await t.say(chef, 'uppföljning [Logga](https://evil.example/login)'),
      await t.say(sekr, `export resultatprognos 2026 ${evil}`),
    ];
    for (const reply of replies) {
      expect(reply.text).toBeDefined();
      expect(reply.text).not.toMatch(live);
      expect(reply.text).toMatch(/\\\[logga( in här)?\\\]/i);
    }
  });

  it('When anyone asks a question with a link that the model cannot answer, then it is kept for the admins\' "obesvarade" list', async () => {
    await t.say(chef, evil);
    expect((await t.say(admin, 'obesvarade')).text).toContain('Logga in här');
  });

  it('When an admin lists "obesvarade", then a question with a link is shown inert', async () => {
    expect((await t.say(admin, 'obesvarade')).text).not.toMatch(live);
  });

  it('When free text carries control characters, CR LF or decomposed letters, then it is stored clean (NFC, LF, no controls) in reports, questions and conversation references, and the CSV export has none', async () => {
    const typed = { analysis: 'rad 1\u0000\u0007\u001b\r\nrad 2\u007f', quality: 'Ide\u0301 och tab\tkvar' };
    const saved = await t.invoke(chef, 'followup.save', { ...skola, etag: null, version: 0, ...typed });
    expect(input(saved.value, 'analysis')?.value).toBe('rad 1\nrad 2');
    const stored = await t.reports.get('provkommun', skola);
    expect(stored?.doc.answers).toMatchObject({ analysis: 'rad 1\nrad 2', quality: 'Idé och tab\tkvar' });

    await t.say({ ...who('namnlos'), name: 'Namn\u0000med\u001bstyrtecken' }, 'Hur många\u0000 äpplen\u0007 ryms i\r\nmånen\u001b?');
    const questions = await t.app.store.collection<StoredDoc & { text: string }>('questions').find('provkommun');
    expect(questions.map((q) => q.doc.text)).toContain('Hur många äpplen ryms i\nmånen?');
    const ref = await t.app.store.collection<StoredDoc & { reference: { user: { name: string } } }>('conversations').get('provkommun', 'user:aad-namnlos');
    expect(ref?.doc.reference.user.name).toBe('Namnmedstyrtecken');

    const links = findAll((await t.say(sekr, 'export resultatprognos 2026')).card, (n) => n.type === 'Action.OpenUrl').map((a) => a.url as string);
    const csv = await (await fetch(links[0])).text();
    expect(csv).toContain('rad 1\nrad 2');
    expect(csv).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect(storedLines(t).filter((l) => /\\u00(0[0-8bcef]|1[0-9a-f])|\\u007f/i.test(l.replace(/"_id":"[^"]*"/, '')))).toEqual([]);
  });
});

describe('The turn deadline (TURN_TIMEOUT_MS)', () => {
  it('When a store call never returns and its own deadline is longer, then the invoke is still answered in time with a kind "try again", HTTP 200', async () => {
    const inner = await NedbStore.open(tempDataDir(), allCollections, { timeoutMs: 60_000 });
    let release: () => void = () => undefined;
    const hung = new Promise<void>((r) => (release = r));
    const store: DocumentStore = {
      kind: inner.kind,
      ping: () => inner.ping(),
      close: () => inner.close(),
      collection<T extends StoredDoc>(name: string) {
        const c = inner.collection<T>(name);
        return name !== 'followups' ? c : { ...c, get: async (tenant: string, id: string) => (await hung, c.get(tenant, id)) };
      },
    };
    const logs = captureLogs();
    const t = await startFollowupApp({ store, logger: logs.logger }, { TURN_TIMEOUT_MS: '1000' });
    try {
      const started = Date.now();
      const res = await t.invoke(chef, 'followup.edit', skola);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(res).toMatchObject({ statusCode: 503, type: 'application/vnd.microsoft.error', value: { code: 'timeout' } });
      expect(logs.entries().find((e) => e.event === 'turn_late')).toMatchObject({ type: 'invoke', name: 'adaptiveCard/action' });
    } finally {
      release();
      await t.stop();
    }
  });
});

describe('The embedded store refuses an operator where a value belongs', () => {
  it('When a query filter holds an object, then it throws instead of running it as a NeDB operator', async () => {
    const store = await NedbStore.open(tempDataDir(), ['people']);
    const people = store.collection<StoredDoc & { aadObjectId: string }>('people');
    await people.create({ id: 'p1', tenant: 'k', aadObjectId: 'aad-1' });
    await expect(people.find('k', { aadObjectId: { $ne: null } as never })).rejects.toThrow(TypeError);
    await expect(people.find({ $ne: null } as never)).rejects.toThrow(TypeError);
    expect(await people.find('k', { aadObjectId: 'aad-1' })).toHaveLength(1);
    await store.close();
  });
});

