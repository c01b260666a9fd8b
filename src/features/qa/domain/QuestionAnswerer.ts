import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import { findPassage } from '../../../kernel/knowledge/loadPack';
import type { SourceRef } from '../../../kernel/knowledge/packSchema';
import type { Answer, AnswerSource } from './Answer';
import { buildFactIndex, decidersOf, suits, type FactEntry } from './FactIndex';
import { answerDifference } from './answerDifference';
import { uniqueSources } from './sources';
import { decisionWord } from './intent';
import { analyzeQuestion, wordMatch, type Question } from './Question';
import { PassageIndex, splitSentences, type PassageHit } from './PassageIndex';
import type { Passage } from '../../../kernel/knowledge/splitPassages';
import { renderFact } from './renderFact';
import { scoreFacts } from './scoreFacts';
import { answerBodyDecisions, answerCycle, answerMonth, answerRoles } from './renderCycle';
import { clip, unknownAnswer } from './unknownAnswer';
import { Analyzer } from './text/Analyzer';
import { stem } from './text/stem';
import { Vocabulary } from './text/Vocabulary';
import { words } from './text/normalize';
import { lexicon } from './text/lexicon';

/** Decision verbs that say nothing about which decision (unlike "tillsätter", "utser"). */
const genericDecisionVerb = /^(beslut|bestamm|faststall|ant[aos]|godkann|decid|approv|adopt)/;

/**
 * Answers governance questions for one kommun from its knowledge pack: structured facts first,
 * then passage retrieval, and an honest "Det vet jag inte" when neither covers the question.
 */
export class QuestionAnswerer {
  private readonly analyzer: Analyzer;
  private readonly vocabulary: Vocabulary;
  private readonly facts: FactEntry[];
  private readonly passages: PassageIndex;
  private readonly ownName: Set<string>;

  constructor(readonly pack: KnowledgePack) {
    const factTexts = JSON.stringify([pack.bodies, pack.decisions, pack.events, pack.periods, pack.documentTypes, pack.glossary, pack.risks]);
    this.analyzer = new Analyzer([...pack.passages.map((p) => `${p.section} ${p.text}`), factTexts, lexicon.join(' ')]);
    this.vocabulary = new Vocabulary(this.analyzer);
    for (const p of pack.passages) this.vocabulary.add(`${p.section} ${p.text}`);
    this.facts = buildFactIndex(pack, this.analyzer);
    for (const f of this.facts) this.vocabulary.add([...f.nameTerms.all, ...f.textTerms.all].join(' '));
    const superseded = new Set(pack.documents.filter((d) => d.supersededBy).map((d) => d.id));
    this.passages = new PassageIndex(pack.passages, this.analyzer, (p) => (superseded.has(p.document) ? 0.8 : 1));
    this.ownName = new Set(words(`${pack.name} ${pack.shortName} ${pack.kommun}`).flatMap((w) => [w, stem(w)]));
  }

  answer(text: string): Answer {
    const q = analyzeQuestion(text, this.analyzer, this.vocabulary);
    q.topic = q.topic.filter((w) => !this.ownName.has(w.word) && !this.ownName.has(w.stem));
    const english = q.intent.english;
    if (q.intent.kind === 'person') return this.unknown(english, english ? 'The governance model names roles, not people or parties.' : 'Styrmodellen anger roller, inte vilka personer eller partier som har dem.');
    if (q.intent.kind === 'roles') return answerRoles(this.pack, english, this.source.bind(this));
    if (q.intent.kind === 'difference') {
      const both = this.difference(q);
      if (both) return both;
    }
    if (q.intent.kind === 'month' && q.intent.month && q.topic.length <= 1) return answerMonth(this.pack, q.intent.month, english, this.source.bind(this));
    if (q.intent.kind === 'cycle' && q.topic.length <= 1) return answerCycle(this.pack, english, this.source.bind(this));
    if (q.intent.kind === 'bodyDecisions') {
      const body = this.bodyAskedAbout(q);
      if (body) return answerBodyDecisions(this.pack, body, q.intent.month, english, this.source.bind(this));
    }
    return this.fromFactsOrPassages(q) ?? this.unknown(english);
  }

