import { createServer, type Server } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import { jsonConsole } from '../../src/app/jsonConsole';
import type { App } from '../../src/app/createApp';
import { cardAction, TENANT } from '../support/activities';
import { captureLogs } from '../support/captureLogs';
import { channelClaims, channelIssuer, jwt, makeKey, startKeyServer, type KeyServer } from '../support/keyServer';
import { startTestApp } from '../support/testApp';

const appId = '11111111-2222-3333-4444-555555555555';
const appPassword = 'app-password-used-as-hmac-key';
const serviceUrl = 'http://127.0.0.1:9/'; // never called: every request here is answered in the HTTP body
const credentials = { MicrosoftAppId: appId, MicrosoftAppPassword: appPassword, MicrosoftAppTenantId: TENANT };
const who = { id: '29:auth-user', aadObjectId: 'aad-auth-user' };
/** An invoke the bot answers in the HTTP body (unknown verb → 400 in the body), so no reply goes out. */
const activity = () => ({ ...cardAction(serviceUrl, who, 'no-such-verb', {}), channelId: 'webchat' });

async function postRaw(url: string, body: string, headers: Record<string, string>) {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

/** Internal text that must never reach a client. */
const leak = /error:|at [\w.]+ \(|stack|fetch|openid|127\.0\.0\.1|signing key|jwt|token|expired/i;

describe('Bot Framework authentication over HTTP (tokens made here, keys from a local key server)', () => {
  let keys: KeyServer;
  let app: App;
  let url: string;
  const logs = captureLogs();
  let restoreConsole: () => void;
  const connections: string[] = [];
  let evil: Server;
  let evilHits = 0;

  beforeAll(async () => {
    // Every connection the process opens is recorded: nothing may leave the machine.
    const connect = Socket.prototype.connect;
    jest.spyOn(Socket.prototype, 'connect').mockImplementation(function (this: Socket, ...args: any[]) {
      const o = Array.isArray(args[0]) ? args[0][0] : args[0];
      connections.push(typeof o === 'object' ? String(o.host ?? o.path ?? '?') : String(args[1] ?? '?'));
      return (connect as any).apply(this, args);
    });
    restoreConsole = jsonConsole(logs.logger);
    keys = await startKeyServer();
    evil = createServer((_req, res) => (evilHits++, res.end('{}')));
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    ({ app, url } = await startTestApp({ ...credentials, BOT_OPENID_METADATA_URL: keys.metadataUrl }, { logger: logs.logger }));
  });
  afterAll(async () => {
    await app.stop();
    await keys.stop();
    evil.close();
    restoreConsole();
    jest.restoreAllMocks();
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const trusted = (claims: Record<string, unknown>) => jwt({ alg: 'RS256', typ: 'JWT', kid: keys.key.kid }, claims, { rsa: keys.key.privateKey });

  it('When a request has no token, then it gets 401 before its body is even read (a body that is no JSON makes no difference)', async () => {
    for (const headers of [{}, { authorization: 'Basic dXNlcjpwdw==' }, { authorization: 'Bearer' }] as Record<string, string>[]) {
      const res = await postRaw(url, 'this is not JSON {', headers);
      expect([res.status, res.json]).toEqual([401, { error: 'unauthorized' }]);
    }
    const empty = await postRaw(url, '{}', {});
    expect([empty.status, empty.json]).toEqual([401, { error: 'unauthorized' }]);
  });

  it('When a token is forged (alg none, HS256 with the app password, self-signed RS256 with an embedded jwk and a jku, a foreign key under our kid), then 401 with a short JSON body', async () => {
    const claims = channelClaims(appId, serviceUrl);
    const attacker = makeKey('attacker');
    const jku = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/keys`;
    const forged = {
      none: jwt({ alg: 'none', typ: 'JWT', kid: keys.key.kid }, claims),
      hs256: jwt({ alg: 'HS256', typ: 'JWT', kid: keys.key.kid }, claims, { hmac: appPassword }),
      embeddedJwk: jwt({ alg: 'RS256', typ: 'JWT', kid: 'attacker', jwk: attacker.jwk, jku }, claims, { rsa: attacker.privateKey }),
      foreignKeyOurKid: jwt({ alg: 'RS256', typ: 'JWT', kid: keys.key.kid, jku }, claims, { rsa: attacker.privateKey }),
      garbage: 'a.b.c',
    };
    for (const [name, token] of Object.entries(forged)) {
      const res = await postRaw(url, JSON.stringify(activity()), bearer(token));
      expect({ name, status: res.status, body: res.json }).toEqual({ name, status: 401, body: { error: 'unauthorized' } });
      expect(res.text).not.toMatch(leak);
    }
    expect(evilHits).toBe(0);
  });

  it('When a genuine token is expired, meant for another bot, from another issuer or for another service URL, then 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const wrong = {
      expired: { ...channelClaims(appId, serviceUrl), exp: now - 3600, nbf: now - 7200, iat: now - 7200 },
      otherBot: channelClaims('99999999-2222-3333-4444-555555555555', serviceUrl),
      otherIssuer: { ...channelClaims(appId, serviceUrl), iss: 'https://evil.example' },
      otherServiceUrl: channelClaims(appId, 'http://127.0.0.1:10/'),
    };
    for (const [name, claims] of Object.entries(wrong)) {
      const res = await postRaw(url, JSON.stringify(activity()), bearer(trusted(claims)));
      expect({ name, status: res.status, body: res.json }).toEqual({ name, status: 401, body: { error: 'unauthorized' } });
    }
  });

  it('When the token is genuine, then the turn runs (200); with it, a body that is no activity is 400', async () => {
    const token = trusted(channelClaims(appId, serviceUrl));
    const ok = await postRaw(url, JSON.stringify(activity()), bearer(token));
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ statusCode: 400, value: { code: 'unknown_verb' } });
    const bad = await postRaw(url, JSON.stringify({ ...activity(), conversation: { id: 'a:1', tenantId: [TENANT] } }), bearer(token));
    expect([bad.status, bad.json]).toEqual([400, { error: 'bad_request' }]);
    expect((await postRaw(url, '{}', bearer(token))).status).toBe(400);
  });

  it('When requests are refused, then each is one JSON log line with a server-made correlation id, no stack, and the SDK printed nothing outside the log', () => {
    const lines = logs.lines();
    expect(() => lines.forEach((l) => JSON.parse(l))).not.toThrow();
    const refused = logs.entries().filter((e) => e.event === 'http_refused');
    expect(refused.length).toBeGreaterThanOrEqual(14);
    for (const e of refused) expect(e.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.join('\n')).not.toMatch(/"stack"|\n\s+at /);
    // What the SDK printed with console.error (the expired token's stack, "Error finding key …") came through the log, as JSON.
    expect(logs.entries().filter((e) => e.event === 'console').length).toBeGreaterThan(0);
    expect(logs.entries().filter((e) => e.event === 'turn_error')).toEqual([]);
  });

  it('When the process connected anywhere, then only to this machine', () => {
    expect(connections.filter((h) => !/^(127\.0\.0\.1|localhost|::1)$/.test(h))).toEqual([]);
  });
});

describe('Authentication when the signing keys cannot be fetched', () => {
  const cases: [string, (ks: KeyServer) => void][] = [
    ['the key endpoint answers 500', (ks) => (ks.mode = 'error')],
    ['the key endpoint accepts and never answers', (ks) => (ks.mode = 'hang')],
  ];
  for (const [what, breakIt] of cases) {
    it(`When ${what}, then a token with the Bot Framework issuer gets 503 (never 500, never the error text) within the turn deadline`, async () => {
      const keys = await startKeyServer();
      breakIt(keys);
      const logs = captureLogs();
      const { app, url } = await startTestApp({ ...credentials, BOT_OPENID_METADATA_URL: keys.metadataUrl, TURN_TIMEOUT_MS: '1500' }, { logger: logs.logger });
      try {
        const started = Date.now();
        const token = jwt({ alg: 'RS256', typ: 'JWT', kid: 'k' }, channelClaims(appId, serviceUrl), { rsa: keys.key.privateKey });
        const res = await postRaw(url, JSON.stringify(activity()), { authorization: `Bearer ${token}` });
        expect([res.status, res.json]).toEqual([503, { error: 'unavailable' }]);
        expect(Date.now() - started).toBeLessThan(3000);
        expect(logs.entries().find((e) => e.event === 'http_refused')).toMatchObject({ status: 503, reason: 'key_discovery_failed' });
      } finally {
        await app.stop();
        await keys.stop();
      }
    });
  }

  it('When nothing listens at the key endpoint, then 503; a token from a foreign issuer is still 401 (no keys needed to refuse it)', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const { app, url } = await startTestApp({ ...credentials, BOT_OPENID_METADATA_URL: `http://127.0.0.1:${closedPort}/openid` });
    try {
      const own = makeKey('k');
      const token = (iss: string) => jwt({ alg: 'RS256', typ: 'JWT', kid: 'k' }, { ...channelClaims(appId, serviceUrl), iss }, { rsa: own.privateKey });
      expect((await postRaw(url, JSON.stringify(activity()), { authorization: `Bearer ${token(channelIssuer)}` })).status).toBe(503);
      expect((await postRaw(url, JSON.stringify(activity()), { authorization: `Bearer ${token('https://evil.example')}` })).status).toBe(401);
    } finally {
      await app.stop();
    }
  });
});
