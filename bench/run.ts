/**
 * `npm run bench`: message turns through the real HTTP endpoint (restify + CloudAdapter), loopback
 * only, in one process: (a) an echo bot as the baseline, (b) our bot's "hjälp" turn for a known user
 * (store reads, conversation-reference check, card rendering). The replies go to a stub connector.
 * Prints a table, then one JSON line: {"echoRps","helpRps","helpRatio","p50Ms","p95Ms"} (p* = hjälp).
 */
import { seedSampleOrg } from '../src/kernel/org/seedSampleOrg';
import { message } from '../test/support/activities';
import type { Captured } from '../test/support/connectorStub';
import { measureTurns, type TurnStats } from './lib/measureTurns';
import { startBenchApp, startEchoServer } from './lib/benchApp';
import { printTable } from './lib/printTable';

type Reply = Captured['activity'];
const alex = { id: 'user-alex', aadObjectId: 'aad-alex', name: 'Alex Wilber' };

async function main(): Promise<void> {
  const bench = await startBenchApp({ DEFAULT_KOMMUN: 'hallstahammar' });
  const echo = await startEchoServer(bench.app);
  try {
    await seedSampleOrg(bench.app.org, 'hallstahammar');
    bench.connector.members.set(alex.id, { ...alex, email: 'alexw@example.com' });
    const cases = [
      { name: 'echo', url: echo.url, text: 'hej', replied: (a: Reply) => a.text === 'hej' },
      { name: 'hjälp', url: bench.url, text: 'hjälp', replied: (a: Reply) => JSON.stringify(a.attachments ?? []).includes('Det här kan jag') },
    ];
    const rows: { name: string; stats: TurnStats }[] = [];
    for (const c of cases) {
      bench.connector.reset();
      const stats = await measureTurns(c.url, () => message(bench.connector.url, alex, c.text));
      if (stats.errors || bench.connector.sent.length < stats.requests || !bench.connector.sent.every((r) => c.replied(r.activity))) {
        throw new Error(`${c.name}: ${stats.errors} failed turns, ${bench.connector.sent.length} replies for ${stats.requests} turns (or an unexpected reply)`);
      }
      rows.push({ name: c.name, stats });
    }
    printTable(rows);
    const [e, h] = rows.map((r) => r.stats);
    const round = (x: number, digits = 1) => Number(x.toFixed(digits));
    console.log(JSON.stringify({ echoRps: round(e.rps, 0), helpRps: round(h.rps, 0), helpRatio: round(h.rps / e.rps, 2), p50Ms: round(h.p50), p95Ms: round(h.p95) }));
  } finally {
    await echo.stop();
    await bench.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`npm run bench: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
