import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from '../../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';
import { fold } from '../../src/features/qa/domain/lexicon/normalize';

interface Case { id: string; kommun: string; q: string; expect?: string[]; answered?: boolean }

/** Scores a question set the way ../shared/tools/qa-eval.mjs does, in-process. */
function score(file: string): { ratio: number; failures: string[]; repeated: string[] } {
  const cases: Case[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const answerers = new Map<string, QuestionAnswerer>();
  const failures: string[] = [];
  const repeated: string[] = [];
  for (const c of cases) {
    if (!answerers.has(c.kommun)) answerers.set(c.kommun, new QuestionAnswerer(loadPack(c.kommun)));
    const a = answerers.get(c.kommun)!.answer(c.q);
    const want = c.answered !== false;
    const text = fold(a.text);
    const missing = (c.expect ?? []).filter((p) => !new RegExp(p).test(text));
    if (a.answered !== want || (want && (text.length > 800 || !a.sources.length || missing.length))) failures.push(`${c.id} ${c.q} → ${a.text.slice(0, 120)}`);
    const sentences = a.text.split(/(?<=[.!?])\s+/).filter((x) => x.length > 30);
    if (new Set(sentences).size < sentences.length) repeated.push(`${c.id} ${a.text}`);
  }
  return { ratio: 1 - failures.length / cases.length, failures, repeated };
}

/** The shared development set, copied into the fixtures so every clone runs it (its source: ../shared/qa-dev.jsonl). */
const dev = join(__dirname, '..', 'fixtures', 'qa-dev.jsonl');
const heldout = join(__dirname, '..', 'fixtures', 'qa-heldout.jsonl');
const heldout2 = join(__dirname, '..', 'fixtures', 'qa-heldout2.jsonl');
const heldout3 = join(__dirname, '..', 'fixtures', 'qa-heldout3.jsonl');
const heldout4 = join(__dirname, '..', 'fixtures', 'qa-heldout4.jsonl');
const heldout5 = join(__dirname, '..', 'fixtures', 'qa-heldout5.jsonl');
/** Written from the seeds alone by someone who saw no code and no other set (74 % at first contact, 86 % after issue 8's fitted decision; looked into since 2026-12-01). */
const heldout6 = join(__dirname, '..', 'fixtures', 'qa-heldout6.jsonl');
/** The same brief, another writer and other personas (65 % at first contact, 2026-12-01; tuned on since). */
const heldout7 = join(__dirname, '..', 'fixtures', 'qa-heldout7.jsonl');
/** A third writer, other personas; kept unseen until the engine of 2026-12-01 was done: 67 % at first contact (282700d); tuned on since. */
const heldout8 = join(__dirname, '..', 'fixtures', 'qa-heldout8.jsonl');
/** A fourth writer, other personas: 76 % at first contact (e8aa8b7), 78 % with the engine of 1cb36e7; only its totals were read that day. */
const heldout9 = join(__dirname, '..', 'fixtures', 'qa-heldout9.jsonl');

describe('Question sets', () => {
  it('When the shared development set is asked, then at least 95 % are right', () => {
    const { ratio, failures } = score(dev);
    if (ratio < 0.95) console.log(failures.join('\n'));
    expect(ratio).toBeGreaterThanOrEqual(0.95);
  });

  it('When the second held-out set (chat style, written apart from the code) is asked, then at least 85 % are right (measured 92 %)', () => {
    const { ratio, failures } = score(heldout2);
    if (ratio < 0.85) console.log(failures.join('\n'));
    expect(ratio).toBeGreaterThanOrEqual(0.85);
  });

  it('When the third held-out set (different askers, written apart from the code) is asked, then at least 85 % are right (measured 92 %, 73 % at first contact)', () => {
    const { ratio, failures } = score(heldout3);
    if (ratio < 0.85) console.log(failures.join('\n'));
    expect(ratio).toBeGreaterThanOrEqual(0.85);
  });

  it('When the held-out set (written apart from the code) is asked, then at least 88 % are right (measured 93 % with this engine)', () => {
    const { ratio, failures } = score(heldout);
    if (ratio < 0.88) console.log(failures.join('\n'));
    expect(ratio).toBeGreaterThanOrEqual(0.88);
  });

  it('When the fourth to seventh sets (from the seeds alone, tuned on since) are asked, then at least 75, 70, 88 and 78 % are right (measured 80, 75, 92 and 83 %; 39, 48, 74 and 65 % at first contact)', () => {
    for (const [file, min] of [[heldout4, 0.75], [heldout5, 0.7], [heldout6, 0.88], [heldout7, 0.78]] as const) {
      const { ratio, failures } = score(file);
      if (ratio < min) console.log(failures.join('\n'));
      expect(ratio).toBeGreaterThanOrEqual(min);
    }
  });

  it('When the eighth set (tuned on since 2026-12-01) is asked, then at least 76 % are right (measured 81 %; 67 % at first contact)', () => {
    const { ratio, failures } = score(heldout8);
    if (ratio < 0.76) console.log(failures.join('\n'));
    expect(ratio).toBeGreaterThanOrEqual(0.76);
  });

  it('When the ninth set (unseen until measured on 2026-12-01) is asked, then at least 75 % are right (measured 78 %; 76 % at first contact)', () => {
    const { ratio, failures } = score(heldout9);
    if (ratio < 0.75) console.log(failures.join('\n'));
    expect(ratio).toBeGreaterThanOrEqual(0.75);
  });

  it('When every set is asked, then no answer says the same sentence twice', () => {
    const repeated = [dev, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9].flatMap((file) => score(file).repeated);
    expect(repeated).toEqual([]);
  });

  it('When off-topic or unanswerable questions are asked of any kommun, then none is answered', () => {
    const questions = readFileSync(join(__dirname, '..', 'fixtures', 'qa-out-of-scope.txt'), 'utf8').split('\n').filter((l) => l.trim());
    for (const kommun of ['alingsas', 'ange', 'hallstahammar']) {
      const qa = new QuestionAnswerer(loadPack(kommun));
      const answered = questions.filter((q) => qa.answer(q).answered);
      expect({ kommun, answered }).toEqual({ kommun, answered: [] });
    }
  });
});
