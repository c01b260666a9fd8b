/**
 * Fits the engine's answer-or-refuse decision on its own answers:
 * `npx tsx scripts/qa/trainDecision.ts SET.jsonl [SET…] [--off-topic FILE] [--knowledge-dir DIR] [--cap 0.1] [--sure-cap 0.03] [--lambda 0.001] [--off-topic-weight 1] [--hold A.jsonl,B.jsonl] [--write]`.
 * With --knowledge-dir every set is also answered from the packs in DIR (document-only packs built by
 * `npm run kommun:new`, scripts/qa/docPacks.sh), so the decision is fitted for a kommun that has only its
 * own document too; a set left out is left out with both kinds of pack.
 *
 * 1. Every question is answered with the decision switched off (every part with a candidate answered).
 *    Each part's decision features (src/features/qa/domain/answer/decisionModel.ts) are labelled right
 *    when that whole answer is right the way qa-eval scores it (every expected pattern, a source, at most
 *    800 characters); the parts of an unanswerable or off-topic question are wrong.
 * 2. A logistic regression (L2, batch gradient descent) gives the probability that a part's answer is right.
 * 3. The gate (the share of the topic the pack must know, per language), and the `unsure` threshold are
 *    chosen together to maximise the score (right answers + right refusals) while wrong answers (wrong,
 *    partly, unanswerable answered) stay at most --cap of those answered; `sure` is the lowest threshold
 *    at which wrong answers stay at most --sure-cap of the sure ones. No off-topic question may be answered. Between the two the answer is given
 *    and marked as unsure on the card, with "Menade du …" questions.
 * 4. Leave one set out: for each set the model fitted on the other sets (off-topic questions always in)
 *    is put in the engine and the set is answered for real (with --hold A,B those sets are held out together instead). That is the honest estimate it prints; then
 *    the in-sample result of the model fitted on all; --write stores it in decisionWeights.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadPack, defaultKnowledgeDir } from '../../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';
import { decisionFeatureNames, decisionFile, useDecisionModel, type DecisionFeatures, type DecisionModel } from '../../src/features/qa/domain/answer/decisionModel';
import { fold } from '../../src/shared/text';

interface Case { id: string; kommun: string; q: string; expect?: string[]; answered?: boolean }
type Outcome = 'right' | 'partly' | 'wrong' | 'refused-wrongly' | 'answered-unanswerable' | 'refused-rightly';
/** A part as the decision sees it: its features, or a fixed outcome (a sure strategy answer, a refusal). */
interface Part { x?: number[]; fixed?: 'answer' | 'refuse'; knownShare: number; english: boolean; p?: number }
interface Row { set: string; dir: string; c: Case; parts: Part[]; right: boolean; answerable: boolean }

const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const valued = new Set(['--off-topic', '--knowledge-dir', '--cap', '--sure-cap', '--lambda', '--off-topic-weight', '--hold'].map((f) => args.indexOf(f) + 1).filter((i) => i > 0));
const files = args.filter((a, i) => !a.startsWith('--') && !valued.has(i));
const offTopic = valueOf('--off-topic');
const offTopicSet = offTopic ? basename(offTopic) : undefined;
/** Off-topic questions count this many times in the fit: they must never be answered (test/qa/devset.spec.ts). */
const offTopicWeight = Number(valueOf('--off-topic-weight') ?? 1);
const cap = Number(valueOf('--cap') ?? 0.1);
const sureCap = Number(valueOf('--sure-cap') ?? 0.03);

