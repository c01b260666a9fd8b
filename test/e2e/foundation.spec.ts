import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PackRegistry } from '../../src/kernel/knowledge/PackRegistry';
import { parseOrgFile } from '../../src/kernel/org/parseOrgFile';
import { importOrg } from '../../src/kernel/org/importOrg';
import { createConversationRefRepository } from '../../src/kernel/conversations/ConversationRefRepository';
import { ConnectorStub } from '../support/connectorStub';
import { botAdded, cardAction, message } from '../support/activities';
import { post, startTestApp, tempDataDir } from '../support/testApp';
import type { App } from '../../src/app/createApp';

const packs = PackRegistry.load(join(__dirname, '..', 'fixtures', 'knowledge'));
const env = { DEFAULT_KOMMUN: 'testkommun' };
const orgFile = parseOrgFile(readFileSync(join(__dirname, '..', 'fixtures', 'org', 'testkommun.yaml'), 'utf8'), 'yaml');
const alex = { id: 'user-alex', aadObjectId: 'aad-alex', name: 'Alex' };
const cardOf = (a: { attachments?: { content: any }[] }) => a.attachments?.[0]?.content;

describe('Foundation over HTTP', () => {
  const connector = new ConnectorStub();
  let app: App;
  let url: string;

  beforeAll(async () => {
    await connector.start();
    ({ app, url } = await startTestApp(env, { packs }));
    await importOrg(app.org, orgFile);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => connector.reset());

  it('When GET /healthz and /readyz, then both answer 200', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'embedded' });
  });

  it('When a user writes "hjälp", then the help card listing the commands is sent to the serviceUrl', async () => {
    const res = await post(url, message(connector.url, alex, 'Hjälp'));
    expect(res.status).toBe(200);
    await connector.waitFor(1);
    const card = cardOf(connector.sent[0].activity);
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card)).toContain('Testkommunen');
    expect(card.body[2].facts.map((f: { title: string }) => f.title)).toContain('roller');
  });

  it('When the bot is added to a chat, then a welcome card is sent and says authentication is off locally', async () => {
    await post(url, botAdded(connector.url, alex));
    await connector.waitFor(1);
    const text = JSON.stringify(cardOf(connector.sent[0].activity));
    expect(text).toContain('Styrmodellsboten');
    expect(text).toContain('autentisering är avstängd');
  });

  it('When a known user (matched by e-mail from Teams member info) asks for roles, then they see their name and roles and their object id is linked', async () => {
    connector.members.set('user-chef', { id: 'user-chef', aadObjectId: 'aad-chef1', email: 'Chef1@Example.se', name: 'Chef Ett' });
    await post(url, message(connector.url, { id: 'user-chef', aadObjectId: 'aad-chef1' }, 'roller'));
    await connector.waitFor(1);
    expect(connector.sent[0].activity.text).toContain('Chef Ett');
    expect(connector.sent[0].activity.text).toContain('Chef – Skolan');
    expect((await app.org.getPerson('testkommun', 'chef1'))?.aadObjectId).toBe('aad-chef1');
  });

  it('When an unknown user asks for roles, then they are told they are not in the organisation', async () => {
    await post(url, message(connector.url, { id: 'user-x', aadObjectId: 'aad-x' }, 'roller'));
    await connector.waitFor(1);
    expect(connector.sent[0].activity.text).toContain('hittar dig inte');
  });

  it('When a menu button (Action.Execute verb "run") is pressed, then the command runs and the invoke gets a 200 response', async () => {
    const res = await post(url, cardAction(connector.url, alex, 'run', { command: 'hjälp' }));
    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    await connector.waitFor(1);
    expect(cardOf(connector.sent[0].activity).type).toBe('AdaptiveCard');
  });

  it('When a card action has an unknown verb, then the invoke answers with an error, not a crash', async () => {
    const res = await post(url, cardAction(connector.url, alex, 'no-such-verb', {}));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });

  it('When a user messages, then their conversation reference is stored once and rewritten only when it changes', async () => {
    const refs = createConversationRefRepository(app.store);
    const who = { id: 'user-ref', aadObjectId: 'aad-ref' };
    await post(url, message(connector.url, who, 'hjälp'));
    const first = await refs.get('testkommun', 'user:aad-ref');
    expect(first?.reference).toMatchObject({ serviceUrl: connector.url, conversation: { id: 'a:user-ref' } });
    await post(url, message(connector.url, who, 'hjälp'));
    expect((await refs.get('testkommun', 'user:aad-ref'))?.updatedAt).toBe(first?.updatedAt);
    await post(url, message(`${connector.url}/`, who, 'hjälp'));
    expect((await refs.get('testkommun', 'user:aad-ref'))?.reference.serviceUrl).toBe(`${connector.url}/`);
  });

  it('When a non-admin tries to switch kommun, then it is refused; an admin may', async () => {
    await post(url, message(connector.url, { id: 'u-led', aadObjectId: 'aad-led1' }, 'kommun testkommun'));
    await connector.waitFor(1);
    expect(connector.sent[0].activity.text).toContain('Bara en administratör');
  });
});

describe('Tenant allow-list', () => {
  const connector = new ConnectorStub();
  let app: App;
  let url: string;
  beforeAll(async () => {
    await connector.start();
    ({ app, url } = await startTestApp({ ...env, ALLOWED_TENANT_IDS: 'tenant-ok' }, { packs }));
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('When an activity comes from a tenant outside the allow-list, then nothing is answered', async () => {
    const res = await post(url, message(connector.url, alex, 'hjälp', { tenantId: 'tenant-evil' }));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.sent).toHaveLength(0);
  });

  it('When it comes from an allowed tenant, then it is answered', async () => {
    await post(url, message(connector.url, alex, 'hjälp', { tenantId: 'tenant-ok' }));
    await connector.waitFor(1);
  });
});

describe('Authentication with credentials configured', () => {
  let app: App;
  let url: string;
  beforeAll(async () => {
    ({ app, url } = await startTestApp(
      { ...env, MicrosoftAppId: '11111111-1111-1111-1111-111111111111', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-ok' },
      { packs },
    ));
  });
  afterAll(() => app.stop());

  it('When a POST has no token, then it gets 401', async () => {
    expect((await post(url, message('http://127.0.0.1:9', alex, 'hjälp'))).status).toBe(401);
  });

  it('When a POST has a forged token, then it gets 401', async () => {
    const forged = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"aud":"x"}').toString('base64url')}.`;
    expect((await post(url, message('http://127.0.0.1:9', alex, 'hjälp'), { authorization: `Bearer ${forged}` })).status).toBe(401);
  });
});

describe('Durability and limits', () => {
  it('When the app restarts on the same data directory, then data written before is still there', async () => {
    const dataDir = tempDataDir();
    const first = await startTestApp({ ...env, DATA_DIR: dataDir }, { packs });
    await importOrg(first.app.org, orgFile);
    await first.app.stop();
    const second = await startTestApp({ ...env, DATA_DIR: dataDir }, { packs });
    expect((await second.app.org.findByEmail('testkommun', 'chef1@example.se'))?.name).toBe('Chef Ett');
    await second.app.stop();
  });

  it('When a body is larger than the limit, then it is refused with 413', async () => {
    const { app, url } = await startTestApp({ ...env, BODY_LIMIT_BYTES: '2048' }, { packs });
    const res = await post(url, message('http://127.0.0.1:9', alex, 'x'.repeat(5000)));
    expect(res.status).toBe(413);
    await app.stop();
  });
});
