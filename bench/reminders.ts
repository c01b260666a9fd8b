/**
 * `npm run --silent bench:reminders -- --recipients 10000 [--rate 50] [--timeline]`: the reminder
 * delivery path (the jobs platform) against a fake Bot Connector in a process of its own, which holds
 * the bot to Teams' limits with 429 + Retry-After and fails 1 % of what it would accept with 503 (seeded).
 * N recipients, each with a stored personal conversation reference and one due delivery, are sent
 * through the real Dispatcher, SendLimiter(teamsLimits), Lease and createAdapterSender over a
 * CloudAdapter in local (anonymous) mode. At about 40 % reached the dispatcher is killed (a crash: its
 * lease is not released, the sends its limiter held are gone), and a second instance (a new lease
 * holder on the same store) takes over once the lease has expired, and sends the rest.
 * The dispatcher is ticked every 250 ms (the scheduler ticks every 15 s), so takeover and retries are quick.
 * `--rate` sets the tenant's allowed rate on both sides (for a quick run); `--timeline` prints every
 * 429, 503 and pause of more than 100 ms between accepted sends.
 * The last line is one JSON object: {"planned","delivered","duplicates","lost","rateRatio","seconds"}.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { WorkingCalendar } from '../src/kernel/calendar/WorkingCalendar';
import { createConversationRefRepository, personalRefId, type ConversationRefRepository } from '../src/kernel/conversations/ConversationRefRepository';
import type { Delivery, DeliveryStatus, NewDelivery } from '../src/kernel/jobs/Delivery';
import { DeliveryQueue } from '../src/kernel/jobs/DeliveryQueue';
import { Dispatcher, defaultDispatcherOptions, type DeliveryTopic } from '../src/kernel/jobs/Dispatcher';
import { Lease } from '../src/kernel/jobs/Lease';
import { SendLimiter, teamsLimits } from '../src/kernel/jobs/SendLimiter';
import type { ProactiveSender } from '../src/kernel/notify/Notifier';
import type { DocumentStore } from '../src/kernel/store/Collection';
import { openStore } from '../src/platform/store/openStore';
import { createAdapterSender } from '../src/platform/teams/AdapterSender';
import { createAdapter } from '../src/platform/teams/createAdapter';
import { createLogger, type Logger } from '../src/shared/logger';
import { swedishDay } from '../src/shared/swedishTime';
import { BOT, TENANT } from '../test/support/activities';
import { preciseNow, startFakeConnector, type ConnectorReport } from './lib/fakeConnector';

const kommun = 'bench';
const leaseTtlMs = 3_000;
const tickMs = 250;
const killAtShare = 0.4;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

/** The app's logger, counting warnings and errors by event instead of printing them. */
function countingLogger(): { logger: Logger; events: Map<string, number> } {
  const events = new Map<string, number>();
  const stream = new Writable({
    write(chunk, _e, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        const event = (JSON.parse(line) as { event?: string }).event ?? 'other';
        events.set(event, (events.get(event) ?? 0) + 1);
      }
      done();
    },
  });
  return { logger: createLogger({ level: 'warn', personalData: false }, stream), events };
}

/** A short text per group: what the bench sends is not the point, how it goes out is. */
const benchTopic: DeliveryTopic = {
  topic: 'bench',
  compose: async (_kommun, groups) => groups.map((g) => ({ text: `Påminnelse till ${g.person}: ${g.deliveries.length} frist(er) närmar sig.` })),
};

/** One bot process's jobs platform on the shared store: its own lease holder, limiter, adapter and sender. */
interface Instance {
  dispatcher: Dispatcher;
  limiter: SendLimiter;
  /** preciseNow() of this instance's first send attempt. */
  firstSendAt?: number;
  tick: NodeJS.Timeout;
}

function startInstance(deps: { store: DocumentStore; refs: ConversationRefRepository; rate: number; logger: Logger; onError(e: unknown): void }): Instance {
  const clock = () => new Date();
  const limiter = new SendLimiter({ ...teamsLimits, perTenantPerSecond: deps.rate });
  const real = createAdapterSender({ adapter: createAdapter({ appType: 'MultiTenant', authenticated: false }, deps.logger), appId: undefined });
  const instance = { limiter } as Instance;
  const sender: ProactiveSender = { send: (ref, message) => ((instance.firstSendAt ??= preciseNow()), real.send(ref, message)) };
  instance.dispatcher = new Dispatcher({
    queue: new DeliveryQueue(deps.store, clock),
    lease: new Lease(deps.store, 'scheduler', leaseTtlMs, clock),
    limiter,
    sender,
    refs: deps.refs,
    topics: [benchTopic],
    calendar: new WorkingCalendar(),
    kommuner: () => [kommun],
    clock,
    logger: deps.logger,
    options: { staleAfterMs: leaseTtlMs },
  });
  // What the scheduler does every 15 s, every 250 ms here (a call while a pass runs joins it).
  instance.tick = setInterval(() => void instance.dispatcher.run().catch(deps.onError), tickMs);
  return instance;
}

