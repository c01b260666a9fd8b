import { setTimeout as delay } from 'node:timers/promises';
import { StoreUnavailableError } from '../../shared/errors';

/** How often and how patiently to retry; the clock and the dice are injectable so tests run instantly. */
export interface RetryOptions {
  /** Total tries, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Once aborted (the call's deadline passed), no further try is started. */
  signal?: AbortSignal;
}

const defaults = { attempts: 3, baseDelayMs: 100, maxDelayMs: 2_000, sleep: (ms: number) => delay(ms).then(() => undefined), random: Math.random };

/**
 * Runs `op`, retrying while `isTransient(error)` holds, with exponential backoff and full jitter
 * (so many callers hitting the same hiccup do not retry in lockstep). Errors that are not transient
 * are rethrown untouched; running out of attempts gives a StoreUnavailableError carrying the last error.
 */
export async function withRetry<T>(what: string, op: () => Promise<T>, isTransient: (error: unknown) => boolean, options: RetryOptions = {}): Promise<T> {
  const { attempts, baseDelayMs, maxDelayMs, sleep, random, signal } = { ...defaults, ...options };
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (error) {
      if (!isTransient(error) || signal?.aborted) throw error;
      if (attempt >= attempts) {
        throw new StoreUnavailableError(`${what} misslyckades efter ${attempt} försök`, { cause: error });
      }
      await sleep(Math.round(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))));
    }
  }
}
