import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readBody, reply } from '../../test/support/connectorStub';

/** Milliseconds since the epoch with the precision of performance.now(): comparable across processes. */
export const preciseNow = () => performance.timeOrigin + performance.now();

/** A sliding window: at most `count` in any `perMs`. */
export interface Window {
  count: number;
  perMs: number;
}

export interface FakeConnectorOptions {
  /** Messages per conversation (Teams: 7/1 s, 8/2 s, 60/30 s, 1,800/hour). */
  perConversation: Window[];
  /** Requests per app and tenant in any second (Teams: 50). */
  perTenantPerSecond: number;
  /** Share of the sends it would accept that fail with 503 instead. */
  failRate: number;
  /** Seed of the pseudo-random choice of those failures (the same seed fails the same sends). */
  seed: number;
}

/** An accepted activity: which conversation, when (preciseNow() at the connector). */
export interface Accepted {
  conversationId: string;
  at: number;
}

/**
 * A stand-in Bot Connector that holds the bot to Teams' limits: `POST /v3/conversations/:id/activities`
 * is answered 429 with Retry-After (whole seconds, until the window that is full lets one more in) when
 * a conversation's window or the tenant's second is full, else 503 for `failRate` of the sends (seeded),
 * else 200. Only what it let in counts in the windows: a 429 costs the bot nothing but the wait (the
 * tenant's second counts the 503s too, they were requests it took; a conversation counts only messages
 * posted). Every accepted activity is recorded.
 */
export class FakeConnector {
  readonly accepted: Accepted[] = [];
  readonly counts = { requests: 0, accepted: 0, throttled: 0, failed: 0 };
  /** Every request's answer and time, in order (to see where the time went). */
  readonly log: Answered[] = [];
  /** Conversations that received at least one activity. */
  readonly reached = new Set<string>();
  private server?: Server;
  private readonly random: () => number;
  private readonly conversations = new Map<string, number[]>();
  /** Per tenant, the times of the requests let in during the last second (oldest first). */
  private readonly tenants = new Map<string, number[]>();
  private readonly longest: number;

  constructor(private readonly options: FakeConnectorOptions) {
    this.random = mulberry32(options.seed);
    this.longest = Math.max(...options.perConversation.map((w) => w.perMs));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const send = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !send) return reply(res, 404);
    const conversationId = decodeURIComponent(send[1]);
    let tenant = 'app';
    try {
      const activity = JSON.parse(body) as { conversation?: { tenantId?: string }; channelData?: { tenant?: { id?: string } } };
      tenant = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id ?? tenant;
    } catch {
      return reply(res, 400);
    }
    this.counts.requests++;
    const now = preciseNow();
    const waitMs = this.wait(conversationId, tenant, now);
    if (waitMs > 0) {
      this.counts.throttled++;
      this.log.push({ at: now, status: 429, conversationId });
      res.setHeader('retry-after', String(Math.max(1, Math.ceil(waitMs / 1000))));
      return reply(res, 429, { error: { code: 'TooManyRequests', message: 'throttled' } });
    }
    this.tenants.get(tenant)!.push(now);
    if (this.random() < this.options.failRate) {
      this.counts.failed++;
      this.log.push({ at: now, status: 503, conversationId });
      return reply(res, 503, { error: { code: 'ServiceUnavailable', message: 'try again' } });
    }
    this.conversations.get(conversationId)!.push(now);
    this.accepted.push({ conversationId, at: now });
    this.reached.add(conversationId);
    this.counts.accepted++;
    this.log.push({ at: now, status: 200, conversationId });
    reply(res, 200, { id: `act-${this.counts.accepted}` });
  }

  /** 0 when a request may go in now; else how long until the fullest window lets one more in. */
  private wait(conversationId: string, tenant: string, now: number): number {
    const inTenant = this.tenants.get(tenant) ?? [];
    while (inTenant.length && inTenant[0] <= now - 1000) inTenant.shift();
    this.tenants.set(tenant, inTenant);
    const inConversation = this.conversations.get(conversationId) ?? [];
    while (inConversation.length && inConversation[0] <= now - this.longest) inConversation.shift();
    this.conversations.set(conversationId, inConversation);
    let wait = 0;
    if (inTenant.length >= this.options.perTenantPerSecond) wait = inTenant[inTenant.length - this.options.perTenantPerSecond] + 1000 - now;
    for (const w of this.options.perConversation) {
      const inWindow = inConversation.filter((t) => t > now - w.perMs);
      if (inWindow.length >= w.count) wait = Math.max(wait, inWindow[inWindow.length - w.count] + w.perMs - now);
    }
    return wait;
  }
}

/** A request as the connector answered it: when, with which status, for which conversation. */
export interface Answered {
  at: number;
  status: number;
  conversationId: string;
}

/** What the connector saw, read at the end. */
export interface ConnectorReport {
  accepted: Accepted[];
  counts: FakeConnector['counts'];
  log: Answered[];
}

/** The fake connector in a process of its own, as the real one is: the bot's pauses do not move its clock. */
export interface RemoteConnector {
  url: string;
  /** How many conversations have received at least one activity so far. */
  reached(): Promise<number>;
  report(): Promise<ConnectorReport>;
  stop(): Promise<void>;
}

/** Starts the fake connector in a child process (with this process's loader flags, so tsx works there too). */
export async function startFakeConnector(options: FakeConnectorOptions): Promise<RemoteConnector> {
  const child: ChildProcess = fork(join(__dirname, 'fakeConnectorProcess.ts'), [JSON.stringify(options)], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, (value: unknown) => void>();
  let next = 0;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`fake connector exited (${code})`)));
    child.on('message', (m: { type: string; id?: number; value?: unknown; url?: string }) => {
      if (m.type === 'ready') resolve(m.url!);
      if (m.type !== 'reply') return;
      waiting.get(m.id!)?.(m.value);
      waiting.delete(m.id!);
    });
  });
  const ask = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const id = next++;
      waiting.set(id, resolve as (value: unknown) => void);
      child.send({ type, id });
    });
  return {
    url,
    reached: () => ask<number>('reached'),
    report: () => ask<ConnectorReport>('report'),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

/** A small seeded generator (uniform in [0, 1)). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
