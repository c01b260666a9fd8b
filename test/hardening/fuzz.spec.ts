import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { BOT, TENANT } from '../support/activities';
import { captureLogs } from '../support/captureLogs';
import { findAll } from '../support/cardQuery';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';
import { post } from '../support/testApp';

/**
 * Property-based fuzzing of POST /api/messages (local mode: every request reaches the activity check and
 * the turn) and of every card verb the app answers. Bounded: a fixed number of runs, well under a minute.
 */

/** Characters and snippets that broke things before: controls, broken surrogates, markdown and HTML, NoSQL operators. */
const specials = ['\u0000', '\u0007', '\u001b', '\u007f', '\r\n', '\ud800', '\udfff', '[Logga in här](https://evil.example/login)', '<img src=x onerror=alert(1)>', '**fet**', '# rubrik', '`kod`', '{"$ne":null}', '$where', '__proto__', 'e\u0301', '𝕏', ' '.repeat(300)];
const nastyString = fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...specials)), { maxLength: 6 }).map((parts) => parts.join(''));
const operator = fc.constantFrom({ $ne: null }, { $gt: '' }, { $in: ['a'] }, { $where: 'true' });
const anyValue: fc.Arbitrary<unknown> = fc.oneof(nastyString, fc.jsonValue({ maxDepth: 3 }), operator, fc.constant(undefined), fc.array(nastyString, { maxLength: 3 }));

const users = ['chef', 'deputy', 'admin', 'ledamot', 'fchef', 'sekr', 'tvachef', 'okand'].map(who);
const refs = { period: fc.constantFrom('resultatprognos', 'delarsrapport', 'arsredovisning', 'halvår'), year: fc.oneof(fc.constantFrom(2026, 2027, '2026'), fc.integer()), unit: fc.constantFrom('skola', 'forskola', 'fritid', 'hemtjanst', 'okand') };
const commands = ['hjälp', 'roller', 'kommun', 'kommun provkommun', 'status', 'status resultatprognos 2026', 'uppföljning', 'uppföljning resultatprognos 2026', 'export resultatprognos 2026', 'frist resultatprognos 2026', 'årshjul', 'vem gör vad'];
const messageText = fc.oneof(nastyString, fc.tuple(fc.constantFrom(...commands), nastyString).map(([c, s]) => `${c} ${s}`));

/** C0 controls but tab and newline, DEL, or a surrogate without its other half. */
const invalidText = /[\u0000-\u0008\u000B-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Every key and string value of a stored document; `_id` is the embedded store's own key (tenant NUL id), never text. */
const stringsIn = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => (k === '_id' ? [] : [k, ...stringsIn(x)])) : [];

