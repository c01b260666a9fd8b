/**
 * Stage-by-stage evaluation of question answering: `npm run --silent qa:diagnose -- SET.jsonl [SET2…]
 * [--knowledge-dir DIR] [--verbose] [--json]`. For each question: the rank of the first passage that
 * holds every expected fact (retrieval), what the engine chose and why (strategy, best candidate,
 * decision), and whether the answer holds the facts. Totals per stage, so a change shows which stage it moved.
 * Outcomes: right, partly (some expected facts), wrong, refused-wrongly, answered-unanswerable;
 * "unsure" answers are counted apart too.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadPack, defaultKnowledgeDir } from '../../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';
import { fold } from '../../src/shared/text';

interface Case { id: string; kommun: string; q: string; expect?: string[]; answered?: boolean; type?: string }
type Outcome = 'right' | 'partly' | 'wrong' | 'refused-wrongly' | 'answered-unanswerable' | 'refused-rightly';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--knowledge-dir');
const dir = dirAt >= 0 ? args[dirAt + 1] : defaultKnowledgeDir;
const files = args.filter((a, i) => !a.startsWith('--') && (dirAt < 0 || i !== dirAt + 1));
const verbose = args.includes('--verbose');
const json = args.includes('--json');

const answerers = new Map<string, QuestionAnswerer>();
const answererOf = (kommun: string) => answerers.get(kommun) ?? answerers.set(kommun, new QuestionAnswerer(loadPack(kommun, dir))).get(kommun)!;

const table: Record<string, number>[] = [];
for (const file of files) {
  const cases: Case[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const t: Record<string, number> = { questions: cases.length, right: 0, partly: 0, wrong: 0, 'refused-wrongly': 0, 'answered-unanswerable': 0, 'refused-rightly': 0, unsure: 0, 'unsure-right': 0, holderExists: 0, rank1: 0, top3: 0, top5: 0, 'right-when-rank1': 0 };
  for (const c of cases) {
    const qa = answererOf(c.kommun);
    const { answer, trace } = qa.explain(c.q);
    const patterns = (c.expect ?? []).map((p) => new RegExp(p));
    const text = fold(answer.text);
    const hits = patterns.filter((p) => p.test(text)).length;
    const wantAnswer = c.answered !== false;
    let outcome: Outcome;
    if (!wantAnswer) outcome = answer.answered ? 'answered-unanswerable' : 'refused-rightly';
    else if (!answer.answered) outcome = 'refused-wrongly';
    else outcome = hits === patterns.length && answer.sources.length && answer.text.length <= 800 ? 'right' : hits > 0 ? 'partly' : 'wrong';
    t[outcome]++;
    if (answer.certainty === 'unsure') {
      t.unsure++;
      if (outcome === 'right') t['unsure-right']++;
    }
    // Retrieval: the first ranked passage (of any part) whose heading and text hold every expected fact.
    let rank = -1;
    if (wantAnswer && patterns.length) {
      const holds = (p: { section: string; text: string; parents: string[] }) => patterns.every((re) => re.test(fold(`${p.parents.join(' ')} ${p.section} ${p.text}`)));
      if (qa.pack.passages.some(holds)) t.holderExists++;
      const ranked = qa.retrieve(c.q, 10);
      rank = Math.min(...ranked.map((list) => list.findIndex(holds)).map((r) => (r < 0 ? 99 : r)));
      if (rank === 0) t.rank1++;
      if (rank < 3) t.top3++;
      if (rank < 5) t.top5++;
      if (rank === 0 && outcome === 'right') t['right-when-rank1']++;
    }
    if (json) console.log(JSON.stringify({ set: basename(file), id: c.id, q: c.q, outcome, certainty: answer.certainty, passageRank: rank >= 99 ? null : rank, answer: answer.answered ? answer.text : '', trace }));
    else if (verbose && outcome !== 'right' && outcome !== 'refused-rightly') {
      const p0 = trace[0];
      console.log(`${outcome.padEnd(21)} ${c.id} [${c.kommun}] ${c.q}`);
      console.log(`    kinds ${trace.map((p) => `${p.kind}/${p.strategy}`).join(', ')} · topic ${p0?.topic.map((w) => `${w.word}${w.known ? '' : '?'}`).join(' ')} · passage rank ${rank >= 99 || rank < 0 ? '–' : rank + 1}`);
      console.log(`    decision ${trace.map((p) => `${p.decision.outcome} ${p.decision.confidence.toFixed(2)}`).join(', ')} · best ${p0?.candidates[0]?.where ?? '–'} (cov ${p0?.candidates[0]?.coverage ?? '–'}, fit ${p0?.candidates[0]?.fit ?? '–'})`);
      console.log(`    answer: ${answer.text.slice(0, 200).replace(/\n/g, ' ')}`);
      console.log(`    expect: ${(c.expect ?? []).join(' · ')}`);
    }
  }
  table.push({ ...t, set: basename(file) } as never);
}
if (!json) {
  for (const t of table as unknown as (Record<string, number> & { set: string })[]) {
    const answerable = t.questions - t['answered-unanswerable'] - t['refused-rightly'];
    const answered = t.right + t.partly + t.wrong + t['answered-unanswerable'];
    console.log(
      `${t.set}: right ${t.right + t['refused-rightly']}/${t.questions} (${(((t.right + t['refused-rightly']) / t.questions) * 100).toFixed(1)} %) · ` +
        `answerable ${answerable}: right ${t.right}, partly ${t.partly}, wrong ${t.wrong}, refused-wrongly ${t['refused-wrongly']} · ` +
        `unanswerable ${t.questions - answerable}: answered ${t['answered-unanswerable']} · wrong of answered ${((100 * (t.wrong + t['answered-unanswerable'])) / Math.max(1, answered)).toFixed(1)} % · ` +
        `unsure ${t.unsure} (${t['unsure-right']} right) · retrieval: holder ${t.holderExists}, rank1 ${t.rank1}, top3 ${t.top3}, top5 ${t.top5}, right when rank1 ${t['right-when-rank1']}`,
    );
  }
}
