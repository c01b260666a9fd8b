import { asksOfMonth } from '../question/monthAsked';
import type { FactEntry } from '../retrieval/FactIndex';
import type { QuestionPart } from '../question/analyzeQuestion';
import { termsOf, wordMatch, type TopicWord } from '../question/TopicWord';
import { emptyFeatures, withInteractions, type Features } from './features';
import { DEFINES_COVERAGE, factFit } from './fit';
import { rankScore } from './ranker';
import { hasCue, isCue } from '../question/cues';
import { words } from '../lexicon/normalize';
import { bodyRoleWords, decisionVerbs, genericDecisionVerbs } from '../question/vocabularyOfQuestions';

/**
 * A step of the annual cycle whose title and action decide nothing ("Eventuell revidering …", "ses över"), or a decision
 * fact whose verb is no decision ("Kommunfullmäktiges budget … bereds av kommunstyrelsen i maj"); read once per fact.
 */
const decidesNothingOf = new WeakMap<FactEntry, boolean>();
export function decidesNothing(e: FactEntry): boolean {
  let v = decidesNothingOf.get(e);
  // (A report's as-of date is no decision: "Årsredovisning upprättas per 31 december …" says when it is made up, not decided.)
  if (v === undefined) decidesNothingOf.set(e, (v = e.kind === 'event' ? !hasCue(words(`${e.fact.title} ${e.fact.action}`), genericDecisionVerbs) : e.kind === 'period' ? !hasCue(words(e.fact.description), genericDecisionVerbs) : e.kind === 'decision' && !hasCue(words(e.fact.verb), decisionVerbs)));
  return v;
}

export interface ScoredFact {
  entry: FactEntry;
  /** IDF-weighted topic coverage: full weight in the fact's names (and deciders), 40 % in its text. */
  coverage: number;
  /** Coverage by the names alone. */
  nameCoverage: number;
  /** How fully the best-matching name is asked for (0–1). */
  specificity: number;
  fit: number;
  keyHit: boolean;
  features: Features;
  score: number;
}

/** Inverted index term → facts, per fact list (built once per list, on first use). */
const indexes = new WeakMap<FactEntry[], Map<string, FactEntry[]>>();

/** Only the facts that share at least one term with the question are worth scoring. */
function candidates(facts: FactEntry[], topic: TopicWord[]): FactEntry[] {
  let index = indexes.get(facts);
  if (!index) {
    index = new Map();
    for (const f of facts) for (const t of new Set([...f.nameTerms.all, ...f.enTerms.all, ...f.textTerms.all, ...f.deciderTerms.all])) index.set(t, [...(index.get(t) ?? []), f]);
    indexes.set(facts, index);
  }
  const found = new Set<FactEntry>();
  for (const w of topic) for (const t of termsOf(w)) for (const f of index.get(t) ?? []) found.add(f);
  return [...found];
}

/** How well a term's definition answers a question of how something is done, against one of what it is. */
const HOW_OF_A_TERM = 0.7;

/** How well a step of another month answers what is done in the month asked ("Vad gör KF med budgeten i november?"). */
const OTHER_MONTH = 0.5;

/** A month (or a season's months) named in the question favours facts that happen then and disfavours those that do not. */
function monthFit(entry: FactEntry, asked: number[]): number {
  if (!asked.length) return 0;
  const months = entry.kind === 'decision' || entry.kind === 'event' ? entry.fact.months : undefined;
  if (!months?.length) return 0;
  return months.some((m) => asked.includes(m)) ? 1 : -1;
}

/** What else a question of a body's role may ask, as a share of the role word's weight, for the body's description to hold it. */
const ROLE_SHARE = 0.5;

/** The share of the question's weight a term must have for its own glossary entry to hold the question. */
const TERM_SHARE = 0.6;

/** The most telling topic word: the one with the highest weight. */
export const keyWord = (topic: TopicWord[]): TopicWord | undefined => topic.reduce<TopicWord | undefined>((a, w) => (!a || w.weight > a.weight ? w : a), undefined);
/** The heaviest word of what the question itself says, not its context ("… ska 'agera utifrån styrmodellen'. Vad är syftet med styrmodellen?" → styrmodell). */
export const ownKeyWord = (part: QuestionPart): TopicWord | undefined => keyWord(ownWords(part)) ?? keyWord(part.topic);
/** The topic words of what the question itself says, not its context. */
export const ownWords = (part: QuestionPart): TopicWord[] => part.topic.filter((w) => !w.remark && w.word.split('_').every((x) => part.words.includes(x)));

