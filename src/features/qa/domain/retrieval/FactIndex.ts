import type { KnowledgePack } from '../../../../kernel/knowledge/loadPack';
import type { Body, CycleEvent, Decision, DocumentType, GlossaryEntry, Period, Risk, SourceRef } from '../../../../kernel/knowledge/packSchema';
import type { Analyzer, TermSet } from '../lexicon/Analyzer';
import type { QuestionKind } from '../question/QuestionKind';
import type { QuestionPart } from '../question/analyzeQuestion';
import { wordMatch, type TopicWord } from '../question/TopicWord';
import { bodyRoleWords, prepareVerbs } from '../question/vocabularyOfQuestions';
import { hasCue } from '../question/cues';
import { words } from '../lexicon/normalize';

/** A structured fact of the pack, as a candidate answer. Lists (all periods, all risks …) are facts too. */
export type FactEntry = {
  id: string;
  source: SourceRef;
  /** Terms of what the fact is called (Swedish), of its English names, and of what it says. */
  nameTerms: TermSet;
  /** Names (and abbreviations, English names) of the bodies that decide or act in it, and of those that prepare it. */
  deciderTerms: TermSet;
  preparerTerms: TermSet;
  enTerms: TermSet;
  textTerms: TermSet;
  /** Its Swedish names as written ("Stratsys", "system", "it-stöd"). */
  writtenNames: string[];
  /** Stems of each Swedish name, for preferring the fact whose name is asked for most exactly. */
  nameLists: string[][];
  olderModelNote?: string;
} & (
  | { kind: 'decision'; fact: Decision }
  | { kind: 'event'; fact: CycleEvent }
  | { kind: 'period'; fact: Period }
  | { kind: 'documentType'; fact: DocumentType }
  | { kind: 'glossary'; fact: GlossaryEntry }
  | { kind: 'body'; fact: Body }
  | { kind: 'periodList'; fact: Period[] }
  | { kind: 'documentTypeList'; fact: DocumentType[] }
  | { kind: 'riskList'; fact: Risk[]; body?: Body }
);

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Draft = DistributiveOmit<FactEntry, 'nameTerms' | 'enTerms' | 'textTerms' | 'writtenNames' | 'nameLists' | 'deciderTerms' | 'preparerTerms'> & { names: (string | undefined)[]; en?: (string | undefined)[]; text: (string | undefined)[]; deciders?: string[]; preparers?: string[] };

/** Every structured fact of a pack with its name terms (what it is called) and text terms (what it says). */
export function buildFactIndex(pack: KnowledgePack, analyzer: Analyzer): FactEntry[] {
  const bodyName = (id: string) => pack.bodies.find((b) => b.id === id)?.name ?? id;
  const drafts: Draft[] = [
    ...pack.decisions.map((f): Draft => ({
      kind: 'decision', id: f.id, fact: f, source: f.source, olderModelNote: f.olderModelNote,
      names: [f.subject, ...f.terms], en: [f.en?.subject],
      text: [f.verb, f.when, f.note, ...f.decidedBy.map(bodyName), ...f.preparedBy.map(bodyName)],
      deciders: f.decidedBy,
      preparers: f.preparedBy,
    })),
    ...pack.events.map((f): Draft => ({
      kind: 'event', id: f.id, fact: f, source: f.source, olderModelNote: f.olderModelNote,
      names: [f.title, ...f.terms], en: [f.en?.title],
      text: [f.action, f.input, f.output, ...f.actor.map(bodyName)],
      deciders: f.actor,
      // A step of preparing ("Kommunstyrelsen bereder förslagen till mandatmål") is prepared by who acts in it.
      preparers: hasCue(words(`${f.title} ${f.action ?? ''}`), prepareVerbs) ? f.actor : undefined,
    })),
    ...pack.periods.map((f): Draft => ({
      kind: 'period', id: f.id, fact: f, source: f.source, olderModelNote: f.olderModelNote,
      names: [f.name, ...f.aliases, ...f.terms], en: [f.en?.name], text: [f.description],
    })),
    ...pack.documentTypes.map((f): Draft => ({
      kind: 'documentType', id: f.id, fact: f, source: f.source, olderModelNote: f.olderModelNote,
      names: [f.name, ...f.terms], en: [f.en?.name], text: [f.description, f.category, ...f.contents, ...f.decidedBy.map(bodyName)],
      deciders: f.decidedBy,
    })),
    ...pack.glossary.map((f): Draft => ({
      kind: 'glossary', id: f.term, fact: f, source: f.source, olderModelNote: f.olderModelNote,
      names: [f.term, ...f.aliases, ...f.terms], en: [f.en?.term], text: [f.definition],
    })),
    ...pack.bodies.map((f): Draft => ({
      kind: 'body', id: f.id, fact: f, source: f.source, olderModelNote: f.olderModelNote,
      // A body's description is what it is there to do: it answers "kommunstyrelsens uppdrag", "vad har KS för roll".
      names: [f.name, ...f.abbreviations, ...f.terms], en: [f.en?.name], text: [f.description, f.description ? bodyRoleWords.join(' ') : undefined],
    })),
    ...listDrafts(pack),
  ];
  const bodyWords = (id: string) => {
    const b = pack.bodies.find((x) => x.id === id);
    return b ? [b.name, ...b.abbreviations, b.en?.name ?? ''].join(' \n ') : id;
  };
  return drafts.map(({ names, en, text, deciders, preparers, ...entry }) => {
    const nameTexts = names.filter((n): n is string => Boolean(n));
    return {
      ...entry,
      deciderTerms: analyzer.termSet((deciders ?? []).map(bodyWords).join(' \n ')),
      preparerTerms: analyzer.termSet((preparers ?? []).map(bodyWords).join(' \n ')),
      enTerms: analyzer.termSet((en ?? []).filter(Boolean).join(' \n ')),
      writtenNames: nameTexts,
      nameLists: nameTexts.map((n) => analyzer.tokens(n).map((t) => t.stem)),
      nameTerms: analyzer.termSet(nameTexts.join(' \n ')),
      textTerms: analyzer.termSet(text.filter(Boolean).join(' \n ')),
    } as FactEntry;
  });
}

