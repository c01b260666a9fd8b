import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from '../../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';
import { percentile } from './percentile';

/** Set 1 (157 questions over the three kommuner): the same questions on every machine. */
const questionSet = join(__dirname, '..', '..', 'test', 'fixtures', 'qa-heldout.jsonl');

/** How many timed passes over the set follow the warm-up: a bot answers for days, so its steady state is what counts, and one pass on a busy machine varies by ±20 %. */
const PASSES = 5;

/** In-process answer latency over the questions of set 1, each kommun's index built once: median and p95 of every timed answer. */
export function qaLatency(): { file: string; questions: number; medianMs: number; p95Ms: number } {
  const file = questionSet;
  const cases: { kommun: string; q: string }[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const answerers = new Map<string, QuestionAnswerer>();
  for (const c of cases) if (!answerers.has(c.kommun)) answerers.set(c.kommun, new QuestionAnswerer(loadPack(c.kommun)));
  for (const c of cases) answerers.get(c.kommun)!.answer(c.q); // warm-up
  const ms = Array.from({ length: PASSES }, () => cases)
    .flat()
    .map((c) => {
      const t = process.hrtime.bigint();
      answerers.get(c.kommun)!.answer(c.q);
      return Number(process.hrtime.bigint() - t) / 1e6;
    })
    .sort((a, b) => a - b);
  return { file, questions: cases.length, medianMs: percentile(ms, 0.5), p95Ms: percentile(ms, 0.95) };
}
