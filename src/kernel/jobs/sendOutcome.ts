import type { SendResult } from '../notify/Notifier';
import type { DeliveryStatus } from './Delivery';
import type { DispatcherOptions } from './Dispatcher';

/** What a send's result makes of its deliveries: the status to record, the count it adds to, and what to log. */
export interface Outcome {
  status: DeliveryStatus;
  note?: string;
  /** When a delivery left waiting may go again (ISO). */
  notBefore?: string;
  stat: 'sent' | 'blocked' | 'failed' | 'throttled' | 'retrying';
  /** A throttled send: nothing more goes to the tenant for this long. */
  holdMs?: number;
  log?: { event: string; message: string; attempts?: number };
}

/**
 * The decision after a send, pure: sent; blocked (403: the user removed the bot) and refused are final;
 * throttled waits the Retry-After (failed after twice the tries); a transient error waits a backoff
 * (failed after `maxAttempts`). `attempts` are the tries so far, `now` the time of the answer.
 */
export function sendOutcome(result: SendResult, attempts: number, options: DispatcherOptions, now: Date, random = Math.random): Outcome {
  switch (result.outcome) {
    case 'sent':
      return { status: 'sent', stat: 'sent' };
    case 'blocked':
      return { status: 'blocked', note: 'http_403', stat: 'blocked', log: { event: 'delivery_blocked', message: 'the user blocked or removed the bot' } };
    case 'failed':
      return { status: 'failed', note: `http_${result.status ?? 'error'}`, stat: 'failed', log: { event: 'delivery_failed', message: 'proactive send refused' } };
    case 'throttled': {
      const wait = result.retryAfterMs ?? 1_000;
      if (attempts >= options.maxAttempts * 2) return { status: 'failed', note: 'throttled_too_long', stat: 'failed', holdMs: wait };
      return { status: 'waiting', note: 'throttled', notBefore: new Date(now.getTime() + wait).toISOString(), stat: 'throttled', holdMs: wait };
    }
    case 'transient': {
      const note = `http_${result.status ?? 'network'}`;
      if (attempts >= options.maxAttempts) return { status: 'failed', note, stat: 'failed', log: { event: 'delivery_failed', message: 'proactive send failed after retries', attempts } };
      return { status: 'waiting', note, notBefore: new Date(now.getTime() + backoff(attempts, options, random)).toISOString(), stat: 'retrying' };
    }
  }
}

/** Exponential with full jitter between half and all of the step, bounded. */
function backoff(attempt: number, options: DispatcherOptions, random: () => number): number {
  const step = Math.min(options.backoff.maxMs, options.backoff.baseMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}
