import { defaultDispatcherOptions } from './Dispatcher';
import { sendOutcome } from './sendOutcome';

const now = new Date('2026-12-01T08:00:00Z');
const o = defaultDispatcherOptions; // 6 tries, backoff 2 s doubling up to 120 s

describe('sendOutcome', () => {
  it('When a send is throttled, then the tenant is held for the Retry-After and the delivery waits as long; after twice the tries it is failed', () => {
    expect(sendOutcome({ outcome: 'throttled', retryAfterMs: 3_000 }, 1, o, now)).toEqual({ status: 'waiting', note: 'throttled', notBefore: '2026-12-01T08:00:03.000Z', stat: 'throttled', holdMs: 3_000 });
    expect(sendOutcome({ outcome: 'throttled', retryAfterMs: 3_000 }, 12, o, now)).toMatchObject({ status: 'failed', note: 'throttled_too_long', holdMs: 3_000 });
  });

  it('When a send fails transiently, then it waits a jittered backoff between half and all of the step, and is failed after the last try', () => {
    expect(sendOutcome({ outcome: 'transient', status: 503 }, 3, o, now, () => 0).notBefore).toBe('2026-12-01T08:00:04.000Z');
    expect(sendOutcome({ outcome: 'transient', status: 503 }, 3, o, now, () => 1).notBefore).toBe('2026-12-01T08:00:08.000Z');
    expect(sendOutcome({ outcome: 'transient' }, 6, o, now)).toMatchObject({ status: 'failed', note: 'http_network', log: { event: 'delivery_failed', attempts: 6 } });
  });

  it('When the user removed the bot or the send is refused, then that is final', () => {
    expect(sendOutcome({ outcome: 'blocked', status: 403 }, 1, o, now)).toMatchObject({ status: 'blocked', note: 'http_403' });
    expect(sendOutcome({ outcome: 'failed', status: 400 }, 1, o, now)).toMatchObject({ status: 'failed', note: 'http_400' });
    expect(sendOutcome({ outcome: 'sent' }, 1, o, now)).toEqual({ status: 'sent', stat: 'sent' });
  });
});
