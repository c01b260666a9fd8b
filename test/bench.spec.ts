import { message } from './support/activities';
import { measureTurns } from '../bench/lib/measureTurns';
import { startBenchApp, startEchoServer, type BenchApp } from '../bench/lib/benchApp';
import { benchTable } from '../bench/lib/benchTable';
import { teamsMessageLimit } from '../src/kernel/cards/messageSize';

/** Keeps the bench harness (npm run bench, bench:qa) working; the figures themselves are not judged here. */
describe('Bench harness', () => {
  let bench: BenchApp;
  beforeAll(async () => {
    bench = await startBenchApp();
  });
  afterAll(() => bench.stop());

  it('When 40 echo turns are measured, then every turn is counted, answered and replied to', async () => {
    const echo = await startEchoServer(bench.app);
    try {
      const stats = await measureTurns(echo.url, (i) => message(bench.connector.url, { id: 'u' }, `hej ${i}`), { warmupMs: 0, maxRequests: 40, concurrency: 4 });
      expect(stats).toMatchObject({ requests: 40, errors: 0 });
      expect(stats.rps).toBeGreaterThan(0);
      expect(stats.p50).toBeLessThanOrEqual(stats.p95);
      expect(bench.connector.sent.map((s) => s.activity.text).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `hej ${i}`).sort());
    } finally {
      await echo.stop();
    }
  });

  it('When our bot is measured, then its turns answer 200 too', async () => {
    const stats = await measureTurns(bench.url, () => message(bench.connector.url, { id: 'u2', aadObjectId: 'aad-u2' }, 'hjälp'), { warmupMs: 0, maxRequests: 10, concurrency: 2 });
    expect(stats).toMatchObject({ requests: 10, errors: 0 });
  });
});

describe('Benchmark table (docs/bench.md)', () => {
  const stats = (rps: number) => ({ requests: 100, errors: 0, seconds: 1, rps, p50: 1, p95: 2 });
  const download = { ms: 500, bytes: 2_000_000, rows: 14_000, rssMiB: 5, heapMiB: 8, storeCalls: 4, otherCalls: 0 };

  it('When a run\'s figures are put in the table, then it has the machine, the command and a row for each benchmark of issue 15', () => {
    const { markdown, figures } = benchTable({
      machine: { cores: 2, cpu: 'AMD EPYC', node: 'v20.20.2', date: '2026-11-30' },
      command: 'npm run bench',
      seconds: 400,
      small: { memoryStart: { rssMiB: 200, heapMiB: 100 }, memoryAfter: { rssMiB: 220, heapMiB: 110 }, stats: new Map([['echo', stats(1000)], ['hjälp', stats(800)], ['question', stats(450)]]) },
      qa: { questions: 30, medianMs: 0.9, p95Ms: 6 },
      large: { seedSeconds: 9, roleHolders: 3300, submitFew: { submit: stats(100), echo: stats(1000), turns: 900, handedIn: 900 }, submitAll: { submit: stats(10), echo: stats(1000), turns: 60, handedIn: 57 }, status: { medianMs: 40, p95Ms: 70, cardBytes: 36_000, storeCalls: 5 }, csv: download, xlsx: download },
      reminders: { planned: 10_000, delivered: 10_000, duplicates: 0, lost: 0, rateRatio: 0.9, seconds: 230 },
      limit: teamsMessageLimit,
    });
    expect(markdown).toContain('`npm run bench` on 2026-11-30: 2 cores (AMD EPYC), Node v20.20.2');
    for (const row of ['answer latency in-process', 'question turn vs echo turn', 'follow-up submit turn vs echo turn', 'reminders: 10,000 recipients', 'status card, 2,000 units', 'export of 2,000 reports, CSV', 'export of 2,000 reports, Excel', 'memory of the bench process after 10,000 `hjälp` turns']) {
      expect(markdown).toContain(`| ${row}`);
    }
    expect(markdown).toContain('only 57 of 60 submit turns handed a report in');
    expect(markdown.split('\n').filter((l) => l.startsWith('| ')).length).toBe(11);
    expect(figures).toMatchObject({ questionRatio: 0.45, submitRatio: 0.1, submitRatio20k: 0.01, statusCardBytes: 36_000, remindersLost: 0 });
  });
});
