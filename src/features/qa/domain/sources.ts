import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import { findPassage } from '../../../kernel/knowledge/loadPack';
import type { SourceRef } from '../../../kernel/knowledge/packSchema';
import type { AnswerSource } from './Answer';

/** The cited source of a reference or passage in a pack, with the passage text. */
export function cite(pack: KnowledgePack, ref: SourceRef | { document: string; section: string; text?: string }): AnswerSource {
  const passage = 'text' in ref && ref.text ? ref : findPassage(pack, ref);
  return {
    document: pack.documentById.get(ref.document)?.title ?? ref.document,
    documentId: ref.document,
    section: ref.section,
    passage: (passage as { text?: string } | undefined)?.text ?? '',
  };
}

/** Sources without repeats (same document and section), at most four. */
export function uniqueSources(sources: AnswerSource[]): AnswerSource[] {
  const seen = new Set<string>();
  return sources
    .filter((s) => {
      const key = `${s.documentId}#${s.section}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 4);
}
