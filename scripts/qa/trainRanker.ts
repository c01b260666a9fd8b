/**
 * Trains the answer ranker and the answer-or-refuse decision:
 * `npx tsx scripts/qa/trainRanker.ts SET.jsonl [SET…] [--off-topic FILE] [--knowledge-dir DIR] [--write]`.
 * With --knowledge-dir the sets are asked of the packs in DIR too (document-only packs made by
 * `npm run kommun:new`, see scripts/qa/docPacks.sh): the ranking learns from both kinds of pack, and a
 * set held out is held out of both.
 *
 * 1. For every question of the sets with one part that the general strategy answers, each candidate (a
 *    fact or a passage sentence, with its features) is labelled right when its text holds every expected
 *    fact (the set's patterns); an unanswerable question's candidates are all wrong.
 * 2. Ranking: a linear score learned listwise (softmax over a question's candidates, L2, batch gradient
 *    descent), so that a right candidate comes on top.
 * 3. Decision: a logistic regression on each question's best candidate (its score, the margin to the
 *    runner-up, how much of the topic the pack knows, coverage, fit …) gives the probability that the
 *    answer is right; unanswerable questions count as wrong. It is trained on out-of-fold bests: each set's
 *    questions ranked by a model trained on the other sets, as the engine meets questions it was not
 *    trained on.
 * 4. Thresholds on that probability for a sure and an unsure answer, maximising: +1 for a right answer or
 *    a right refusal, −3 for a wrong sure answer, +0.8 / −1 for a right / wrong unsure one.
 * It prints the out-of-fold result of each set (an honest estimate), then trains the ranking on all;
 * --write stores the ranking weights in src/features/qa/domain/answer/rankerWeights.json; the engine's
 * answer-or-refuse model is fitted on the engine's own answers afterwards by scripts/qa/trainDecision.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadPack, defaultKnowledgeDir } from '../../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';
import { featureNames as rankFeatureNames, type Features } from '../../src/features/qa/domain/answer/features';
import { rankerFile, rankScore, useModel } from '../../src/features/qa/domain/answer/ranker';
import { fold } from '../../src/shared/text';

const featureNames = rankFeatureNames;
/** A quick decision model of the best candidate alone, to report how ranking changes reach answers (the engine's own decision model is scripts/qa/trainDecision.ts). */
const decisionFeatureNames = ['bias', 'score', 'margin', 'knownShare', 'coverage', 'ownCoverage', 'fit', 'keyHit', 'fact'] as const;
function decisionFeatures(best: Features, second: Features | undefined): Record<(typeof decisionFeatureNames)[number], number> {
  const score = rankScore(best);
  return { bias: 1, score: score / 10, margin: second ? (score - rankScore(second)) / 10 : 0.1, knownShare: best.knownShare, coverage: best.coverage, ownCoverage: best.ownCoverage, fit: best.fit, keyHit: best.keyHit, fact: best.fact };
}

interface Case { id: string; kommun: string; q: string; expect?: string[]; answered?: boolean }
interface Cand { x: number[]; features: Parameters<typeof decisionFeatures>[0]; right: boolean; text: string; where: string }
interface Example { set: string; dir: string; id: string; q: string; answerable: boolean; candidates: Cand[] }

