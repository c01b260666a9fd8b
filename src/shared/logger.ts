import pino, { type Logger } from 'pino';
import { createHash } from 'node:crypto';

export type { Logger };

/**
 * Fields that may hold personal data or message text; removed from logs unless LOG_PERSONAL_DATA=true.
 * Names are redacted where they name a person: a bare `name` is an invoke's or an error's name, which
 * is needed to diagnose and never personal.
 */
const personalPaths = [
  'text', 'email', 'upn', 'userPrincipalName', 'question', 'answer', 'comment',
  '*.text', '*.email', '*.upn', '*.question',
  'person.name', 'from.name', 'user.name', 'member.name', 'personName', 'byName', 'updatedByName',
];

/** Structured JSON logger; personal data is redacted unless explicitly enabled. */
export function createLogger(options: { level: string; personalData: boolean }, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { app: 'styrmodellsboten' },
      redact: options.personalData ? [] : { paths: personalPaths, censor: '[redacted]' },
      // An error logged as `err` shows its name, code and scrubbed message; its stack only at debug.
      serializers: { err: (e: unknown) => (e instanceof Error ? errorFields(e, options.level === 'debug' || options.level === 'trace') : e) },
    },
    destination,
  );
}

/** A short stable pseudonym for an id (user, conversation) so logs can correlate without naming anyone. */
export function pseudonym(id: string | undefined): string | undefined {
  return id ? createHash('sha256').update(id).digest('hex').slice(0, 12) : undefined;
}

/** An error's message without what a client may have put into it: quoted values, ids and addresses. */
export function scrubMessage(message: string): string {
  return message
    .replace(/(["'”`])(?:(?!\1)[^\n]){0,500}\1/g, '$1…$1')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '[id]')
    .replace(/\bhttps?:\/\/[^\s"'<>]+/gi, '[url]')
    .split('\n')[0]
    .slice(0, 200);
}

/**
 * An error as log fields: its name, code and status (what diagnosis needs), its message scrubbed of
 * client data, and the stack only when asked for (LOG_LEVEL=debug).
 */
export function errorFields(error: unknown, withStack = false): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error, message: scrubMessage(String(error)) };
  const e = error as Error & { code?: unknown; statusCode?: unknown; status?: unknown };
  const code = typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined;
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : undefined;
  return { name: e.name, code, status, message: scrubMessage(e.message ?? ''), ...(withStack ? { stack: e.stack } : {}) };
}
