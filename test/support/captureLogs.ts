import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/shared/logger';

/** The app's real logger (redaction included) writing into memory, to read back what was logged. */
export interface CapturedLogs {
  logger: Logger;
  /** Every line written, as written. */
  lines(): string[];
  /** The lines parsed (a line that is no JSON fails the test that reads it). */
  entries(): Record<string, any>[];
  clear(): void;
}

export function captureLogs(level = 'info'): CapturedLogs {
  let text = '';
  const stream = new Writable({ write: (chunk, _e, done) => ((text += String(chunk)), done()) });
  const lines = () => text.split('\n').filter(Boolean);
  return {
    logger: createLogger({ level, personalData: false }, stream),
    lines,
    entries: () => lines().map((l) => JSON.parse(l) as Record<string, any>),
    clear: () => void (text = ''),
  };
}