const args = process.argv.slice(2);
const offTopicAt = args.indexOf('--off-topic');
/** A text file of off-topic questions, asked of every kommun: the decision learns to refuse them. */
const offTopic = offTopicAt >= 0 ? args[offTopicAt + 1] : undefined;
const dirAt = args.indexOf('--knowledge-dir');
const dirs = [defaultKnowledgeDir, ...(dirAt >= 0 ? [args[dirAt + 1]] : [])];
const files = args.filter((a, i) => !a.startsWith('--') && i !== offTopicAt + 1 && (dirAt < 0 || i !== dirAt + 1));
const answerers = new Map<string, QuestionAnswerer>();
const answererOf = (k: string, dir: string) => answerers.get(`${dir}:${k}`) ?? answerers.set(`${dir}:${k}`, new QuestionAnswerer(loadPack(k, dir))).get(`${dir}:${k}`)!;
const dot = (w: number[], x: number[]) => x.reduce((s, xi, j) => s + xi * w[j], 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// The candidates and their features do not depend on the weights (only their order does): collect them once.
useModel({ weights: {} });
const examples: Example[] = [];
const casesOf = (file: string): Case[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const offTopicCases: Case[] = offTopic
  ? readFileSync(offTopic, 'utf8').split('\n').filter((l) => l.trim()).flatMap((q, i) => ['alingsas', 'ange', 'hallstahammar'].map((kommun) => ({ id: `off-${i}-${kommun}`, kommun, q, answered: false })))
  : [];
for (const dir of dirs) for (const [file, cases] of [...files.map((f) => [f, casesOf(f)] as const), ...(offTopic ? [[offTopic, offTopicCases] as const] : [])]) {
  for (const c of cases) {
    const parts = answererOf(c.kommun, dir).candidatesFor(c.q);
    if (parts.length !== 1) continue;
    const patterns = (c.expect ?? []).map((p) => new RegExp(p));
    const answerable = c.answered !== false;
    examples.push({
      set: basename(file),
      dir,
      id: c.id,
      q: c.q,
      answerable,
      candidates: parts[0].candidates.map((cand) => ({ x: featureNames.map((n) => cand.features[n]), features: cand.features, right: answerable && patterns.every((p) => p.test(fold(cand.text))), text: cand.text, where: cand.where })),
    });
  }
}

/** Listwise ranking: for each answerable question with a right candidate, maximise the softmax share of its right ones. */
function trainRanking(data: Example[], lambda = 0.001, steps = 1500, rate = 1): number[] {
  const lists = data.filter((e) => e.answerable && e.candidates.some((c) => c.right));
  const w = featureNames.map(() => 0);
  for (let step = 0; step < steps; step++) {
    const grad = w.map((wi, j) => (featureNames[j] === 'bias' ? 0 : lambda * wi));
    for (const e of lists) {
      const scores = e.candidates.map((c) => dot(w, c.x));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const all = exp.reduce((a, b) => a + b, 0);
      const right = exp.reduce((a, b, i) => a + (e.candidates[i].right ? b : 0), 0);
      // d(−log(right/all))/dw = E_all[x] − E_right[x]
      e.candidates.forEach((c, i) => c.x.forEach((xi, j) => (grad[j] += ((exp[i] / all - (c.right ? exp[i] / right : 0)) * xi) / lists.length)));
    }
    w.forEach((_, j) => (w[j] -= rate * grad[j]));
  }
  return w;
}

/** Each question's best and second candidate under the ranking weights. */
function ranked(w: number[], data: Example[]) {
  useModel({ weights: Object.fromEntries(featureNames.map((n, j) => [n, w[j]])) });
  return data.map((e) => {
    const [best, second] = [...e.candidates].sort((a, b) => dot(w, b.x) - dot(w, a.x));
    return { e, best, second, x: best ? decisionFeatureNames.map((n) => decisionFeatures(best.features, second?.features)[n]) : undefined };
  });
}

/** The decision model: logistic regression "is the best candidate right?" (unanswerable questions: never). */
function trainDecision(rows: ReturnType<typeof ranked>, lambda = 0.001, steps = 4000, rate = 0.5): number[] {
  const data = rows.filter((r) => r.x);
  const d = decisionFeatureNames.map(() => 0);
  for (let step = 0; step < steps; step++) {
    const grad = d.map((di, j) => (decisionFeatureNames[j] === 'bias' ? 0 : lambda * di));
    for (const r of data) {
      const err = sigmoid(dot(d, r.x!)) - (r.best.right ? 1 : 0);
      r.x!.forEach((xi, j) => (grad[j] += (err * xi) / data.length));
    }
    d.forEach((_, j) => (d[j] -= rate * grad[j]));
  }
  return d;
}

type Result = { answerable: boolean; p: number; right: boolean; anyRight: boolean };
const results = (rows: ReturnType<typeof ranked>, d: number[]): Result[] =>
  rows.map((r) => ({ answerable: r.e.answerable, p: r.x ? sigmoid(dot(d, r.x)) : 0, right: r.best?.right ?? false, anyRight: r.e.candidates.some((c) => c.right) }));

function utility(rs: Result[], sure: number, unsure: number) {
  let u = 0;
  const n = { right: 0, wrong: 0, unsureRight: 0, unsureWrong: 0, refusedRightly: 0, refusedWrongly: 0 };
  for (const r of rs) {
    if (r.p < unsure) {
      if (!r.answerable) (u += 1), n.refusedRightly++;
      else n.refusedWrongly++;
    } else if (r.p >= sure) {
      if (r.right) (u += 1), n.right++;
      else (u -= 3), n.wrong++;
    } else if (r.right) (u += 0.8), n.unsureRight++;
    else (u -= 1), n.unsureWrong++;
  }
  return { u, n };
}

function calibrate(rs: Result[]) {
  let best = { sure: 0.5, unsure: 0.3, u: -Infinity };
  for (let sure = 0.2; sure <= 0.96; sure += 0.01) {
    for (let unsure = 0.05; unsure <= sure + 1e-9; unsure += 0.01) {
      const { u } = utility(rs, sure, unsure);
      if (u > best.u) best = { sure: Number(sure.toFixed(2)), unsure: Number(unsure.toFixed(2)), u };
    }
  }
  return best;
}

const describe = (rs: Result[], t: { sure: number; unsure: number }) => {
  const { n } = utility(rs, t.sure, t.unsure);
  const answerable = rs.filter((r) => r.answerable);
  return `top-1 right ${answerable.filter((r) => r.right).length}/${answerable.length} (a right candidate exists for ${answerable.filter((r) => r.anyRight).length}) · ` +
    `at ${t.sure}/${t.unsure}: right ${n.right} sure + ${n.unsureRight} unsure, wrong ${n.wrong} sure + ${n.unsureWrong} unsure, refused wrongly ${n.refusedWrongly}, refused rightly ${n.refusedRightly}`;
};

const sets = [...new Set(examples.map((e) => e.set))];
console.log(`${examples.length} questions, ${examples.reduce((s, e) => s + e.candidates.length, 0)} candidates`);
// Out of fold: each set ranked by weights trained on the others.
const outOfFold = sets.flatMap((held) => ranked(trainRanking(examples.filter((e) => e.set !== held)), examples.filter((e) => e.set === held)));
const d = trainDecision(outOfFold);
const t = calibrate(results(outOfFold, d));
if (args.includes('--errors')) {
  const show = (c: Cand) => `${c.where} · ${featureNames.filter((n) => c.features[n]).map((n) => `${n}=${c.features[n].toFixed(2)}`).join(' ')}\n        ${c.text.slice(0, 160).replace(/\n/g, ' ')}`;
  for (const r of outOfFold.filter((r) => r.best && !r.best.right && r.e.candidates.some((c) => c.right))) {
    const right = r.e.candidates.filter((c) => c.right).sort((a, b) => b.features.coverage - a.features.coverage)[0];
    console.log(`${r.e.id}: ${r.e.q}\n   chosen ${show(r.best)}\n   right  ${show(right)}`);
  }
}
for (const dir of dirs) for (const set of sets) console.log(`out of fold ${set}${dir === defaultKnowledgeDir ? '' : ` (${basename(dir)})`}: ${describe(results(outOfFold.filter((r) => r.e.set === set && r.e.dir === dir), d), t)}`);
console.log(`out of fold, all: ${describe(results(outOfFold, d), t)}`);
const m = { w: trainRanking(examples), d, t };
console.log(`in sample (ranking trained on all): ${describe(results(ranked(m.w, examples), d), t)}`);
const round = (names: readonly string[], v: number[]) => Object.fromEntries(names.map((n, j) => [n, Number(v[j].toFixed(4))]));
console.log({ weights: round(featureNames, m.w), decision: round(decisionFeatureNames, m.d) });
if (args.includes('--write')) {
  const model = {
    trainedOn: sets,
    trainedAt: new Date().toISOString().slice(0, 10),
    command: `npx tsx scripts/qa/trainRanker.ts ${files.join(' ')}${offTopic ? ` --off-topic ${offTopic}` : ''}${dirAt >= 0 ? ` --knowledge-dir ${args[dirAt + 1]}` : ''} --write`,
    weights: round(featureNames, m.w),
  };
  writeFileSync(rankerFile, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`written ${rankerFile}`);
}
