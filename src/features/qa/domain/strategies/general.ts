import type { Candidate } from '../answer/Candidate';
import { joinAnswers } from '../answer/joinAnswers';
import { ownKeyWord, scoreFacts, type ScoredFact } from '../answer/scoreFacts';
import { scoreSentences } from '../answer/scoreSentences';
import type { QuestionPart } from '../question/analyzeQuestion';
import { wordMatch } from '../question/TopicWord';
import { knownShareOf } from '../question/narrowPart';
import { bodiesNamedIn, decidersOf, mentionedBodies, suits, type FactEntry } from '../retrieval/FactIndex';
import type { Sentence } from '../retrieval/PassageIndex';
import { words } from '../lexicon/normalize';
import { hasCue, type Cues } from '../question/cues';
import { genericDecisionVerbs, procedureCues, stepByStep } from '../question/vocabularyOfQuestions';
import { excerpt, maxExcerpt } from './excerpt';
import { numberedSteps } from './numberedSequel';
import { listedSections, wholeList, withItems } from './listItems';
import { factCandidate } from './factCandidate';
import { coveredBetter, definitionFirst, namedItemFirst, namedMonthFirst, partBeforeWhole, regularFirst } from './promote';
import { uniqueSources } from '../sources';
import type { AnswerContext, Strategy } from './Strategy';

/** "Vilka steg …", "lista stegen": a list or contents question that asks for steps. */
const stepsListed: Cues = ['steg', 'stegen', 'steps'];

/**
 * The facts to give together: the best one, the facts of its kind that fit just as well
 * ("politikerdagarna": one in May, one in November), or one per body the question names
 * ("när beslutas den i nämnden och i KF?").
 */
function together(best: ScoredFact, scored: ScoredFact[], part: QuestionPart, facts: FactEntry[]): ScoredFact[] {
  const twin = (f: ScoredFact) => f.entry.kind === best.entry.kind && f.nameCoverage >= 0.7 && f.nameCoverage === best.nameCoverage && f.specificity === best.specificity && Math.abs(f.coverage - best.coverage) < 0.01;
  // (The bodies the question itself names: not one a remark around it names, "Behöver lägga in det i KS årsplanering.")
  const asked = { ...part, topic: part.topic.filter((t) => !t.remark) };
  const byBody = [...new Set(mentionedBodies(asked, facts).map((b) => scored.find((f) => f.entry.kind === best.entry.kind && f.coverage >= best.coverage - 0.3 && decidersOf(f.entry).includes(b))).filter((f): f is ScoredFact => Boolean(f)))];
  if (byBody.length >= 2) return byBody.slice(0, 3);
  const deciders = decidersOf(best.entry);
  const readings = best.entry.kind === 'decision' ? otherReadings(part, best.coverage, (id) => deciders.includes(id), scored) : [];
  return [best, ...scored.filter((f) => f !== best && (twin(f) || readings.includes(f)))].slice(0, 3);
}

/**
 * Two readings of one decision: a document may say both "Respektive förvaltning … beslutar om sin verksamhetsplan"
 * and "… planen fastställs av förvaltningschef". A "vem beslutar" answer gives, too, the decision that covers the
 * question nearly as well (its name most of it) and names none of the answer's deciders.
 */
function otherReadings(part: QuestionPart, coverage: number, named: (body: string) => boolean, scored: ScoredFact[]): ScoredFact[] {
  if (part.kind !== 'decides') return [];
  const reading = (f: ScoredFact) =>
    f.entry.kind === 'decision' && hasCue(words(f.entry.fact.verb), genericDecisionVerbs) && f.nameCoverage >= 0.7 && f.coverage >= 0.8 * coverage && !decidersOf(f.entry).some(named);
  return scored.filter(reading).slice(0, 1);
}

