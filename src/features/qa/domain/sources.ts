import type { AnswerSource } from './Answer';

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
