import type { ConversationRefRepository, StoredConversationRef } from '../conversations/ConversationRefRepository';
import type { WorkingCalendar } from '../calendar/WorkingCalendar';
import type { NotifyMessage, ProactiveSender, SendResult } from '../notify/Notifier';
import type { Versioned } from '../store/Collection';
import { errorFields, pseudonym, type Logger } from '../../shared/logger';
import type { Delivery, DeliveryStatus } from './Delivery';
import type { DeliveryQueue } from './DeliveryQueue';
import type { Lease } from './Lease';
import type { SendLimiter } from './SendLimiter';
import { sendOutcome } from './sendOutcome';

/** One person's due deliveries of one topic that go out as one message (one, or a digest's several). */
export interface DeliveryGroup {
  person: string;
  deliveries: Delivery[];
}

/**
 * The feature part that turns deliveries into messages when they go out, so they say what is true then.
 * `undefined` for a group: nothing is left to say (the unit submitted) and the deliveries are skipped.
 */
export interface DeliveryTopic {
  topic: string;
  compose(kommun: string, groups: DeliveryGroup[]): Promise<(NotifyMessage | undefined)[]>;
}

export interface DispatcherOptions {
  batchSize: number;
  /** Tries of a delivery with transient errors before it is failed (throttling may take twice as many). */
  maxAttempts: number;
  backoff: { baseMs: number; maxMs: number };
  /** How long after a claim a 'sending' record counts as left behind by a crash. */
  staleAfterMs: number;
}

export const defaultDispatcherOptions: DispatcherOptions = { batchSize: 200, maxAttempts: 6, backoff: { baseMs: 2_000, maxMs: 120_000 }, staleAfterMs: 60_000 };

export type RunStats = Record<'sent' | 'throttled' | 'retrying' | 'failed' | 'blocked' | 'noReference' | 'skipped' | 'recovered', number> & { held: boolean };

export interface DispatcherDeps {
  queue: DeliveryQueue;
  lease: Lease;
  limiter: SendLimiter;
  sender: ProactiveSender;
  refs: ConversationRefRepository;
  topics: DeliveryTopic[];
  calendar: WorkingCalendar;
  kommuner: () => string[];
  clock: () => Date;
  logger: Logger;
  options?: Partial<DispatcherOptions>;
}

/**
 * Sends what the queue holds, while this instance holds the dispatch lease: each delivery is claimed
 * (ETag-conditional: sending) just before its send, paced by the limiter, and its outcome recorded
 * after it. A crash between the send and the record leaves it 'sending'; the next holder sends it
 * again (at most one duplicate per delivery and crash). Nothing is dropped: every outcome is a status.
 */
export class Dispatcher {
  private readonly options: DispatcherOptions;
  private readonly topics: Map<string, DeliveryTopic>;
  private killed = false;
  private running?: Promise<RunStats>;

  constructor(private readonly deps: DispatcherDeps) {
    this.options = { ...defaultDispatcherOptions, ...deps.options };
    this.topics = new Map(deps.topics.map((t) => [t.topic, t]));
  }

  /** One pass over every kommun's due deliveries; a second call while one runs joins it. */
  run(): Promise<RunStats> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  /** A crash, for tests and the benchmark: stops at once and records nothing more (the lease is not released). */
  kill(): void {
    this.killed = true;
  }

  /** An orderly stop: lets the pass in progress finish its sends, then gives the lease up. */
  async stop(): Promise<void> {
    await this.running;
    await this.deps.lease.release();
  }

  private async pass(): Promise<RunStats> {
    const stats: RunStats = { held: false, sent: 0, throttled: 0, retrying: 0, failed: 0, blocked: 0, noReference: 0, skipped: 0, recovered: 0 };
    if (this.killed || !(await this.deps.lease.acquire())) return stats;
    stats.held = true;
    const renew = setInterval(() => void this.deps.lease.acquire().catch(() => undefined), this.deps.lease.renewEveryMs);
    try {
      for (const kommun of this.deps.kommuner()) await this.passKommun(kommun, stats);
    } finally {
      clearInterval(renew);
    }
    if (stats.sent + stats.failed + stats.blocked + stats.noReference + stats.recovered > 0) this.deps.logger.info({ event: 'dispatch_pass', ...stats }, 'deliveries sent');
    return stats;
  }

