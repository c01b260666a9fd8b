import { z } from 'zod';
import { resolve } from 'node:path';
import { parseLeads, type ReminderSettings } from '../features/reminders/domain/leads';

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

/** "report:28d,7d,1w;decision:7d,1w": per reminder kind, calendar days (d) or working days (w) before the due day. */
const leadsPattern = /^(report|decision|task|meeting):\d{1,3}[dw](,\d{1,3}[dw])*(;(report|decision|task|meeting):\d{1,3}[dw](,\d{1,3}[dw])*)*$/;

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
  SCHEDULER: z.enum(['inprocess', 'off']).default('inprocess'),
  LEASE_TTL_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  TEAMS_RATE_PER_SECOND: z.coerce.number().min(1).max(1_000).default(50),
  WORKING_HOURS: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM-HH:MM').default('08:00-16:00'),
  REMINDER_LEADS: z.string().regex(leadsPattern, 'kind:lead,lead;… e.g. report:28d,7d,1w').default('report:28d,7d,1w;decision:7d,1w;task:7d,1w;meeting:7d,1w'),
  ESCALATE_AFTER_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  PAPERS_LEAD_DAYS: z.coerce.number().int().min(0).max(60).default(14),
  RETENTION_DAYS: z.string().regex(/^[A-Za-z][A-Za-z0-9]*:\d{1,5}(,[A-Za-z][A-Za-z0-9]*:\d{1,5})*$/, 'collection:days,… e.g. questions:180,audit:1095').optional(),
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
  /** The jobs platform: where the scheduler runs, its lease, Teams' rate and office hours. */
  jobs: { scheduler: Env['SCHEDULER']; leaseTtlMs: number; ratePerSecond: number; workingHours: { start: string; end: string } };
  reminders: ReminderSettings;
  /** Days after which documents of an expiring collection are deleted, per collection; unset = its rule's default. */
  retentionDays: Record<string, number>;
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
    jobs: { scheduler: e.SCHEDULER, leaseTtlMs: e.LEASE_TTL_MS, ratePerSecond: e.TEAMS_RATE_PER_SECOND, workingHours: { start: e.WORKING_HOURS.slice(0, 5), end: e.WORKING_HOURS.slice(6) } },
    reminders: { leads: parseLeads(e.REMINDER_LEADS), escalateAfterWorkingDays: e.ESCALATE_AFTER_WORKING_DAYS, papersLeadDays: e.PAPERS_LEAD_DAYS },
    retentionDays: Object.fromEntries((e.RETENTION_DAYS ?? '').split(',').filter(Boolean).map((pair) => [pair.split(':')[0], Number(pair.split(':')[1])])),
    publicBaseUrl: e.PUBLIC_BASE_URL,
    linkSigningSecret: e.LINK_SIGNING_SECRET,
    openai: openaiSet === 3 ? { endpoint: e.AZURE_OPENAI_ENDPOINT!, apiKey: e.AZURE_OPENAI_API_KEY!, deployment: e.AZURE_OPENAI_DEPLOYMENT! } : undefined,
  };
}

function problemList(problems: string[]): string {
  return `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`;
}
