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

/**
 * Paces proactive sends with Bottleneck: one limiter per tenant (evenly spaced at the tenant's rate)
 * and one per conversation, spaced by the strictest of its windows (2 s for Teams), which keeps every
 * window without counting. A 429 holds the tenant's limiter for its Retry-After.
 */
export class SendLimiter {
  private readonly tenants: Bottleneck.Group;
  private readonly conversations: Bottleneck.Group;

  constructor(limits: TeamsLimits = teamsLimits) {
    const conversationSpacing = Math.max(...limits.perConversation.map((w) => Math.ceil(w.perMs / w.count)));
    this.tenants = new Bottleneck.Group({ minTime: Math.ceil(1000 / limits.perTenantPerSecond), maxConcurrent: limits.maxConcurrent });
    this.conversations = new Bottleneck.Group({ minTime: conversationSpacing, maxConcurrent: 1 });
  }

  /** Runs `send` when both the conversation and the tenant allow it. */
  schedule<T>(tenant: string, conversation: string, send: () => Promise<T>): Promise<T> {
    return this.conversations.key(conversation).schedule(() => this.tenants.key(tenant).schedule(send));
  }

  /** After a 429: nothing more starts for this tenant for `ms`. */
  hold(tenant: string, ms: number): void {
    const limiter = this.tenants.key(tenant);
    void limiter.updateSettings({ reservoir: 0 });
    setTimeout(() => void limiter.updateSettings({ reservoir: null }), ms).unref();
  }

  /** Sends waiting in the limiters (queued, not yet started). */
  get queued(): number {
    return this.tenants.limiters().reduce((n, l) => n + l.limiter.counts().QUEUED, 0) + this.conversations.limiters().reduce((n, l) => n + l.limiter.counts().QUEUED, 0);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.tenants.limiters(), ...this.conversations.limiters()].map((l) => l.limiter.stop({ dropWaitingJobs: true }).catch(() => undefined)));
  }
}
