import pino, { type Logger } from 'pino';
import { createHash } from 'node:crypto';

export type { Logger };

/** Fields that may hold personal data or message text; removed from logs unless LOG_PERSONAL_DATA=true. */
const personalPaths = ['text', 'name', 'email', 'upn', 'userPrincipalName', 'question', 'answer', 'comment', '*.text', '*.name', '*.email', '*.upn', '*.question'];

/** Structured JSON logger; personal data is redacted unless explicitly enabled. */
export function createLogger(options: { level: string; personalData: boolean }, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { app: 'styrmodellsboten' },
      redact: options.personalData ? [] : { paths: personalPaths, censor: '[redacted]' },
    },
    destination,
  );
}

/** A short stable pseudonym for an id (user, conversation) so logs can correlate without naming anyone. */
export function pseudonym(id: string | undefined): string | undefined {
  return id ? createHash('sha256').update(id).digest('hex').slice(0, 12) : undefined;
}