/** Facts that answer "vilka …": all follow-up periods, all document types, each body's risks. */
function listDrafts(pack: KnowledgePack): Draft[] {
  const lists: Draft[] = [];
  if (pack.periods.length) {
    lists.push({
      kind: 'periodList', id: 'periods', fact: pack.periods, source: pack.periods[0].source,
      names: ['uppföljningar', 'uppföljningsprocessen', 'uppföljningstillfällen', 'rapporteringstillfällen', 'rapporter under året'], en: ['follow-ups', 'reports'],
      text: pack.periods.flatMap((p) => [p.name, ...p.aliases]),
    });
  }
  const ranked = pack.documentTypes.filter((d) => d.order !== undefined || d.category);
  const types = ranked.length >= 3 ? ranked : pack.documentTypes;
  if (types.length) {
    lists.push({
      kind: 'documentTypeList', id: 'document-types', fact: types, source: types[0].source,
      names: ['styrdokumenttyper', 'styrdokument', 'dokumenttyper', 'styrande dokument'], en: ['document types', 'governing documents'],
      text: types.map((d) => d.name),
    });
  }
  const byBody = new Map<string, Risk[]>();
  for (const r of pack.risks) byBody.set(r.body, [...(byBody.get(r.body) ?? []), r]);
  for (const [bodyId, risks] of byBody) {
    const body = pack.bodies.find((b) => b.id === bodyId);
    lists.push({
      kind: 'riskList', id: `risks-${bodyId}`, fact: risks, body, source: risks[0].source,
      names: ['risker', 'största risker', 'högst riskvärde', 'riskvärde', 'risk- och väsentlighetsanalys', body?.name, ...(body?.abbreviations ?? [])], en: ['risks', 'biggest risks'],
      text: risks.map((r) => r.name),
    });
  }
  return lists;
}

/** Who decides (or acts in) a fact, as body ids. */
export function decidersOf(entry: FactEntry): string[] {
  if (entry.kind === 'decision' || entry.kind === 'documentType') return entry.fact.decidedBy;
  if (entry.kind === 'event') return entry.fact.actor;
  return [];
}

/** Facts that can answer a kind of question: "vad ska X innehålla" needs a fact that lists contents. */
export function suits(entry: FactEntry, kind: QuestionKind): boolean {
  if (kind === 'contents') return entry.kind === 'documentType' && entry.fact.contents.length > 0;
  return true;
}

/**
 * Ids of the bodies a question names wholly ("KF", "nämnden", "kommunstyrelsen"), by words that name one
 * body only ("styrelsen", a term of several bodies, names none).
 */
export function mentionedBodies(part: QuestionPart, facts: FactEntry[]): string[] {
  const bodies = facts.filter((f): f is Extract<FactEntry, { kind: 'body' }> => f.kind === 'body');
  const shared = (stem: string) => bodies.filter((b) => b.nameTerms.whole.has(stem)).length > 1;
  return [
    ...new Set(
      part.topic.flatMap((w) => {
        const specific = { ...w, alternatives: w.alternatives.filter((a) => !shared(a.stem)) };
        return shared(w.stem) ? [] : bodies.filter((b) => wordMatch(specific, b.nameTerms) === 1).map((b) => b.fact.id);
      }),
    ),
  ];
}

/** Ids of the bodies a text names, by any word of a body's name or abbreviation ("När kommunfullmäktige beslutat …"). */
export function bodiesNamedIn(terms: TermSet, facts: FactEntry[]): string[] {
  return facts.filter((f) => f.kind === 'body' && [...f.nameTerms.whole].some((t) => terms.whole.has(t))).map((f) => f.id);
}

/**
 * The topic words that name a body in the genitive right before another topic word ("kommunfullmäktiges budget"):
 * whose the thing is, not the thing asked about.
 */
export function bodiesInGenitive(part: QuestionPart, facts: FactEntry[]): TopicWord[] {
  const bodies = facts.filter((f) => f.kind === 'body');
  return part.topic.filter((w) => {
    const at = part.words.indexOf(w.word);
    return w.word.endsWith('s') && at >= 0 && part.topic.some((t) => t !== w && t.word === part.words[at + 1]) && bodies.some((b) => wordMatch(w, b.nameTerms) === 1);
  });
}
