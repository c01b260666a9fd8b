/**
 * `npm run --silent bench:qa`: question-answering speed.
 * 1. In-process answer latency over every development question (../shared/qa-dev.jsonl, else the
 *    held-out fixture), after building each kommun's index once.
 * 2. Throughput of a question turn through the real HTTP endpoint divided by that of an echo turn
 *    on the same stack (restify + CloudAdapter + createServer, same process, one after the other).
 * The last line is one JSON object: {"questions","medianMs","p95Ms","turnRatio"}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from '../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../src/features/qa/domain/QuestionAnswerer';
import { message } from '../test/support/activities';
import { measureTurns, type TurnStats } from './lib/measureTurns';
import { startBenchApp, startEchoServer } from './lib/benchApp';
import { printTable } from './lib/printTable';

const devSet = join(__dirname, '..', '..', 'shared', 'qa-dev.jsonl');
const fallback = join(__dirname, '..', 'test', 'fixtures', 'qa-heldout.jsonl');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function answerLatencies(file: string): number[] {
  const cases: { kommun: string; q: string }[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const answerers = new Map<string, QuestionAnswerer>();
  for (const c of cases) if (!answerers.has(c.kommun)) answerers.set(c.kommun, new QuestionAnswerer(loadPack(c.kommun)));
  for (const c of cases) answerers.get(c.kommun)!.answer(c.q); // warm-up
  return cases
    .map((c) => {
      const t = process.hrtime.bigint();
      answerers.get(c.kommun)!.answer(c.q);
      return Number(process.hrtime.bigint() - t) / 1e6;
    })
    .sort((a, b) => a - b);
}

async function turnRatio(): Promise<{ echo: TurnStats; question: TurnStats }> {
  const bench = await startBenchApp({ DEFAULT_KOMMUN: 'hallstahammar' });
  const echo = await startEchoServer(bench.app);
  const user = { id: 'user-bench', aadObjectId: 'aad-bench' };
  try {
    const questions = ['Vem beslutar om kommunens budget?', 'När är budgetdagen?', 'Vad är en vision?', 'Vem har uppsiktsplikt?'];
    // Alternate the two cases over a few rounds and keep each one's best, so the order and other load on
    // the machine weigh on both alike.
    let best: { echo?: TurnStats; question?: TurnStats } = {};
    for (let round = 0; round < 3; round++) {
      const e = await measureTurns(echo.url, () => message(bench.connector.url, user, 'hej'), { warmupMs: round ? 300 : 2000, maxRequests: 1500 });
      const q = await measureTurns(bench.url, (i) => message(bench.connector.url, user, questions[i % questions.length]), { warmupMs: round ? 300 : 2000, maxRequests: 1500 });
      if (e.errors || q.errors) throw new Error(`failed turns: echo ${e.errors}, question ${q.errors}`);
      best = { echo: !best.echo || e.rps > best.echo.rps ? e : best.echo, question: !best.question || q.rps > best.question.rps ? q : best.question };
    }
    return { echo: best.echo!, question: best.question! };
  } finally {
    await echo.stop();
    await bench.stop();
  }
}

async function main(): Promise<void> {
  const file = existsSync(devSet) ? devSet : fallback;
  const latencies = answerLatencies(file);
  const { echo, question } = await turnRatio();
  printTable([{ name: 'echo', stats: echo }, { name: 'question', stats: question }]);
  const round = (x: number, d = 2) => Number(x.toFixed(d));
  console.log(`answer latency over ${latencies.length} questions of ${file}: median ${round(percentile(latencies, 50), 3)} ms, p95 ${round(percentile(latencies, 95), 3)} ms`);
  console.log(JSON.stringify({ questions: latencies.length, medianMs: round(percentile(latencies, 50), 3), p95Ms: round(percentile(latencies, 95), 3), turnRatio: round(question.rps / echo.rps) }));
}

main().catch((e: unknown) => {
  console.error(`npm run bench:qa: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