/** A passage's sentence that says who decides, and the other reading a decision fact gives (see otherReadings). */
function withOtherReading(ranked: Candidate[], part: QuestionPart, ctx: AnswerContext, scored: ScoredFact[]): Candidate[] {
  const [best, ...rest] = ranked;
  if (best?.from !== 'sentence') return ranked;
  const named = bodiesNamedIn(ctx.lexicon.analyzer.termSet(best.text), ctx.facts);
  const [other] = otherReadings(part, best.coverage, (id) => named.includes(id), scored);
  if (!other) return ranked;
  const fact = factCandidate(ctx, [other], part.kind);
  const text = `${best.text}\n\n${fact.text}`;
  return text.length > maxExcerpt ? ranked : [{ ...best, text, sources: uniqueSources([...best.sources, ...fact.sources]) }, ...rest];
}


/**
 * The best one or two sentences: when the best candidate is a passage's sentence and a runner-up among the
 * next two is another sentence of the same passage, both are given, in the passage's order.
 */
function withRunnerUp(ranked: Candidate[]): Candidate[] {
  const [best, ...rest] = ranked;
  if (best?.from !== 'sentence' || !best.at) return ranked;
  const mate = rest.slice(0, 2).find((c) => c.from === 'sentence' && c.at?.passage === best.at!.passage && !best.text.includes(c.text) && !c.text.includes(best.text));
  if (!mate) return ranked;
  // The best's excerpt may already hold the mate's sentence (a short sentence comes with the next): it is said once.
  // (Two sentences of a step under a heading that says when each come with the heading: it is said once, first.)
  const [before, after] = mate.at!.index < best.at.index ? [mate.text, best.text] : [best.text, mate.text];
  const label = `${best.at.passage.section}: `;
  const text = joinAnswers([before, before.startsWith(label) && after.startsWith(label) ? after.slice(label.length) : after], ' ');
  return text.length > maxExcerpt ? ranked : [{ ...best, text }, ...rest];
}

/** How far from the best sentence a completing one may stand, and the least share of the question it must add. */
const COMPLETION_REACH = 2;
const COMPLETION_GAIN = 0.1;

/**
 * The best sentence and, from near it in its passage, the one that holds most of what the question asks and
 * the best does not ("… ska arbeta för att nå målen." + "Aktiviteterna beslutas av …"), in the passage's order.
 */
function withCompletion(ranked: Candidate[], part: QuestionPart, ctx: AnswerContext): Candidate[] {
  const [best, ...rest] = ranked;
  if (best?.from !== 'sentence' || !best.at) return ranked;
  const at = best.at;
  const all = ctx.passages.sentences(at.passage);
  const held = all.filter((s) => best.text.includes(s.text));
  const { heading } = ctx.passages.termsOf(at.passage);
  const total = part.topic.reduce((n, w) => n + w.weight, 0);
  const covered = part.topic.map((w) => Math.max(wordMatch(w, heading), ...held.map((s) => wordMatch(w, s.terms))));
  const gain = (s: Sentence) => part.topic.reduce((n, w, i) => n + w.weight * Math.max(0, wordMatch(w, s.terms) - covered[i]), 0) / (total || 1);
  const near = all.filter((s) => !held.includes(s) && Math.abs(s.index - at.index) <= COMPLETION_REACH && !s.cues.listItem);
  const [add] = near.map((s) => ({ s, g: gain(s) })).sort((a, b) => b.g - a.g);
  if (!add || add.g < COMPLETION_GAIN) return ranked;
  const text = add.s.index < Math.min(...held.map((s) => s.index)) ? `${add.s.text} ${best.text}` : `${best.text} ${add.s.text}`;
  return text.length > maxExcerpt ? ranked : [{ ...best, text }, ...rest];
}

/** The longest section given whole. */
const WHOLE_SECTION = 450;

/**
 * "Vad ingår i medarbetarperspektivet?": when the question asks what something holds or is, and its topic is the
 * heading of the best sentence's section, a short section is given whole (its last sentence may say it all: "Här är
 * utgångspunkten … arbetsmiljö, hälsa, kompetens och kompetensförsörjning").
 */
