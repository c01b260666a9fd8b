/**
 * `npm run --silent bench:qa`: question-answering speed.
 * 1. In-process answer latency over the 157 questions of set 1 (test/fixtures/qa-heldout.jsonl), after
 *    building each kommun's index once and one warm-up pass: median and p95 of five timed passes (785 answers).
 * 2. Throughput of a question turn through the real HTTP endpoint divided by that of an echo turn
 *    on the same stack (restify + CloudAdapter + createServer, same process, one after the other).
 * The last line is one JSON object: {"questions","medianMs","p95Ms","turnRatio"}.
 */
import { message } from '../test/support/activities';
import { startBenchApp, startEchoServer } from './lib/benchApp';
import { compareTurns } from './lib/compareTurns';
import { printTable } from './lib/printTable';
import { qaLatency } from './lib/qaLatency';

/** Questions a question turn asks in turn (one kommun, answers with sources). */
export const benchQuestions = ['Vem beslutar om kommunens budget?', 'När är budgetdagen?', 'Vad är en vision?', 'Vem har uppsiktsplikt?'];

async function main(): Promise<void> {
  const latency = qaLatency();
  const bench = await startBenchApp({ DEFAULT_KOMMUN: 'hallstahammar' });
  const echo = await startEchoServer(bench.app);
  const user = { id: 'user-bench', aadObjectId: 'aad-bench' };
  try {
    const stats = await compareTurns([
      { name: 'echo', url: echo.url, activity: () => message(bench.connector.url, user, 'hej') },
      { name: 'question', url: bench.url, activity: (i) => message(bench.connector.url, user, benchQuestions[i % benchQuestions.length]) },
    ]);
    printTable([...stats].map(([name, s]) => ({ name, stats: s })));
    const round = (x: number, d = 2) => Number(x.toFixed(d));
    console.log(`answer latency over ${latency.questions} questions of ${latency.file}: median ${round(latency.medianMs, 3)} ms, p95 ${round(latency.p95Ms, 3)} ms`);
    console.log(JSON.stringify({ questions: latency.questions, medianMs: round(latency.medianMs, 3), p95Ms: round(latency.p95Ms, 3), turnRatio: round(stats.get('question')!.rps / stats.get('echo')!.rps) }));
  } finally {
    await echo.stop();
    await bench.stop();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`npm run bench:qa: ${(e as Error).stack ?? String(e)}`);
    process.exit(1);
  });
}
