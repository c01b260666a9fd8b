import { message } from './support/activities';
import { measureTurns } from '../bench/lib/measureTurns';
import { startBenchApp, startEchoServer, type BenchApp } from '../bench/lib/benchApp';

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