/** N recipients, each with a personal chat with the bot (at the fake connector) and one due delivery. */
async function seed(store: DocumentStore, refs: ConversationRefRepository, serviceUrl: string, n: number): Promise<void> {
  const now = new Date();
  const at = now.toISOString();
  const planned: NewDelivery[] = [];
  for (let i = 0; i < n; i++) {
    const aadObjectId = `aad-${i}`;
    const conversation = { id: `a:bench-${i}`, conversationType: 'personal', tenantId: TENANT };
    await refs.save({
      id: personalRefId(aadObjectId),
      tenant: kommun,
      scope: 'personal',
      aadObjectId,
      entraTenantId: TENANT,
      reference: { user: { id: `29:bench-${i}`, aadObjectId }, bot: BOT, conversation, channelId: 'msteams', serviceUrl, locale: 'sv-SE' },
      fingerprint: `bench-${i}`,
      updatedAt: at,
    });
    planned.push({ id: `bench-${i}`, topic: 'bench', person: `person-${i}`, aadObjectId, date: swedishDay(now), notBefore: new Date(now.getTime() - 60_000).toISOString(), window: 'any', data: {} });
  }
  const queue = new DeliveryQueue(store, () => new Date());
  for (let i = 0; i < n; i += 500) await queue.enqueue(kommun, planned.slice(i, i + 500));
}