/** What Teams renders as markdown in a card: TextBlocks and facts (not action data, which is never shown). */
const rendered = (card: unknown) => findAll(card, (n) => n.type === 'TextBlock' || ('title' in n && 'value' in n && !n.type)).map((n) => `${n.text ?? ''} ${n.title ?? ''} ${n.value ?? ''}`).join('\n');
/** A live link or tag made from the specials: an unescaped "[…](http" or a raw "<img". */
const live = /(?<!\\)\[[^\]\n]*(?<!\\)\]\(\s*https?:|(?<!\\)<img|https:\/\/evil/;

describe('Fuzzing /api/messages and every card verb (fast-check, bounded runs)', () => {
  let t: FollowupTestApp;
  const logs = captureLogs();
  const statuses = new Map<string, number>();
  const connections: string[] = [];
  let requests = 0;
  const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);

  beforeAll(async () => {
    const connect = Socket.prototype.connect;
    jest.spyOn(Socket.prototype, 'connect').mockImplementation(function (this: Socket, ...args: any[]) {
      const o = Array.isArray(args[0]) ? args[0][0] : args[0];
      connections.push(typeof o === 'object' ? String(o.host ?? o.path ?? '?') : String(args[1] ?? '?'));
      return (connect as any).apply(this, args);
    });
    t = await startFollowupApp({ logger: logs.logger, clock: () => new Date('2026-05-02T12:05:00Z') });
    // Everyone has a personal chat with the bot, so reminders and refresh lists have somewhere to go.
    for (const u of users) await t.say(u, 'roller');
  });
  afterAll(async () => {
    await t.stop();
    jest.restoreAllMocks();
    console.log(`fuzz: ${requests} requests; HTTP statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  });

  /** A Teams-like activity from one of the users, with a tenant and a reachable service URL (the stub). */
  const base = (u: { id: string; aadObjectId?: string; name?: string }) => ({
    id: 'client-activity-id',
    channelId: 'msteams',
    serviceUrl: t.connector.url,
    from: u,
    recipient: BOT,
    conversation: { id: `a:${u.id}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'sv-SE',
  });

  async function send(activity: unknown): Promise<{ status: number; body: any }> {
    requests++;
    const res = await post(t.url, activity);
    count(String(res.status));
    return res;
  }

  it('When activities with any field missing, mistyped or full of nasty text are posted, then the answer is 200 or 400, never a 5xx, and the bot lives on', async () => {
    const paths = ['type', 'id', 'channelId', 'serviceUrl', 'from', 'from.id', 'from.name', 'from.aadObjectId', 'recipient', 'recipient.id', 'conversation', 'conversation.id', 'conversation.tenantId', 'channelData', 'channelData.tenant.id', 'text', 'name', 'value', 'value.action', 'value.action.verb', 'value.action.data', 'locale', 'entities', 'membersAdded', 'deliveryMode', 'timestamp', 'attachments'];
    // A service URL is only ever this machine's (a fuzzed one must not send replies anywhere else).
    const serviceUrls = fc.constantFrom(undefined, null, 42, '', 'not a url', 'ftp://127.0.0.1/', { url: 'x' }, ['http://127.0.0.1/']);
    const kinds = fc.constantFrom('message', 'invoke', 'conversationUpdate', 'event', 'messageReaction', 'installationUpdate', 'typing');
    const mutation = fc.tuple(fc.constantFrom(...paths), anyValue, serviceUrls, fc.boolean());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...users), kinds, messageText, fc.array(mutation, { minLength: 1, maxLength: 4 }), async (u, type, text, mutations) => {
        const a: Record<string, any> = { ...base(u), type, text, name: type === 'invoke' ? 'adaptiveCard/action' : undefined, value: type === 'invoke' ? { action: { type: 'Action.Execute', verb: 'followup.status', data: { period: 'resultatprognos', year: 2026 } } } : undefined, membersAdded: type === 'conversationUpdate' ? [BOT] : undefined };
        for (const [path, value, url, remove] of mutations) {
          const keys = path.split('.');
          let at = a;
          for (const k of keys.slice(0, -1)) at = at[k] = at[k] && typeof at[k] === 'object' ? { ...at[k] } : {};
          const last = keys[keys.length - 1];
          if (remove) delete at[last];
          else at[last] = path === 'serviceUrl' ? url : value;
        }
        const res = await send(a);
        expect([200, 400]).toContain(res.status);
        if (res.status === 200 && a.type === 'invoke') expect([200, 400, 403, 404, 409, 503]).toContain(res.body?.statusCode);
      }),
      { numRuns: 500, seed: 9, endOnFailure: true },
    );
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('When every card verb is pressed with any data, by anyone, then the answer is HTTP 200 with a Teams status (never an internal error)', async () => {
    const verbs = t.app.verbs;
    expect(verbs.length).toBeGreaterThanOrEqual(10);
    const data = fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom('period', 'year', 'unit', 'etag', 'version', 'command', 'question', 'helpful', 'body', 'as', 'analysis', 'economy:budget', 'goal:u-skola:lasning:comment', 'quality'), nastyString), anyValue, { maxKeys: 8 }),
      fc.record({ ...refs, analysis: nastyString, quality: nastyString, 'economy:budget': fc.oneof(nastyString, fc.constant('12 000')), 'goal:u-skola:lasning:comment': nastyString, etag: fc.constant(null), version: fc.constant(0) }),
      fc.record({ command: fc.oneof(messageText, fc.constantFrom(...commands)) }),
      fc.record({ question: nastyString, helpful: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...verbs), fc.constantFrom(...users), data, async (verb, u, d) => {
        const res = await send({ ...base(u), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: d }, trigger: 'manual' } });
        expect([200, 400]).toContain(res.status);
        if (res.status === 200) expect([200, 400, 403, 404, 409, 503]).toContain(res.body.statusCode);
        if (res.body?.type === 'application/vnd.microsoft.card.adaptive') expect(rendered(res.body.value)).not.toMatch(live);
      }),
      { numRuns: 600, seed: 9, endOnFailure: true },
    );
  });

  it('When anyone writes anything (commands with nasty arguments, questions), then each message is answered with 200 and no reply renders a link or a tag the user wrote', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...users), messageText, async (u, text) => {
        const res = await send({ ...base(u), type: 'message', text });
        expect([200, 400]).toContain(res.status);
      }),
      { numRuns: 250, seed: 9, endOnFailure: true },
    );
    for (const { activity } of t.connector.sent) {
      expect(activity.text ?? '').not.toMatch(live);
      for (const a of activity.attachments ?? []) expect(rendered(a.content)).not.toMatch(live);
    }
  });

  it('When the runs are over, then no stored document (in any collection, old versions included) holds a control character or a broken one, and nothing logged a turn error', () => {
    const dir = (t.app.config.store as { dataDir: string }).dataDir;
    const docs = readdirSync(dir).filter((f) => f.endsWith('.db')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown));
    const invalid = docs.filter((d) => stringsIn(d).some((s) => invalidText.test(s)));
    console.log(`fuzz: ${docs.length} stored document versions scanned, ${invalid.length} with invalid text`);
    expect(invalid).toEqual([]);
    expect(docs.length).toBeGreaterThan(20);
    expect(logs.entries().filter((e) => e.event === 'turn_error' || e.event === 'turn_failed' || e.event === 'http_failed')).toEqual([]);
    expect(connections.filter((h) => !/^(127\.0\.0\.1|localhost|::1)$/.test(h))).toEqual([]);
  });
});
