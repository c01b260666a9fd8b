/**
 * `npx tsx scripts/qa/abLatency.ts A_DIR B_DIR [PASSES]`: answer latency of two checkouts of this repository (say the
 * session's start commit in a `git worktree` and the working tree) in one process. Each builds its answerers for set 1
 * (test/fixtures/qa-heldout.jsonl) and warms up once; then, question by question, both answer in alternating order, so
 * whatever else the machine does falls on both alike. Prints each one's median and total and B's ratio to A — the figure
 * to trust on a noisy machine, where `bench:qa` runs of the same engine differ by more than a change does.
 *
 * The checkout loaded second answers some per cent slower whichever it is (measured: the same two engines gave B/A 1.066
 * one way round and 1.084 the other), so the script runs itself twice, each way round, and prints the geometric mean of
 * B's ratio to A over the two runs, which cancels that.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Answerer {
  answer(text: string): unknown;
}

function answerersOf(root: string, cases: { kommun: string }[]): Map<string, Answerer> {
  const { loadPack } = require(resolve(root, 'src/kernel/knowledge/loadPack'));
  const { QuestionAnswerer } = require(resolve(root, 'src/features/qa/domain/QuestionAnswerer'));
  const answerers = new Map<string, Answerer>();
  for (const c of cases) if (!answerers.has(c.kommun)) answerers.set(c.kommun, new QuestionAnswerer(loadPack(c.kommun)));
  return answerers;
}

/** One run in this process: each engine's median and total, `first` loaded first. */
function measure(first: string, second: string, passes: number): { medians: number[]; totals: number[]; answers: number } {
  const cases: { kommun: string; q: string }[] = readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'qa-heldout.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const engines = [first, second].map((root) => answerersOf(root, cases));
  for (const e of engines) for (const c of cases) e.get(c.kommun)!.answer(c.q);
  const ms: number[][] = [[], []];
  for (let p = 0; p < passes; p++) {
    cases.forEach((c, i) => {
      for (const e of (i + p) % 2 ? [0, 1] : [1, 0]) {
        const t = process.hrtime.bigint();
        engines[e].get(c.kommun)!.answer(c.q);
        ms[e].push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    });
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const total = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0);
  return { medians: ms.map(median), totals: ms.map(total), answers: ms[0].length };
}

function main(): void {
  const [a, b, passesArg, child] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: abLatency.ts A_DIR B_DIR [PASSES]');
  const passes = Number(passesArg ?? 10);
  if (child) {
    console.log(JSON.stringify(measure(a, b, passes)));
    return;
  }
  // Each way round in a process of its own: [A's figure, B's figure] from each.
  const run = (first: string, second: string) => JSON.parse(execFileSync(process.execPath, [...process.execArgv, __filename, first, second, String(passes), 'child'], { encoding: 'utf8' }).trim().split('\n').pop()!) as ReturnType<typeof measure>;
  const ab = run(a, b);
  const ba = run(b, a);
  const mediansOf = [ab.medians, [ba.medians[1], ba.medians[0]]];
  const totalsOf = [ab.totals, [ba.totals[1], ba.totals[0]]];
  const geo = (pairs: number[][]) => Math.sqrt(pairs.reduce((p, [x, y]) => p * (y / x), 1));
  const mean = (pairs: number[][], i: number) => (pairs[0][i] + pairs[1][i]) / 2;
  console.log(
    `A ${a}: median ${mean(mediansOf, 0).toFixed(3)} ms, total ${mean(totalsOf, 0).toFixed(0)} ms | B ${b}: median ${mean(mediansOf, 1).toFixed(3)} ms, total ${mean(totalsOf, 1).toFixed(0)} ms | ` +
      `B/A median ${geo(mediansOf).toFixed(3)}, total ${geo(totalsOf).toFixed(3)} (each way round: median ${(ab.medians[1] / ab.medians[0]).toFixed(3)} and ${(ba.medians[0] / ba.medians[1]).toFixed(3)}; ${ab.answers} answers each per run)`,
  );
}

main();