const dirs = [defaultKnowledgeDir, ...(valueOf('--knowledge-dir') ? [valueOf('--knowledge-dir')!] : [])];
const answerers = new Map<string, QuestionAnswerer>();
const answererOf = (k: string, dir: string) => answerers.get(`${dir}:${k}`) ?? answerers.set(`${dir}:${k}`, new QuestionAnswerer(loadPack(k, dir))).get(`${dir}:${k}`)!;
const dot = (w: number[], x: number[]) => x.reduce((s, xi, j) => s + xi * w[j], 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const sets: [string, Case[]][] = files.map((f) => [basename(f), linesOf(f).map((l) => JSON.parse(l) as Case)]);
if (offTopic) sets.push([basename(offTopic), linesOf(offTopic).flatMap((q, i) => ['alingsas', 'ange', 'hallstahammar'].map((kommun) => ({ id: `off-${i}-${kommun}`, kommun, q, answered: false })))]);

/** How qa-eval scores an answer. */
function outcomeOf(c: Case, answer: { answered: boolean; text: string; sources: unknown[] }): Outcome {
  if (c.answered === false) return answer.answered ? 'answered-unanswerable' : 'refused-rightly';
  if (!answer.answered) return 'refused-wrongly';
  const text = fold(answer.text);
  const hits = (c.expect ?? []).filter((p) => new RegExp(p).test(text)).length;
  return hits === (c.expect ?? []).length && answer.sources.length && answer.text.length <= 800 ? 'right' : hits ? 'partly' : 'wrong';
}

// 1. The engine's answers with the decision switched off: every part with a candidate is answered.
const always: DecisionModel = { weights: {}, thresholds: { sure: -1, unsure: -1 }, gate: { sv: 0, en: 0 } };
useDecisionModel(always);
const rows: Row[] = dirs.flatMap((dir) => sets.flatMap(([set, cases]) =>
  cases.map((c) => {
    const { answer, trace } = answererOf(c.kommun, dir).explain(c.q);
    const parts = trace.map((p): Part => {
      const d = p.decision;
      const x = d.inputs ? decisionFeatureNames.map((n) => d.inputs![n]) : undefined;
      return { x, fixed: x ? undefined : d.outcome === 'refuse' ? 'refuse' : 'answer', knownShare: d.inputs?.knownShare ?? 1, english: Boolean(d.inputs?.english) };
    });
    return { set, dir, c, parts, right: outcomeOf(c, answer) === 'right', answerable: c.answered !== false };
  }),
));

// 2. Logistic regression on the parts.
function fit(train: Row[], lambda = Number(valueOf('--lambda') ?? 0.001), steps = 3000, rate = 0.5): number[] {
  const data = train.flatMap((r) => r.parts.filter((p) => p.x).map((p) => ({ x: p.x!, y: r.right ? 1 : 0, weight: r.set === offTopicSet ? offTopicWeight : 1 })));
  const total = data.reduce((s, d) => s + d.weight, 0);
  const w = decisionFeatureNames.map(() => 0);
  for (let step = 0; step < steps; step++) {
    const grad = w.map((wi, j) => (decisionFeatureNames[j] === 'bias' ? 0 : lambda * wi));
    for (const { x, y, weight } of data) {
      const err = (sigmoid(dot(w, x)) - y) * weight;
      x.forEach((xi, j) => (grad[j] += (err * xi) / total));
    }
    w.forEach((_, j) => (w[j] -= rate * grad[j]));
  }
  return w;
}

// 3. Gate and thresholds, on a question's parts: answered when any part is, right when every part is answered and the answer is.
type Gate = DecisionModel['gate'];
const partP = (p: Part, g: Gate) => (p.fixed ? (p.fixed === 'answer' ? 2 : -1) : p.knownShare < g[p.english ? 'en' : 'sv'] ? -1 : p.p!);
function tally(train: Row[], g: Gate, t: number) {
  const n = { score: 0, answered: 0, wrong: 0, offTopic: 0 };
  for (const r of train) {
    const ps = r.parts.map((p) => partP(p, g));
    const answered = ps.some((p) => p >= t);
    if (!answered) n.score += r.answerable ? 0 : 1;
    else {
      n.answered++;
      if (r.set === offTopicSet) n.offTopic++;
      if (r.right && ps.every((p) => p >= t)) n.score++;
      else n.wrong++;
    }
  }
  return n;
}
function calibrate(train: Row[], w: number[]): DecisionModel {
  for (const r of train) for (const p of r.parts) if (p.x) p.p = sigmoid(dot(w, p.x));
  let best = { score: -1, gate: always.gate, unsure: 0.5 };
  const grid = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Number((from + i * step).toFixed(2)));
  for (const sv of grid(0, 0.6, 0.05)) {
    for (const en of grid(0, 0.6, 0.05)) {
      for (const unsure of grid(0.05, 0.95, 0.01)) {
        const n = tally(train, { sv, en }, unsure);
        if (!n.offTopic && n.wrong <= cap * n.answered && n.score > best.score) best = { score: n.score, gate: { sv, en }, unsure };
      }
    }
  }
  // The sure threshold: the lowest where wrong answers stay within sureCap of the decided parts answered as sure.
  const decided = train.flatMap((r) => r.parts.filter((p) => p.x).map((p) => ({ p: partP(p, best.gate), right: r.right })));
  const sure = grid(best.unsure, 0.99, 0.01).find((t) => {
    const above = decided.filter((d) => d.p >= t);
    return above.filter((d) => !d.right).length <= sureCap * above.length;
  }) ?? 0.99;
  return { weights: Object.fromEntries(decisionFeatureNames.map((n, j) => [n, Number(w[j].toFixed(4))])) as Partial<DecisionFeatures>, thresholds: { sure, unsure: best.unsure }, gate: best.gate };
}

