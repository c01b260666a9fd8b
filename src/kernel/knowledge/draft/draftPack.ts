import { splitSentences } from '../sentences';
import { splitPassages } from '../splitPassages';
import { uniqueId } from '../slugId';
import type { Body, CycleEvent, Decision, DocumentType, GlossaryEntry, PackDocument } from '../packSchema';
import type { Drafted } from './DraftFact';
import { documentEntry } from './documentEntry';
import { draftDecisions } from './draftDecisions';
import { draftDocumentTypes } from './draftDocumentTypes';
import { draftEvents } from './draftEvents';
import { draftGlossary } from './draftGlossary';
import { findBodies } from './findBodies';
import { findRoleOverview } from './findRoleOverview';
import { addKindsDecided } from './kindsDecided';
import { sourceOf, type PassageText } from './PassageText';
import type { SourceDocument } from './SourceDocument';

export interface NewKommun {
  id: string;
  /** "Ekbacka kommun" */
  name: string;
  /** "Ekbacka"; by default the name without "kommun". */
  shortName?: string;
  documents: SourceDocument[];
}

/** A drafted pack: the pack file's content, the markdown files, and the sentence behind each draft fact. */
export interface DraftedPack {
  pack: {
    kommun: string;
    name: string;
    shortName: string;
    documents: PackDocument[];
    roleOverview?: { text: string; source: { document: string; section: string }; draft: true };
    bodies: Body[];
    decisions: Decision[];
    events: CycleEvent[];
    documentTypes: DocumentType[];
    glossary: GlossaryEntry[];
  };
  files: { file: string; markdown: string }[];
  /** For each list of facts, the sentence each fact was read from (same order). */
  sentences: Record<'bodies' | 'decisions' | 'events' | 'documentTypes' | 'glossary', string[]>;
}

/**
 * A new kommun's pack drafted from its own documents: the documents split into cited passages, the
 * bodies the text names, and draft decisions, annual-cycle events, document types, glossary entries
 * and the role split read from its sentences, every one marked `draft: true` and citing its section.
 * Follow-up periods, risks and follow-up form settings are left for an editor.
 */
export function draftPack(input: NewKommun): DraftedPack {
  const taken = new Set<string>();
  const documents = input.documents.map((d) => documentEntry(d, uniqueId(d.title, taken), input.name));
  const texts: PassageText[] = input.documents.flatMap((d, i) =>
    splitPassages(documents[i].id, d.title, d.markdown).map((passage) => ({ passage, sentences: splitSentences(passage.text) })),
  );
  const found = findBodies(texts);
  const decisions = draftDecisions(texts, found);
  const events = draftEvents(texts, found);
  const documentTypes = draftDocumentTypes(texts);
  addKindsDecided(decisions, documentTypes);
  const glossary = draftGlossary(texts, found);
  const roles = findRoleOverview(texts);
  const bodies: Drafted<Body>[] = found.map((b) => ({
    fact: { id: b.id, name: b.name, abbreviations: b.abbreviations, kind: b.kind, description: b.description, terms: [], draft: true, source: sourceOf(b.sentence.passage) } as Body,
    passage: b.sentence.passage,
    sentence: b.sentence.text,
  }));
  const facts = <T>(list: Drafted<T>[]) => list.map((d) => d.fact);
  const said = <T>(list: Drafted<T>[]) => list.map((d) => d.sentence);
  return {
    pack: {
      kommun: input.id,
      name: input.name,
      shortName: input.shortName ?? input.name.replace(/\s+kommun$/i, ''),
      documents,
      ...(roles ? { roleOverview: { text: roles.text, source: sourceOf(roles.passage), draft: true as const } } : {}),
      bodies: facts(bodies),
      decisions: facts(decisions),
      events: facts(events),
      documentTypes: facts(documentTypes),
      glossary: facts(glossary),
    },
    files: input.documents.map((d, i) => ({ file: documents[i].file, markdown: d.markdown })),
    sentences: { bodies: said(bodies), decisions: said(decisions), events: said(events), documentTypes: said(documentTypes), glossary: said(glossary) },
  };
}