function wholeSection(ranked: Candidate[], part: QuestionPart, ctx: AnswerContext): Candidate[] {
  const [best, ...rest] = ranked;
  if (best?.from !== 'sentence' || !best.at || (part.kind !== 'contents' && part.kind !== 'define')) return ranked;
  if (best.features.headingCoverage < 0.8) return ranked;
  const text = ctx.passages.sentences(best.at.passage).map((x) => x.text).join(' ');
  return text.length > WHOLE_SECTION || text.length <= best.text.length ? ranked : [{ ...best, text }, ...rest];
}

/** Structured facts and the sentences of the best passages, ranked on one learned scale. */
export const generalStrategy: Strategy = {
  kinds: [],
  candidates(part: QuestionPart, ctx: AnswerContext): Candidate[] {
    const knownShare = knownShareOf(part);
    const wide = ctx.wide ?? false;
    const scored = scoreFacts(part, ctx.question.english, ctx.facts, knownShare).filter((f) => suits(f.entry, part.kind));
    const facts = scored.slice(0, wide ? 10 : 3).map((f, i) => factCandidate(ctx, i === 0 ? together(f, scored, part, ctx.facts) : [f], part.kind, part));
    const found = ctx.passages.find(part.topic, 5);
    // Of a question of what a term is, also the passages that say so ("Ett mål är …"), wherever they stand.
    // Of a question of why something is there, the passages that say its purpose ("Det övergripande syftet med vår styrmodell är …").
    const key = part.kind === 'reason' ? ownKeyWord(part) : undefined;
    const hits = part.term ? [...found, ...ctx.passages.defining(part.term, part.topic, found)] : key ? [...found, ...ctx.passages.purposeOf(key, part.topic, found)] : found;
    const sentences = scoreSentences(part, hits, ctx.passages, knownShare).slice(0, wide ? 200 : 12).map((s): Candidate => ({
      from: 'sentence',
      text: excerpt(s.sentence, ctx.passages),
      sources: [ctx.cite(s.sentence.passage)],
      language: 'sv',
      coverage: s.coverage,
      fit: s.fit,
      keyHit: s.keyHit,
      score: s.score,
      features: s.features,
      where: `sentence ${s.sentence.passage.section} #${s.sentence.index} (passage rank ${s.hit.rank})`,
      at: s.sentence,
      via: 'passage',
    }));
    const listed = part.kind === 'list' || part.kind === 'contents' ? listedSections(found, part, knownShare, ctx) : [];
    const byKind = definitionFirst(namedItemFirst(regularFirst(coveredBetter([...facts, ...sentences, ...listed].sort((a, b) => b.score - a.score)), part), part, (w) => ctx.lexicon.translations(w)), part);
    const ranked = namedMonthFirst(partBeforeWhole(byKind, part, ctx.passages), part);
    if (wide) return ranked;
    // A question of how a procedure goes or what it works out, answered from among its numbered steps: the steps.
    // ("Hur fungerar resursfördelningsmodellen steg för steg?": step by step asks for the steps, however else it is put;
    // one step asked of by its name is answered by that step, partBeforeWhole.)
    // (So are "Vilka steg ingår i resursfördelningsmodellen?", "kan du lista stegen …": the steps asked for as a list.)
    const stepwise = (part.wants === 'manner' && hasCue(part.words, procedureCues)) || hasCue(part.words, stepByStep) || ((part.kind === 'list' || part.kind === 'contents') && hasCue(part.words, stepsListed));
    const steps = stepwise && ranked[0] === byKind[0] && ranked[0]?.from === 'sentence' ? numberedSteps(ranked[0], part.topic, ctx) : undefined;
    if (steps) return [steps, ...ranked.slice(1)];
    return withOtherReading(wholeList(withItems(wholeSection(withCompletion(withRunnerUp(ranked), part, ctx), part, ctx), part, ctx), part, ctx), part, ctx, scored);
  },
};
