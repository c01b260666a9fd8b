import type { KnowledgePack } from '../../knowledge/loadPack';
import { findPassage } from '../../knowledge/loadPack';
import type { SourceRef } from '../../knowledge/packSchema';
import type { Answer, AnswerSource } from './Answer';
import { buildFactIndex, type FactEntry } from './FactIndex';
import { decisionWord } from './intent';
import { analyzeQuestion, type Question } from './Question';
import { PassageIndex } from './PassageIndex';
import { renderFact } from './renderFact';
import { scoreFacts } from './scoreFacts';
import { answerBodyDecisions, answerCycle, answerMonth, answerRoles } from './renderCycle';
import { Analyzer } from './text/Analyzer';
import { stem } from './text/stem';
import { Vocabulary } from './text/Vocabulary';
import { words } from './text/normalize';
import { lexicon } from './text/lexicon';

const maxAnswer = 800;
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
    if (q.intent.kind === 'roles') return answerRoles(this.pack, english, this.source.bind(this));
    if (q.intent.kind === 'month' && q.intent.month && q.topic.length <= 1) return answerMonth(this.pack, q.intent.month, english, this.source.bind(this));
    if (q.intent.kind === 'cycle' && q.topic.length <= 1) return answerCycle(this.pack, english, this.source.bind(this));
    if (q.intent.kind === 'bodyDecisions') {
      const body = this.bodyAskedAbout(q);
      if (body) return answerBodyDecisions(this.pack, body, q.intent.month, english, this.source.bind(this));
    }
    return this.fromFactsOrPassages(q) ?? this.unknown(english);
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
    if (knownShare < 0.6) return undefined;
    const verbs = words(q.text).filter((w) => decisionWord.test(w) && !genericDecisionVerb.test(w)).map(stem);
    const [bestFact] = scoreFacts(q, this.facts, verbs);
    const [bestPassage] = this.passages.find(q.topic);
    const factStrong = bestFact && bestFact.nameCoverage >= 0.7;
    const passageOk = bestPassage && bestPassage.coverage >= 0.6;
    if (bestFact && (factStrong || (bestFact.coverage >= 0.5 && !(passageOk && bestPassage.coverage > bestFact.coverage + 0.25)))) {
      const answer = this.factAnswer(bestFact.entry, q);
      if (answer) return { ...answer, confidence: bestFact.coverage };
    }
    if (passageOk) {
      const { passage } = bestPassage;
      const doc = this.pack.documentById.get(passage.document)!;
      const older = doc.supersededBy ? ` (Obs: ur den äldre översikten; ${this.pack.documentById.get(doc.supersededBy)?.title ?? 'den nyare styrmodellen'} gäller i första hand.)` : '';
      const note = q.intent.english ? 'From the Swedish source text: ' : '';
      return {
        answered: true,
        text: clip(`${note}${bestPassage.excerpt}${older}`),
        sources: [this.source(passage)],
        language: q.intent.english ? 'en' : 'sv',
        via: 'passage',
        confidence: bestPassage.coverage,
      };
    }
    return undefined;
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

  private unknown(english: boolean): Answer {
    const p = this.pack;
    const examples = [
      p.decisions[0] && `vem som beslutar om ${p.decisions[0].subject.toLowerCase()}`,
      p.periods[1] && `när ${p.periods[1].name.toLowerCase()} tas fram`,
      p.glossary[0] && `vad ${p.glossary[0].term.toLowerCase()} är`,
      'vad som händer i oktober',
    ].filter(Boolean);
    const text = english
      ? `I don't know – I can't find that in ${p.name}'s governance model. I can answer, for example, who decides what and when, what a term means, or what happens in a given month.`
      : `Det vet jag inte – jag hittar inget om det i ${p.name}s styrmodell. Jag kan svara på till exempel ${examples.join(', ')}.`;
    return { answered: false, text: clip(text), sources: [], language: english ? 'en' : 'sv', via: 'unknown', confidence: 0 };
  }
}

function clip(text: string): string {
  return text.length <= maxAnswer ? text : `${text.slice(0, maxAnswer - 2).replace(/\s+\S*$/, '')} …`;
}

function uniqueSources(sources: AnswerSource[]): AnswerSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.documentId}#${s.section}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, 4);
}
