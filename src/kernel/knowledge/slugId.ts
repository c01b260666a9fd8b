import { fold } from '../../shared/text';

/** A pack id from free text: "Mål- och budget" → "mal-och-budget" (at most 60 characters). */
export const slugId = (text: string): string =>
  fold(text).replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/^-+|-+$/g, '') || 'dokument';

/** `slugId(text)`, with "-2", "-3" … added while the id is taken; the id is then marked as taken. */
export function uniqueId(text: string, taken: Set<string>): string {
  const base = slugId(text);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
