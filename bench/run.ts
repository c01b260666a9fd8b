/**
 * `npm run bench [-- --recipients N]`: every benchmark in one run, one after the other, and one table
 * of what it measured in docs/bench.md (with the machine and the command):
 * - memory of the bot after 10,000 `hjälp` turns against just after start;
 * - question answering in-process (bench:qa's latency), and question, `hjälp` and echo turns over HTTP;
 * - the generated large kommun (2,000 units): follow-up submit turn vs echo turn, the status card, the export;
 * - reminders (`bench:reminders --recipients N`, 10,000 by default) in a process of its own.
 * Loopback only; the replies go to a stand-in connector. The last line is the table's figures as JSON.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedSampleOrg } from '../src/kernel/org/seedSampleOrg';
import { teamsMessageLimit } from '../src/kernel/cards/messageSize';
import { message } from '../test/support/activities';
import { startBenchApp, startEchoServer } from './lib/benchApp';
import { runJsonScript } from './lib/childBench';
import { compareTurns } from './lib/compareTurns';
import { benchLargeKommun } from './lib/largeKommunBench';
import { machine } from './lib/machine';
import { measureTurns } from './lib/measureTurns';
import { memoryNow } from './lib/peakMemory';
import { printTable } from './lib/printTable';
import { qaLatency } from './lib/qaLatency';
import { benchQuestions } from './qa';
import { benchTable } from './lib/benchTable';

interface RemindersResult {
  planned: number;
  delivered: number;
  duplicates: number;
  lost: number;
  rateRatio: number;
  seconds: number;
}

const alex = { id: 'user-alex', aadObjectId: 'aad-alex', name: 'Alex Wilber' };

async function smallKommun() {
  const bench = await startBenchApp({ DEFAULT_KOMMUN: 'hallstahammar' });
  const echo = await startEchoServer(bench.app);
  try {
    await seedSampleOrg(bench.app.org, 'hallstahammar');
    bench.connector.members.set(alex.id, { ...alex, email: 'alexw@example.com' });
    const memoryStart = memoryNow();
    const turns = await measureTurns(bench.url, () => message(bench.connector.url, alex, 'hjälp'), { warmupMs: 0, maxRequests: 10_000, maxMs: 300_000 });
    if (turns.errors || turns.requests !== 10_000) throw new Error(`memory: ${turns.errors} failed of ${turns.requests} turns`);
    bench.connector.reset(); // the stand-in connector keeps what it got; the bot should not be charged for it
    const memoryAfter = memoryNow();
    const stats = await compareTurns([
      { name: 'echo', url: echo.url, activity: () => message(bench.connector.url, alex, 'hej') },
      { name: 'hjälp', url: bench.url, activity: () => message(bench.connector.url, alex, 'hjälp') },
      { name: 'question', url: bench.url, activity: (i) => message(bench.connector.url, alex, benchQuestions[i % benchQuestions.length]) },
    ]);
    bench.connector.reset();
    return { memoryStart, memoryAfter, stats };
  } finally {
    await echo.stop();
    await bench.stop();
  }
}

async function main(): Promise<void> {
  const recipients = process.argv.includes('--recipients') ? process.argv[process.argv.indexOf('--recipients') + 1] : '10000';
  const started = performance.now();
  const phase = (name: string) => console.log(`-- ${name} at ${((performance.now() - started) / 1000).toFixed(0)} s`);
  phase('memory, question, hjälp and echo turns');
  const small = await smallKommun();
  phase('answer latency');
  const qa = qaLatency();
  phase('large kommun: submit, status, export');
  const large = await benchLargeKommun();
  phase('reminders');
  printTable([...small.stats, ['echo', large.submitFew.echo] as const, ['submit, role holders', large.submitFew.submit] as const, ['echo', large.submitAll.echo] as const, ['submit, 20,000 people', large.submitAll.submit] as const].map(([name, stats]) => ({ name, stats })));
  const reminders = await runJsonScript<RemindersResult>('bench:reminders', ['--recipients', recipients]);
  const command = `npm run bench${recipients === '10000' ? '' : ` -- --recipients ${recipients}`}`;
  const table = benchTable({ machine: machine(), command, seconds: (performance.now() - started) / 1000, small, qa, large, reminders, limit: teamsMessageLimit });
  writeFileSync(join(__dirname, '..', 'docs', 'bench.md'), table.markdown);
  console.log(table.markdown);
  console.log(JSON.stringify(table.figures));
}

main().catch((e: unknown) => {
  console.error(`npm run bench: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
