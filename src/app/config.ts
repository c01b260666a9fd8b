import { z } from 'zod';
import { resolve } from 'node:path';

/** Thrown when the environment is invalid; the message lists every problem. */
export class ConfigError extends Error {
  readonly code = 'config_invalid';
}

const list = z
  .string()
  .default('')
  .transform((s) => s.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean));
const optional = z.string().trim().optional().transform((s) => (s ? s : undefined));
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('false')
  .transform((s) => s === 'true' || s === '1' || s === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  MicrosoftAppId: optional,
  MicrosoftAppPassword: optional,
  MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppTenantId: optional,
  BOT_OPENID_METADATA_URL: optional.pipe(z.url({ protocol: /^https?$/ }).optional()),
  DEFAULT_KOMMUN: z.string().regex(/^[a-z0-9-]+$/).default('hallstahammar'),
  ALLOWED_TENANT_IDS: list,
  STORE: z.enum(['embedded', 'cosmos']).optional(),
  DATA_DIR: z.string().default('./data'),
  COSMOS_ENDPOINT: optional,
  COSMOS_KEY: optional,
  COSMOS_DATABASE: z.string().default('styrmodellsboten'),
  COSMOS_MANAGED_IDENTITY_CLIENT_ID: optional,
  STORE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PERSONAL_DATA: flag,
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(512 * 1024),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  TURN_TIMEOUT_MS: z.coerce.number().int().min(500).max(14_000).default(10_000),
  PUBLIC_BASE_URL: optional,
  LINK_SIGNING_SECRET: optional,
  AZURE_OPENAI_ENDPOINT: optional,
  AZURE_OPENAI_API_KEY: optional,
  AZURE_OPENAI_DEPLOYMENT: optional,
});

type Env = z.infer<typeof envSchema>;

/** Every environment variable the application reads (documented one by one in `.env.example`). */
export const envKeys = Object.keys(envSchema.shape) as (keyof Env)[];

/** The application's configuration, parsed once from the environment at start-up. */
export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  bot: {
    appId?: string;
    appPassword?: string;
    appType: Env['MicrosoftAppType'];
    tenantId?: string;
    /** True when credentials are configured: Bot Framework JWT authentication is on. */
    authenticated: boolean;
    /** Where the JWT check fetches its signing keys; unset = Microsoft's public endpoints. */
    openIdMetadataUrl?: string;
  };
  defaultKommun: string;
  /** Entra tenant ids allowed to talk to the bot; empty = any tenant (local mode only). */
  allowedTenantIds: string[];
  store: (
    | { kind: 'embedded'; dataDir: string }
    | { kind: 'cosmos'; endpoint: string; key?: string; database: string; managedIdentityClientId?: string }
  ) & { /** Deadline of each store call, retries included. */ timeoutMs: number };
  log: { level: Env['LOG_LEVEL']; personalData: boolean };
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  /** An activity is answered within this time, even when the turn goes on (Teams waits about 15 s for an invoke). */
  turnTimeoutMs: number;
  publicBaseUrl?: string;
  linkSigningSecret?: string;
  openai?: { endpoint: string; apiKey: string; deployment: string };
}

/** Parses the environment; throws one ConfigError that lists every problem. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // `KEY=` (as in a copied .env.example) means "not set": the default applies, not an empty value.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(problemList(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const authenticated = Boolean(e.MicrosoftAppId);
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required with MicrosoftAppId unless MicrosoftAppType=UserAssignedMSI');
  }
  if (e.MicrosoftAppPassword && !e.MicrosoftAppId) problems.push('MicrosoftAppId: required when MicrosoftAppPassword is set');
  if (authenticated && e.MicrosoftAppType !== 'MultiTenant' && !e.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId: required for MicrosoftAppType=${e.MicrosoftAppType}`);
  }
  if (e.NODE_ENV === 'production' && !authenticated) {
    problems.push('MicrosoftAppId/MicrosoftAppPassword: production (NODE_ENV=production) refuses to start without bot credentials');
  }
  const allowedTenantIds = e.ALLOWED_TENANT_IDS.length
    ? e.ALLOWED_TENANT_IDS
    : e.MicrosoftAppTenantId && e.MicrosoftAppType !== 'MultiTenant'
      ? [e.MicrosoftAppTenantId]
      : [];
  if (e.NODE_ENV === 'production' && allowedTenantIds.length === 0) {
    problems.push('ALLOWED_TENANT_IDS: production needs the tenant allow-list (or a SingleTenant MicrosoftAppTenantId)');
  }
  const storeKind = e.STORE ?? (e.COSMOS_ENDPOINT ? 'cosmos' : 'embedded');
  if (storeKind === 'cosmos' && !e.COSMOS_ENDPOINT) problems.push('COSMOS_ENDPOINT: required when STORE=cosmos');
  const openaiSet = [e.AZURE_OPENAI_ENDPOINT, e.AZURE_OPENAI_API_KEY, e.AZURE_OPENAI_DEPLOYMENT].filter(Boolean).length;
  if (openaiSet > 0 && openaiSet < 3) {
    problems.push('AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, AZURE_OPENAI_DEPLOYMENT: set all three or none');
  }
  if (problems.length) throw new ConfigError(problemList(problems));

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    bot: { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId, authenticated, openIdMetadataUrl: e.BOT_OPENID_METADATA_URL },
    defaultKommun: e.DEFAULT_KOMMUN,
    allowedTenantIds,
    store:
      storeKind === 'cosmos'
        ? { kind: 'cosmos', endpoint: e.COSMOS_ENDPOINT!, key: e.COSMOS_KEY, database: e.COSMOS_DATABASE, managedIdentityClientId: e.COSMOS_MANAGED_IDENTITY_CLIENT_ID, timeoutMs: e.STORE_TIMEOUT_MS }
        : { kind: 'embedded', dataDir: resolve(e.DATA_DIR), timeoutMs: e.STORE_TIMEOUT_MS },
    log: { level: e.LOG_LEVEL, personalData: e.LOG_PERSONAL_DATA },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    turnTimeoutMs: e.TURN_TIMEOUT_MS,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    linkSigningSecret: e.LINK_SIGNING_SECRET,
    openai: openaiSet === 3 ? { endpoint: e.AZURE_OPENAI_ENDPOINT!, apiKey: e.AZURE_OPENAI_API_KEY!, deployment: e.AZURE_OPENAI_DEPLOYMENT! } : undefined,
  };
}

function problemList(problems: string[]): string {
  return `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`;
}