  private async passKommun(kommun: string, stats: RunStats): Promise<void> {
    const { queue, lease, clock } = this.deps;
    stats.recovered += await queue.recover(kommun, lease.holder, new Date(clock().getTime() - this.options.staleAfterMs));
    const scheduled = new Set<string>();
    const inFlight = new Set<Promise<void>>();
    while (!this.killed && lease.valid) {
      if (this.deps.limiter.queued >= this.options.batchSize && inFlight.size) {
        await Promise.race(inFlight);
        continue;
      }
      const now = clock();
      const batch = await queue.due(kommun, now, { limit: this.options.batchSize, workingTime: this.deps.calendar.isWorkingTime(now), skip: scheduled });
      if (batch.length === 0) {
        if (inFlight.size === 0) break;
        await Promise.race(inFlight);
        continue;
      }
      batch.forEach((v) => scheduled.add(v.doc.id));
      for (const job of await this.prepare(kommun, batch)) {
        const p: Promise<void> = this.deps.limiter.schedule(job.tenant, job.conversation, () => this.deliver(job, stats)).finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
    }
    await Promise.allSettled(inFlight);
  }

  /** Groups a batch, composes the messages by topic and finds each person's chat. */
  private async prepare(kommun: string, batch: Versioned<Delivery>[]): Promise<Job[]> {
    const groups = new Map<string, Versioned<Delivery>[]>();
    for (const v of batch) {
      const key = `${v.doc.topic}\u0000${v.doc.person}\u0000${v.doc.group ?? v.doc.id}`;
      groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    const refs = new Map((await this.deps.refs.personalOf(kommun, batch.flatMap((v) => (v.doc.aadObjectId ? [v.doc.aadObjectId] : [])))).map((r) => [r.aadObjectId, r]));
    const jobs: Job[] = [];
    const byTopic = new Map<string, Versioned<Delivery>[][]>();
    for (const g of groups.values()) byTopic.set(g[0].doc.topic, [...(byTopic.get(g[0].doc.topic) ?? []), g]);
    for (const [topicName, topicGroups] of byTopic) {
      const topic = this.topics.get(topicName);
      let messages: (NotifyMessage | undefined)[];
      try {
        if (!topic) throw new Error(`no topic ${topicName}`);
        messages = await topic.compose(kommun, topicGroups.map((g) => ({ person: g[0].doc.person, deliveries: g.map((v) => v.doc) })));
      } catch (e) {
        // Left waiting for the next pass; never sent half-made.
        this.deps.logger.error({ event: 'compose_failed', topic: topicName, err: errorFields(e) }, 'could not compose deliveries');
        continue;
      }
      topicGroups.forEach((g, i) => {
        const ref = g[0].doc.aadObjectId ? refs.get(g[0].doc.aadObjectId) : undefined;
        const conversation = (ref?.reference.conversation as { id?: string } | undefined)?.id ?? `none:${g[0].doc.person}`;
        jobs.push({ kommun, deliveries: g, message: messages[i], ref, tenant: ref?.entraTenantId ?? kommun, conversation });
      });
    }
    return jobs;
  }

  private async deliver(job: Job, stats: RunStats): Promise<void> {
    const { queue, lease } = this.deps;
    if (this.killed || !lease.valid) return;
    const claimed = (await Promise.all(job.deliveries.map((d) => queue.claim(d, lease.holder)))).filter((c): c is Versioned<Delivery> => !!c);
    if (claimed.length === 0) return;
    const end = async (status: DeliveryStatus, note?: string, notBefore?: string) => {
      if (this.killed) return;
      await Promise.all(claimed.map((c) => queue.finish(c, { status, note, notBefore })));
    };
    if (!job.message) return void (await end('skipped', 'nothing_to_say'), (stats.skipped += claimed.length));
    if (!job.ref) return void (await end('no_reference'), (stats.noReference += claimed.length));
    let result: SendResult | undefined;
    try {
      const { ref, message } = job;
      // The request waits for room in the tenant's second; a crash (kill) meanwhile sends nothing.
      result = await this.deps.limiter.request(job.tenant, async () => (this.killed ? undefined : this.deps.sender.send(ref, message)));
    } catch (e) {
      result = { outcome: 'transient' };
      this.deps.logger.warn({ event: 'send_error', err: errorFields(e) }, 'proactive send threw');
    }
    if (this.killed || !result) return;
    const outcome = sendOutcome(result, Math.max(...claimed.map((c) => c.doc.attempts)), this.options, this.deps.clock());
    if (outcome.holdMs !== undefined) this.deps.limiter.hold(job.tenant, outcome.holdMs);
    if (outcome.log) {
      const { event, message, attempts } = outcome.log;
      this.deps.logger.warn({ event, person: pseudonym(job.deliveries[0].doc.person), status: result.status, ...(attempts ? { attempts } : {}) }, message);
    }
    stats[outcome.stat] += claimed.length;
    await end(outcome.status, outcome.note, outcome.notBefore);
  }
}

interface Job {
  kommun: string;
  deliveries: Versioned<Delivery>[];
  message: NotifyMessage | undefined;
  ref: StoredConversationRef | undefined;
  tenant: string;
  conversation: string;
}
