import Bottleneck from 'bottleneck';

/**
 * Teams' limits for a bot: per conversation 7 messages per second, 8 per 2 s, 60 per 30 s and 1,800 per
 * hour; per app and tenant 50 requests per second. Configurable for other clouds and for tests.
 */
export interface TeamsLimits {
  perConversation: { count: number; perMs: number }[];
  perTenantPerSecond: number;
  /** Sends in flight at once (the connector's latency times the rate, with room). */
  maxConcurrent: number;
}

export const teamsLimits: TeamsLimits = {
  perConversation: [
    { count: 7, perMs: 1_000 },
    { count: 8, perMs: 2_000 },
    { count: 60, perMs: 30_000 },
    { count: 1_800, perMs: 3_600_000 },
  ],
  perTenantPerSecond: 50,
  maxConcurrent: 16,
};

/** Per tenant: the turn the next request waits for, when the latest ones were answered, and until when a 429 holds it. */
interface TenantWindow {
  turn: Promise<unknown>;
  /** When the latest requests were answered (one per request the second may hold), in the order they went. */
  recent: Promise<number>[];
  /** The latest answer of the requests before those. */
  floor: number;
  holdUntil: number;
}

/** A request that has not been answered after this long is taken to have arrived by then. */
const stuckMs = 10_000;

/**
 * Paces proactive sends with Bottleneck: one limiter per tenant (evenly spaced at the tenant's rate)
 * and one per conversation, spaced by the strictest of its windows (2 s for Teams), which keeps every
 * window without counting. A 429 holds the tenant's limiter for its Retry-After.
 *
 * Even spacing alone does not keep the tenant's second: the connector counts arrivals, and a stall of
 * the event loop (a GC pause, a store scan, a batch being scheduled) or a slow claim write between a
 * start here and the request makes some arrive late and the next ones bunch up behind them; a second
 * later the connector sees one request too many (a 429, and the tenant waits a whole Retry-After). So
 * the request itself (`request`) also waits until a second has passed since the one `perTenantPerSecond`
 * places before it was answered: that one has arrived by then, so no second can hold more than the
 * rate, whatever the delays. That costs a request's round trip (a few ms) per second, not a margin.
 */
export class SendLimiter {
  private readonly tenants: Bottleneck.Group;
  private readonly conversations: Bottleneck.Group;
  private readonly windows = new Map<string, TenantWindow>();
  /** Scheduled sends not yet started, counted here: asking every per-conversation limiter is O(conversations) per call. */
  private waiting = 0;

  constructor(private readonly limits: TeamsLimits = teamsLimits) {
    const conversationSpacing = Math.max(...limits.perConversation.map((w) => Math.ceil(w.perMs / w.count)));
    // The tenant's second is kept exactly by `request`; Bottleneck only spreads the starts, 10 % closer
    // than the rate: a timer fires a millisecond or two late, and at exactly the rate every late start
    // would cost rate that no later start wins back (measured: 0.91 of the allowed rate, 0.97 with this).
    this.tenants = new Bottleneck.Group({ minTime: Math.floor(900 / limits.perTenantPerSecond), maxConcurrent: limits.maxConcurrent });
    this.conversations = new Bottleneck.Group({ minTime: conversationSpacing, maxConcurrent: 1 });
  }

  /** Runs `send` when both the conversation and the tenant allow it. */
  schedule<T>(tenant: string, conversation: string, send: () => Promise<T>): Promise<T> {
    this.waiting++;
    let started = false;
    const start = () => void (started || ((started = true), this.waiting--));
    return this.conversations
      .key(conversation)
      .schedule(() => this.tenants.key(tenant).schedule(() => (start(), send())))
      .finally(start);
  }

  /** Makes one request to the connector for the tenant once its second has room (see above), in the order asked. */
  request<T>(tenant: string, call: () => Promise<T>): Promise<T> {
    const w = this.window(tenant);
    let answered!: (at: number) => void;
    const answer = new Promise<number>((resolve) => (answered = resolve));
    const turn = w.turn.then(async () => {
      w.recent.push(answer);
      if (w.recent.length > this.limits.perTenantPerSecond) w.floor = Math.max(w.floor, await withinStuck(w.recent.shift()!));
      await sleepUntil(Math.max(w.floor + 1000, w.holdUntil));
    });
    w.turn = turn;
    return turn.then(call).finally(() => answered(performance.now()));
  }

  private window(tenant: string): TenantWindow {
    let w = this.windows.get(tenant);
    if (!w) this.windows.set(tenant, (w = { turn: Promise.resolve(), recent: [], floor: -Infinity, holdUntil: -Infinity }));
    return w;
  }

  /** After a 429: nothing more starts for this tenant for `ms`, and no request goes (not even what Bottleneck already let through). */
  hold(tenant: string, ms: number): void {
    const limiter = this.tenants.key(tenant);
    void limiter.updateSettings({ reservoir: 0 });
    setTimeout(() => void limiter.updateSettings({ reservoir: null }), ms).unref();
    const w = this.window(tenant);
    w.holdUntil = Math.max(w.holdUntil, performance.now() + ms);
  }

  /** Sends waiting in the limiters (scheduled, not yet started). */
  get queued(): number {
    return this.waiting;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.tenants.limiters(), ...this.conversations.limiters()].map((l) => l.limiter.stop({ dropWaitingJobs: true }).catch(() => undefined)));
  }
}

/** Not a moment before `at` (a timer may fire up to a millisecond early). */
async function sleepUntil(at: number): Promise<void> {
  for (let ms = at - performance.now(); ms > 0; ms = at - performance.now()) await new Promise((resolve) => setTimeout(resolve, Math.max(1, ms)));
}

/** When a request was answered, or now if it has not been within `stuckMs` (a hung request must not stop the tenant). */
async function withinStuck(answer: Promise<number>): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(performance.now()), stuckMs)));
  try {
    return await Promise.race([answer, stuck]);
  } finally {
    clearTimeout(timer);
  }
}