  /** Ids of the bodies a question names wholly ("KF", "nämnden", "kommunstyrelsen"). */
  private mentionedBodies(q: Question): string[] {
    const bodies = this.facts.filter((f): f is Extract<FactEntry, { kind: 'body' }> => f.kind === 'body');
    return [...new Set(q.topic.flatMap((w) => bodies.filter((b) => wordMatch(w, b.nameTerms) === 1).map((b) => b.fact.id)))];
  }

  /** The body the whole topic names ("KF", "kommunstyrelsen"), for "vad beslutar X om?". */
  private bodyAskedAbout(q: Question) {
    const [best] = scoreFacts(q, this.facts.filter((f) => f.kind === 'body'), []);
    return best && best.nameCoverage >= 0.9 && best.entry.kind === 'body' ? best.entry.fact : undefined;
  }

  private fromFactsOrPassages(q: Question): Answer | undefined {
    const total = q.topic.reduce((s, w) => s + w.weight, 0);
    if (!total) return undefined;
    const knownShare = q.topic.filter((w) => w.known).reduce((s, w) => s + w.weight, 0) / total;
    // English questions carry English words the Swedish model never uses ("cover", "set"): a lower bar, then keep what it knows.
    if (knownShare < (q.intent.english ? 0.4 : 0.6)) return undefined;
    if (q.intent.english) q.topic = q.topic.filter((w) => w.known);
    const verbs = words(q.text).filter((w) => decisionWord.test(w) && !genericDecisionVerb.test(w)).map(stem);
    const scored = scoreFacts(q, this.facts, verbs).filter((f) => suits(f.entry, q.intent.kind));
    // "Vad menas med grunduppdrag egentligen? Jag är ny som chef": the term right after "vad är" is what is asked.
    const definition = q.intent.kind === 'define' && q.topic[0]
      ? scored.find((f) => ['glossary', 'body', 'documentType', 'period'].includes(f.entry.kind) && wordMatch(q.topic[0], f.entry.nameTerms) === 1 && f.specificity >= 0.5)
      : undefined;
    if (definition) {
      const answer = this.factAnswer(definition.entry, q);
      if (answer) return { ...answer, confidence: definition.coverage };
    }
    const [bestFact] = scored;
    const hits = this.passages.find(q.topic, 5);
    if (q.intent.kind === 'howmany') {
      const counted = this.numberAnswer(q, hits);
      // "Hur ofta …" may also be answered in words ("årligen", "i samband med budget").
      if (counted || q.intent.counted !== 'ganger') return counted;
    }
    const [bestPassage] = hits;
    const factStrong = bestFact && bestFact.nameCoverage >= 0.7;
    const passageOk = bestPassage && bestPassage.coverage >= 0.6;
    if (bestFact && (factStrong || (bestFact.coverage >= 0.5 && !(passageOk && bestPassage.coverage > bestFact.coverage + 0.25)))) {
      // Facts of the same kind that fit just as well ("politikerdagarna": one in May, one in November) are all given.
      const twin = (f: (typeof scored)[number]) =>
        f.entry.kind === bestFact.entry.kind && f.score >= bestFact.score - 0.02 && f.nameCoverage >= 0.7 && f.nameCoverage === bestFact.nameCoverage && f.specificity === bestFact.specificity;
      const twins = [bestFact, ...scored.slice(1).filter(twin)].slice(0, 3);
      // "När beslutas den i nämnden och i KF?": one fact for each body the question names.
      const perBody = this.mentionedBodies(q).map((b) => scored.find((f) => f.entry.kind === bestFact.entry.kind && f.score >= bestFact.score - 0.35 && decidersOf(f.entry).includes(b)));
      const byBody = [...new Set(perBody.filter((f): f is (typeof scored)[number] => Boolean(f)))];
      if (byBody.length >= 2) twins.splice(0, twins.length, ...byBody.slice(0, 3));
      const answers = twins.map((f) => this.factAnswer(f.entry, q)).filter((a): a is NonNullable<typeof a> => Boolean(a));
      if (answers.length) return { ...answers[0], text: clip(answers.map((a) => a.text).join('\n\n')), sources: uniqueSources(answers.flatMap((a) => a.sources)), confidence: bestFact.coverage };
    }
    if (!passageOk) return undefined;
    const children = bestPassage.headingCoverage >= 0.6 ? this.passages.children(bestPassage.passage) : [];
    const text = children.length >= 2 && q.intent.kind !== 'define'
      ? `${splitSentences(bestPassage.passage.text)[0] ?? bestPassage.passage.section} ${children.join('; ')}.`
      : this.passages.excerpt(bestPassage, q.topic);
    return this.passageAnswer(q, bestPassage.passage, text, bestPassage.coverage);
  }

