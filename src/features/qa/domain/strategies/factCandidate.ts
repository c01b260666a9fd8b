import type { SourceRef } from '../../../../kernel/knowledge/packSchema';
import { uniqueSources } from '../sources';
import { swedishAfterEnglish } from '../answer/joinAnswers';
import type { Candidate } from '../answer/Candidate';
import { rankScore } from '../answer/ranker';
import type { ScoredFact } from '../answer/scoreFacts';
import type { QuestionKind } from '../question/QuestionKind';
import { renderFact } from '../render/renderFact';
import type { FactEntry } from '../retrieval/FactIndex';
import type { AnswerContext } from './Strategy';
import type { QuestionPart } from '../question/analyzeQuestion';
import { wordMatch } from '../question/TopicWord';

const isList = (e: FactEntry) => e.kind === 'periodList' || e.kind === 'documentTypeList' || e.kind === 'riskList';

/** A structured fact as an answer: rendered for the kind of question, in English when it has English (else in Swedish, which the answerer says). */
export function factText(ctx: AnswerContext, entry: FactEntry, kind: QuestionKind, part?: QuestionPart): { text: string; language: 'sv' | 'en' } {
  const english = ctx.question.english;
  const named = part && itemNamed(ctx, entry, part);
  let text = renderFact(ctx.pack, entry, kind, english, named);
  let language: 'sv' | 'en' = english ? 'en' : 'sv';
  if (!text) {
    text = renderFact(ctx.pack, entry, kind, false, named)!;
    language = 'sv';
  } else if (english && !text.includes('”')) {
    // A quotation (a vision's very words) is given as the model writes it.
    const quoted = /”[^”]+”/.exec(renderFact(ctx.pack, entry, kind, false) ?? '')?.[0];
    if (quoted) text = `${text} In Swedish: ${quoted}`;
  }
  if (entry.olderModelNote && !english) text = `${text} Obs: ${entry.olderModelNote}`;
  return { text, language };
}

/**
 * Whether the question names an item of a risk list by what it asks beside the list itself ("Vilka risker som har med
 * upphandling, avtal och leverantörer att göra finns med i kommunstyrelsens risk- och väsentlighetsanalys?": the words that
 * name no part of the list's own name, "upphandling", "avtal", "leverantörer", name "Ramavtal följs inte").
 */
function itemNamed(ctx: AnswerContext, entry: FactEntry, part: QuestionPart): ((item: string) => boolean) | undefined {
  // (Only a risk list gives the items asked; the other lists are given whole.)
  if (entry.kind !== 'riskList') return undefined;
  const beside = part.topic.filter((w) => w.known && wordMatch(w, entry.nameTerms) < 0.6);
  return beside.length ? (item) => beside.some((w) => wordMatch(w, ctx.lexicon.analyzer.termSet(item)) >= 0.7) : undefined;
}

/** The sources a fact cites (a list cites each of its items). */
export function factSources(ctx: AnswerContext, entry: FactEntry) {
  const refs: SourceRef[] = entry.kind === 'periodList' || entry.kind === 'documentTypeList' ? entry.fact.map((f) => f.source) : [entry.source];
  return uniqueSources(refs.map((r) => ctx.cite(r)));
}

/** A sentence this long or shorter ("Gäller valår.") is said of each fact it holds for. */
const SHORT_SENTENCE = 30;

/** One or more scored facts (of one kind) as one candidate, the first one's scores. */
export function factCandidate(ctx: AnswerContext, facts: ScoredFact[], kind: QuestionKind, part?: QuestionPart): Candidate {
  // (A sentence an earlier fact said is not said again: "In Swedish: Måluppfyllelse … ska redovisas i rapporten." of two reports;
  // a short one, "Gäller valår.", tells of each fact.)
  const said = new Set<string>();
  const rendered = facts.map((f) => factText(ctx, f.entry, kind, part)).map((r) => {
    const sentences = r.text.split(/(?<=[.!?])\s+/);
    const text = sentences.filter((s) => s.length <= SHORT_SENTENCE || !said.has(s)).join(' ');
    sentences.forEach((s) => said.add(s));
    return { ...r, text };
  });
  const [first] = facts;
  // (After an English first fact, one the pack has only in Swedish says so.)
  const text = rendered.map((r, i) => [i > 0 ? swedishAfterEnglish(rendered[0], r) : undefined, r.text].filter(Boolean).join(' ')).join('\n\n');
  const features = { ...first.features, length: text.split(/\s+/).length / 100 };
  return {
    from: 'fact',
    text,
    sources: uniqueSources(facts.flatMap((f) => factSources(ctx, f.entry))),
    language: rendered[0].language,
    coverage: first.coverage,
    fit: first.fit,
    keyHit: first.keyHit,
    score: rankScore(features),
    features,
    where: facts.map((f) => `fact ${f.entry.kind}:${f.entry.id}`).join(' + '),
    fact: first.entry,
    via: isList(first.entry) ? 'list' : 'fact',
  };
}
