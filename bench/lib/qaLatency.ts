import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from '../../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';
import { percentile } from './percentile';

const devSet = join(__dirname, '..', '..', '..', 'shared', 'qa-dev.jsonl');
const fallback = join(__dirname, '..', '..', 'test', 'fixtures', 'qa-heldout.jsonl');

/** In-process answer latency over every development question (../shared/qa-dev.jsonl, else the held-out fixture), each kommun's index built once. */
export function qaLatency(): { file: string; questions: number; medianMs: number; p95Ms: number } {
  const file = existsSync(devSet) ? devSet : fallback;
  const cases: { kommun: string; q: string }[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const answerers = new Map<string, QuestionAnswerer>();
  for (const c of cases) if (!answerers.has(c.kommun)) answerers.set(c.kommun, new QuestionAnswerer(loadPack(c.kommun)));
  for (const c of cases) answerers.get(c.kommun)!.answer(c.q); // warm-up
  const ms = cases
    .map((c) => {
      const t = process.hrtime.bigint();
      answerers.get(c.kommun)!.answer(c.q);
      return Number(process.hrtime.bigint() - t) / 1e6;
    })
    .sort((a, b) => a - b);
  return { file, questions: ms.length, medianMs: percentile(ms, 0.5), p95Ms: percentile(ms, 0.95) };
}