  /** "Hur många …?": the sentence with a number that covers the question, from the best passages; else nothing. */
  private numberAnswer(q: Question, hits: PassageHit[]): Answer | undefined {
    let best: { hit: PassageHit; text: string; coverage: number } | undefined;
    for (const hit of hits) {
      const found = this.passages.numberSentence(hit.passage, q.topic, q.intent.counted);
      if (found && (!best || found.coverage > best.coverage)) best = { hit, ...found };
    }
    return best && best.coverage >= 0.6 ? this.passageAnswer(q, best.hit.passage, best.text, Math.min(1, best.coverage)) : undefined;
  }

  private passageAnswer(q: Question, passage: Passage, excerpt: string, confidence: number): Answer {
    const doc = this.pack.documentById.get(passage.document)!;
    const older = doc.supersededBy ? ` (Obs: ur den äldre översikten; ${this.pack.documentById.get(doc.supersededBy)?.title ?? 'den nyare styrmodellen'} gäller i första hand.)` : '';
    const note = q.intent.english ? 'From the Swedish source text: ' : '';
    return {
      answered: true,
      text: clip(`${note}${excerpt}${older}`),
      sources: [this.source(passage)],
      language: q.intent.english ? 'en' : 'sv',
      via: 'passage',
      confidence,
    };
  }

  private factAnswer(entry: FactEntry, q: Question): Omit<Answer, 'confidence'> | undefined {
    const english = q.intent.english;
    let text = renderFact(this.pack, entry, q.intent.kind, english);
    let language: 'sv' | 'en' = english ? 'en' : 'sv';
    if (!text) {
      text = `(Only in Swedish:) ${renderFact(this.pack, entry, q.intent.kind, false)}`;
      language = 'sv';
    }
    if (entry.olderModelNote && !english) text = `${text} Obs: ${entry.olderModelNote}`;
    const list = entry.kind === 'periodList' || entry.kind === 'documentTypeList' || entry.kind === 'riskList';
    const refs: SourceRef[] = entry.kind === 'periodList' || entry.kind === 'documentTypeList' ? entry.fact.map((f) => f.source) : [entry.source];
    return { answered: true, text: clip(text), sources: uniqueSources(refs.map((r) => this.source(r))), language, via: list ? 'list' : 'fact' };
  }

  /** The cited source of a reference or passage, with the passage text. */
  private source(ref: SourceRef | { document: string; section: string; text?: string }): AnswerSource {
    const passage = 'text' in ref && ref.text ? ref : findPassage(this.pack, ref);
    return {
      document: this.pack.documentById.get(ref.document)?.title ?? ref.document,
      documentId: ref.document,
      section: ref.section,
      passage: (passage as { text?: string } | undefined)?.text ?? '',
    };
  }

  /** "Skillnaden mellan X och Y": each side answered from its own fact, both cited. */
  private difference(q: Question): Answer | undefined {
    return answerDifference(q, this.pack, this.facts, (text) => analyzeQuestion(text, this.analyzer, this.vocabulary), (ref) => this.source(ref));
  }

  private unknown(english: boolean, reason?: string): Answer {
    return unknownAnswer(this.pack, english, reason);
  }
}