/** Scores the pack's facts against one part of a question; best first. */
export function scoreFacts(part: QuestionPart, english: boolean, facts: FactEntry[], knownShare = 1): ScoredFact[] {
  const total = part.topic.reduce((s, w) => s + w.weight, 0);
  if (!total) return [];
  const key = keyWord(part.topic);
  const asksDecision = part.kind === 'when' && hasCue(part.words, genericDecisionVerbs);
  const asksHow = part.wants === 'manner';
  const topicTerms = new Set(part.topic.flatMap((w) => [w.stem, ...w.alternatives.map((a) => a.stem)]));
  const scored: ScoredFact[] = [];
  for (const entry of candidates(facts, part.topic)) {
    let hit = 0;
    let nameHit = 0;
    const roles = part.kind === 'prepares' ? entry.preparerTerms : entry.deciderTerms;
    // A body's description is what it is there for: it holds the "uppdrag", "roll" asked of it, unless the question
    // asks of more than the body ("kommunstyrelsens roll när det gäller den interna kontrollen").
    let role = 0;
    let unmatched = 0;
    for (const w of part.topic) {
      // A body named in the question ("När beslutar KS …") is matched by the fact's decider or actor.
      // (Each match is looked for only while it could still be the best: most facts hold a word by its name or not at all.)
      let inName = wordMatch(w, entry.nameTerms);
      if (english && inName < 1) inName = Math.max(inName, wordMatch(w, entry.enTerms));
      if (inName < 0.9) inName = Math.max(inName, 0.9 * wordMatch(w, roles));
      if (entry.kind === 'body' && entry.fact.description && isCue(w.word, bodyRoleWords)) role += w.weight;
      else unmatched += w.weight * (1 - inName);
      nameHit += w.weight * inName;
      hit += w.weight * (inName >= 0.4 ? inName : Math.max(inName, 0.4 * wordMatch(w, entry.textTerms)));
    }
    if (role && nameHit && unmatched < ROLE_SHARE * role) {
      nameHit += role;
      hit += 0.6 * role;
    }
    // A fact the topic does not reach is not scored further.
    if (!hit) continue;
    // The term asked what it is ("Vad räknas som en aktivitet i KS verksamhetsplan?"): its own glossary entry holds the
    // question as a sentence that says what the term is does.
    // (Only a term that is most of the question: of "nämndernas mål", the generic "Mål" is not the entry asked for.)
    const namesTerm = part.kind === 'define' && part.term !== undefined && part.term.weight >= TERM_SHARE * total && entry.kind === 'glossary' && entry.nameLists.some((l) => l.length === 1 && l[0] === part.term!.stem);
    const coverage = namesTerm ? Math.max(DEFINES_COVERAGE, hit / total) : hit / total;
    // Prefer the fact whose name is most fully asked for ("delårsrapport" over "beslut delårsrapport").
    const specificity = Math.max(0, ...entry.nameLists.map((l) => (l.length ? l.filter((t) => topicTerms.has(t)).length / l.length : 0)));
    // "När beslutar KF om mandatmålen?" asks for a decision: a step that decides nothing fits less.
    // "Hur beräknas kompensationen?" asks how it is done, which a term's definition seldom says.
    const ofMonth = monthFit(entry, part.month ? [part.month] : part.season ?? []);
    // (A step of the month asked holds what is done then: "Teknisk omräkning av budget görs … i november".)
    const fit = asksOfMonth(part) && ofMonth > 0 ? 1 : factFit(part.kind, entry) * (asksDecision && decidesNothing(entry) ? 0.7 : 1) * (asksHow && entry.kind === 'glossary' ? HOW_OF_A_TERM : 1) * (part.kind === 'month' && ofMonth < 0 ? OTHER_MONTH : 1);
    const keyHit = Boolean(key && Math.max(wordMatch(key, entry.nameTerms), wordMatch(key, entry.textTerms), english ? wordMatch(key, entry.enTerms) : 0) >= 0.6);
    const features: Features = withInteractions({
      ...emptyFeatures(),
      coverage, ownCoverage: nameHit / total, fit, coverageFit: coverage * fit, keyHit: keyHit ? 1 : 0, fact: 1, specificity, knownShare, monthFit: ofMonth,
      focus: part.topic[0] && wordMatch(part.topic[0], entry.nameTerms) === 1 ? 1 : 0,
    });
    scored.push({ entry, coverage, nameCoverage: nameHit / total, specificity, fit, keyHit, features, score: rankScore(features) });
  }
  return scored.sort((a, b) => b.score - a.score);
}
