import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigError, envKeys, loadConfig } from '../src/app/config';

const root = join(__dirname, '..');

/** `.env.example` as [key, value, comment above it] in file order. */
function envExample(): { key: string; value: string; comment: string }[] {
  const lines = readFileSync(join(root, '.env.example'), 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    return m ? [{ key: m[1], value: m[2], comment: lines[i - 1] ?? '' }] : [];
  });
}

/** The error loadConfig throws for `env` (fails the test when it does not throw). */
function problemsOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

const credentials = { MicrosoftAppId: '11111111-1111-1111-1111-111111111111', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-a' };

describe('.env.example', () => {
  it('When compared with the schema, then it documents exactly the keys the schema knows, each once', () => {
    const keys = envExample().map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...envKeys].sort());
  });

  it('When read, then every key has a one-line comment directly above it', () => {
    for (const { key, comment } of envExample()) expect({ key, comment: comment.startsWith('# ') }).toEqual({ key, comment: true });
  });

  it('When copied as it is, then it gives exactly the default configuration (local mode)', () => {
    const copied = Object.fromEntries(envExample().map((e) => [e.key, e.value]));
    expect(loadConfig(copied)).toEqual(loadConfig({}));
  });
});

describe('loadConfig', () => {
  it('When nothing is set, then the local defaults apply', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3978,
      host: '0.0.0.0',
      bot: { appType: 'SingleTenant', authenticated: false },
      defaultKommun: 'hallstahammar',
      allowedTenantIds: [],
      store: { kind: 'embedded', dataDir: resolve('./data') },
      log: { level: 'info', personalData: false },
      bodyLimitBytes: 512 * 1024,
      shutdownTimeoutMs: 10_000,
      turnTimeoutMs: 10_000,
    });
    expect(config.store.timeoutMs).toBe(4_000);
    expect(config.bot.openIdMetadataUrl).toBeUndefined();
    expect(config.openai).toBeUndefined();
  });

  it('When a value is empty (KEY=), then it counts as not set', () => {
    expect(loadConfig({ PORT: '', STORE: '', LOG_LEVEL: '' })).toMatchObject({ port: 3978, store: { kind: 'embedded' }, log: { level: 'info' } });
  });

  it('When several values are bad, then ONE ConfigError lists every problem', () => {
    const error = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', MicrosoftAppType: 'AnyTenant', BODY_LIMIT_BYTES: '10', DEFAULT_KOMMUN: 'Hallsta Hammar' });
    expect(error.code).toBe('config_invalid');
    expect(error.message).toContain('5 problems');
    for (const key of ['PORT', 'LOG_LEVEL', 'MicrosoftAppType', 'BODY_LIMIT_BYTES', 'DEFAULT_KOMMUN']) expect(error.message).toContain(`- ${key}:`);
  });

  it('When values contradict each other, then ONE ConfigError lists every contradiction', () => {
    const error = problemsOf({ MicrosoftAppPassword: 'secret', STORE: 'cosmos', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com/' });
    expect(error.message).toContain('3 problems');
    expect(error.message).toContain('MicrosoftAppId: required when MicrosoftAppPassword is set');
    expect(error.message).toContain('COSMOS_ENDPOINT: required when STORE=cosmos');
    expect(error.message).toContain('set all three or none');
  });

  it('When NODE_ENV=production has no credentials, then it refuses and says why', () => {
    const error = problemsOf({ NODE_ENV: 'production' });
    expect(error.message).toContain('refuses to start without bot credentials');
    expect(error.message).toContain('ALLOWED_TENANT_IDS');
  });

  it('When production is MultiTenant without a tenant allow-list, then it refuses; with one it starts', () => {
    const multi = { NODE_ENV: 'production', MicrosoftAppId: credentials.MicrosoftAppId, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' };
    expect(problemsOf(multi).message).toMatch(/1 problem\b[\s\S]*ALLOWED_TENANT_IDS: production needs the tenant allow-list/);
    expect(loadConfig({ ...multi, ALLOWED_TENANT_IDS: 'tenant-a, tenant-b;tenant-c' }).allowedTenantIds).toEqual(['tenant-a', 'tenant-b', 'tenant-c']);
  });

  it('When SingleTenant credentials name a tenant, then that tenant becomes the allow-list and production starts', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...credentials });
    expect(config.allowedTenantIds).toEqual(['tenant-a']);
    expect(config.bot).toMatchObject({ authenticated: true, appType: 'SingleTenant', tenantId: 'tenant-a' });
  });

  it('When SingleTenant credentials lack the tenant id, then it refuses', () => {
    expect(problemsOf({ MicrosoftAppId: credentials.MicrosoftAppId, MicrosoftAppPassword: 'secret' }).message).toContain('MicrosoftAppTenantId: required for MicrosoftAppType=SingleTenant');
  });

  it('When COSMOS_ENDPOINT is set and STORE is not, then the store is Cosmos DB; STORE=embedded still wins', () => {
    const endpoint = 'https://styrbot.documents.azure.com:443/';
    expect(loadConfig({ COSMOS_ENDPOINT: endpoint }).store).toEqual({ kind: 'cosmos', endpoint, key: undefined, database: 'styrmodellsboten', managedIdentityClientId: undefined, timeoutMs: 4000 });
    expect(loadConfig({ COSMOS_ENDPOINT: endpoint, STORE: 'embedded' }).store.kind).toBe('embedded');
  });
});

describe('Configuration in one place', () => {
  it('When the source is searched, then only src/app/config.ts reads process.env', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
    const readers = files(join(root, 'src'))
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(readers).toEqual(['src/app/config.ts']);
  });

  it('When the store deadline, the turn deadline or the key endpoint are set, then they are used; out of range or not a URL is a problem', () => {
    const config = loadConfig({ STORE_TIMEOUT_MS: '1500', TURN_TIMEOUT_MS: '8000', BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/openid' });
    expect([config.store.timeoutMs, config.turnTimeoutMs, config.bot.openIdMetadataUrl]).toEqual([1500, 8000, 'http://127.0.0.1:9/openid']);
    const e = problemsOf({ STORE_TIMEOUT_MS: '0', TURN_TIMEOUT_MS: '60000', BOT_OPENID_METADATA_URL: 'ftp://x' });
    expect(e.message).toMatch(/STORE_TIMEOUT_MS/);
    expect(e.message).toMatch(/TURN_TIMEOUT_MS/);
    expect(e.message).toMatch(/BOT_OPENID_METADATA_URL/);
  });
});