/** The set answered for real by the engine with a model in place. */
function measure(set: string, m: DecisionModel, dir = defaultKnowledgeDir) {
  useDecisionModel(m);
  const t: Record<Outcome | 'unsure' | 'unsureRight', number> = { right: 0, partly: 0, wrong: 0, 'refused-wrongly': 0, 'answered-unanswerable': 0, 'refused-rightly': 0, unsure: 0, unsureRight: 0 };
  const cases = sets.find(([s]) => s === set)![1];
  for (const c of cases) {
    const answer = answererOf(c.kommun, dir).answer(c.q);
    const o = outcomeOf(c, answer);
    t[o]++;
    if (answer.answered && answer.certainty === 'unsure') (t.unsure++, o === 'right' && t.unsureRight++);
  }
  const answered = t.right + t.partly + t.wrong + t['answered-unanswerable'];
  return `${(dir === defaultKnowledgeDir ? set : `${set} (${basename(dir)})`).padEnd(22)} ${String(t.right + t['refused-rightly']).padStart(3)}/${cases.length} · right ${t.right}, partly ${t.partly}, wrong ${t.wrong}, refused-wrongly ${t['refused-wrongly']}, answered-unanswerable ${t['answered-unanswerable']} · wrong of answered ${((100 * (t.wrong + t['answered-unanswerable'])) / Math.max(1, answered)).toFixed(1)} % (with partly ${((100 * (answered - t.right)) / Math.max(1, answered)).toFixed(1)} %) · unsure ${t.unsure} (${t.unsureRight} right)`;
}

console.log(`${rows.length} questions, ${rows.reduce((s, r) => s + r.parts.filter((p) => p.x).length, 0)} decided parts, right when always answered: ${rows.filter((r) => r.right).length}`);
const named = files.map((f) => basename(f));
// --hold A,B: those sets held out together (fitted on the rest) instead of leaving each set out in turn.
const held = valueOf('--hold')?.split(',').map((f) => basename(f));
console.log(held ? `held out together: ${held.join(', ')} (cap ${cap}, sure cap ${sureCap}):` : `leave one set out (cap ${cap}, sure cap ${sureCap}):`);
for (const out of held ? [held] : named.map((n) => [n])) {
  const train = rows.filter((r) => !out.includes(r.set));
  const m = calibrate(train, fit(train));
  for (const set of out) for (const dir of dirs) console.log(`  ${measure(set, m, dir)} · gate ${m.gate.sv}/${m.gate.en} · thresholds ${m.thresholds.sure}/${m.thresholds.unsure}`);
}
const final = calibrate(rows, fit(rows));
console.log(`in sample (fitted on all): gate ${final.gate.sv}/${final.gate.en} · thresholds ${final.thresholds.sure}/${final.thresholds.unsure}`);
for (const dir of dirs) for (const [set] of sets) console.log(`  ${measure(set, final, dir)}`);
console.log(final.weights);
if (args.includes('--write')) {
  const command = `npx tsx scripts/qa/trainDecision.ts ${args.join(' ')}`;
  writeFileSync(decisionFile, `${JSON.stringify({ trainedOn: sets.map(([s]) => s), trainedAt: new Date().toISOString().slice(0, 10), command, ...final }, null, 2)}\n`);
  console.log(`written ${decisionFile}`);
}