/** 429s, 503s and pauses of more than 100 ms between accepted sends, in seconds from the first request. */
function printTimeline(report: ConnectorReport, marks: Record<string, number | undefined>): void {
  const t0 = report.log[0]?.at ?? 0;
  const s = (at: number) => `${((at - t0) / 1000).toFixed(3)} s`;
  let previous = t0;
  for (const r of report.log) {
    if (r.status !== 200 || r.at - previous > 100) console.log(`  ${s(r.at)}: ${r.status} ${r.conversationId}${r.status === 200 ? ` after ${(r.at - previous).toFixed(0)} ms` : ''}`);
    if (r.status === 200) previous = r.at;
  }
  for (const [name, at] of Object.entries(marks)) if (at) console.log(`  ${s(at)}: ${name}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number, digits: number) => Number(x.toFixed(digits));

async function main(): Promise<void> {
  const started = preciseNow();
  const planned = option('recipients', 10_000);
  const rate = option('rate', teamsLimits.perTenantPerSecond);
  const connector = await startFakeConnector({ perConversation: teamsLimits.perConversation, perTenantPerSecond: rate, failRate: 0.01, seed: 20_260_502 });
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-reminders-'));
  const { logger, events } = countingLogger();
  let failure: unknown;
  const store = await openStore({ kind: 'embedded', dataDir }, ['conversations', 'deliveries', 'leases']);
  const instances: Instance[] = [];
  try {
    const refs = createConversationRefRepository(store);
    await seed(store, refs, connector.url, planned);
    const seeded = preciseNow();
    // How busy this process was while sending, and how late its event loop ran (a stall delays sends).
    const cpuBefore = process.cpuUsage();
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();

    let killed = false;
    // After the crash, what the dead instance's pass still does (its stopped limiter rejects) is nobody's concern.
    const first = startInstance({ store, refs, rate, logger, onError: (e) => killed || (failure ??= e) });
    instances.push(first);
    // The crash comes from a timer of its own, not from a send: it falls wherever the sends are then.
    let reachedAtKill = 0;
    while (!failure && reachedAtKill < killAtShare * planned) {
      await sleep(100);
      reachedAtKill = await connector.reached();
    }
    first.dispatcher.kill();
    killed = true;
    const killedAt = preciseNow();
    clearInterval(first.tick);
    void first.limiter.stop(); // the process is gone, and with it the sends its limiter held

    const second = startInstance({ store, refs, rate, logger, onError: (e) => (failure ??= e) });
    instances.push(second);
    const queue = new DeliveryQueue(store, () => new Date());
    const deadline = preciseNow() + Math.max(60_000, (3 * planned * 1000) / rate);
    for (let lastLook = 0; ; ) {
      if (failure) throw failure;
      if (preciseNow() > deadline) throw new Error(`not done in time: ${await connector.reached()} of ${planned} reached`);
      await sleep(tickMs);
      // Reading the queue scans it: only once everyone seems reached, or now and then.
      if ((await connector.reached()) < planned && preciseNow() - lastLook < 10_000) continue;
      lastLook = preciseNow();
      if ((await queue.find(kommun, { status: 'waiting' })).length + (await queue.find(kommun, { status: 'sending' })).length === 0) break;
    }
    for (const i of instances) clearInterval(i.tick);
    await second.dispatcher.stop();
    const seconds = (preciseNow() - started) / 1000;
    loopDelay.disable();
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const sendingWall = (preciseNow() - seeded) / 1000;

    const report = await connector.report();
    const { accepted, counts } = report;
    const delivered = new Set(accepted.map((a) => a.conversationId)).size;
    const duplicates = accepted.length - delivered;
    const statuses = new Map<DeliveryStatus, number>();
    for (const { doc } of await store.collection<Delivery>('deliveries').find(kommun)) statuses.set(doc.status, (statuses.get(doc.status) ?? 0) + 1);
    // The rate while a dispatcher was sending: from the first accepted send to the last, less the takeover.
    const firstAt = accepted[0].at;
    const lastAt = accepted[accepted.length - 1].at;
    const resumedAt = accepted.find((a) => a.at >= (second.firstSendAt ?? Infinity))?.at ?? killedAt;
    const pause = resumedAt - killedAt;
    const sendingSeconds = (lastAt - firstAt - pause) / 1000;
    const rateRatio = accepted.length / (rate * sendingSeconds);

    if (process.argv.includes('--timeline')) printTimeline(report, { 'crash (kill)': killedAt, "new holder's first send": second.firstSendAt });
    const warnings = [...events].map(([e, n]) => `${e} ×${n}`).join(', ') || 'none';
    console.log(
      `bench:reminders: ${planned} recipients, one due delivery each; fake connector (own process) at Teams' limits (7/1 s, 8/2 s, 60/30 s, 1,800/h per chat; ${rate}/s per tenant), ` +
        `failing 1 % with 503; dispatcher batch ${defaultDispatcherOptions.batchSize}, lease ${leaseTtlMs / 1000} s, ticked every ${tickMs} ms (the scheduler: every 15 s)`,
    );
    console.log(
      `seeded in ${((seeded - started) / 1000).toFixed(1)} s; crash at ${reachedAtKill} reached (${((100 * reachedAtKill) / planned).toFixed(0)} %) ${((killedAt - seeded) / 1000).toFixed(1)} s into sending; ` +
        `queue at the end: ${[...statuses].map(([s, n]) => `${n} ${s}`).join(', ')}; warnings logged: ${warnings}`,
    );
    console.log(
      `${delivered} of ${planned} reached, ${duplicates} duplicate(s); connector: ${counts.requests} requests, ${counts.accepted} accepted, ${counts.throttled} × 429, ${counts.failed} × 503; ` +
        `takeover pause ${(pause / 1000).toFixed(2)} s; ${accepted.length} accepted in ${sendingSeconds.toFixed(1)} s of sending = ${(accepted.length / sendingSeconds).toFixed(1)}/s of ${rate}/s allowed; ${seconds.toFixed(1)} s in all`,
    );
    const ms = (ns: number) => (ns / 1e6).toFixed(0);
    console.log(
      `this process while sending: ${cpuSeconds.toFixed(1)} s CPU in ${sendingWall.toFixed(1)} s (${((100 * cpuSeconds) / sendingWall).toFixed(0)} % of one core); ` +
        `event loop delay p50 ${ms(loopDelay.percentile(50))} ms, p99 ${ms(loopDelay.percentile(99))} ms, max ${ms(loopDelay.max)} ms; ` +
        `machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} at the end`,
    );
    console.log(JSON.stringify({ planned, delivered, duplicates, lost: planned - delivered, rateRatio: round(rateRatio, 3), seconds: round(seconds, 1) }));
  } finally {
    for (const i of instances) {
      clearInterval(i.tick);
      await i.limiter.stop();
    }
    await store.close().catch(() => undefined);
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`npm run bench:reminders: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
