import { Agent, request } from 'node:http';

/** Throughput and latency of message turns, measured after a warm-up. */
export interface TurnStats {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
}

export interface MeasureOptions {
  /** Untimed turns first, so JIT, caches and connections are warm. */
  warmupMs?: number;
  /** Stop after this many timed turns… */
  maxRequests?: number;
  /** …or after this long, whichever comes first. */
  maxMs?: number;
  /** Turns in flight at once. */
  concurrency?: number;
}

/**
 * Posts activities from `activity(i)` to `<baseUrl>/api/messages`, `concurrency` at a time over
 * keep-alive connections, and measures each turn from request to response. The CloudAdapter
 * answers only once the turn is done, so a turn's time includes the bot's replies to the connector.
 */
export async function measureTurns(baseUrl: string, activity: (i: number) => object, options: MeasureOptions = {}): Promise<TurnStats> {
  const { warmupMs = 2000, maxRequests = 2000, maxMs = 10_000, concurrency = 8 } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL('/api/messages', baseUrl);
  let next = 0;
  try {
    const warmupEnd = performance.now() + warmupMs;
    await runWorkers(concurrency, async () => {
      while (performance.now() < warmupEnd) await post(agent, url, activity(next++));
    });
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    const end = started + maxMs;
    let issued = 0;
    await runWorkers(concurrency, async () => {
      while (issued < maxRequests && performance.now() < end) {
        issued++;
        const t = performance.now();
        const ok = await post(agent, url, activity(next++));
        latencies.push(performance.now() - t);
        if (!ok) errors++;
      }
    });
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
  } finally {
    agent.destroy();
  }
}

async function runWorkers(count: number, worker: () => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: count }, worker));
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;
}

/** One POST; true when the bot answered 2xx. */
function post(agent: Agent, url: URL, body: object): Promise<boolean> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      res.resume();
      res.once('end', () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
    });
    req.once('error', reject);
    req.end(data);
  });
}
