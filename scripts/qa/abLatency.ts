/**
 * `npx tsx scripts/qa/abLatency.ts A_DIR B_DIR [PASSES]`: answer latency of two checkouts of this repository (say the
 * session's start commit in a `git worktree` and the working tree) in one process. Each builds its answerers for set 1
 * (test/fixtures/qa-heldout.jsonl) and warms up once; then, question by question, both answer in alternating order, so
 * whatever else the machine does falls on both alike. Prints each one's median and total and B's ratio to A — the figure
 * to trust on a noisy machine, where `bench:qa` runs of the same engine differ by more than a change does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Answerer {
  answer(text: string): unknown;
}

function answerersOf(root: string, cases: { kommun: string }[]): Map<string, Answerer> {
  const { loadPack } = require(join(root, 'src/kernel/knowledge/loadPack'));
  const { QuestionAnswerer } = require(join(root, 'src/features/qa/domain/QuestionAnswerer'));
  const answerers = new Map<string, Answerer>();
  for (const c of cases) if (!answerers.has(c.kommun)) answerers.set(c.kommun, new QuestionAnswerer(loadPack(c.kommun)));
  return answerers;
}

function main(): void {
  const [a, b, passesArg] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: abLatency.ts A_DIR B_DIR [PASSES]');
  const passes = Number(passesArg ?? 10);
  const cases: { kommun: string; q: string }[] = readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'qa-heldout.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const engines = [a, b].map((root) => answerersOf(root, cases));
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
  const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const [ma, mb] = ms.map(median);
  const [ta, tb] = ms.map(total);
  console.log(`A ${a}: median ${ma.toFixed(3)} ms, total ${ta.toFixed(0)} ms | B ${b}: median ${mb.toFixed(3)} ms, total ${tb.toFixed(0)} ms | B/A median ${(mb / ma).toFixed(3)}, total ${(tb / ta).toFixed(3)} (${ms[0].length} answers each)`);
}

main();
