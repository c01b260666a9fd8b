/**
 * The sentences of a passage: paragraphs and list items are split apart, then prose is split after
 * . ! ? when a capital letter follows (so "t.ex. kommunens" and "inkl. oppositionen" stay whole).
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*]|\d{1,2}\.)\s+/, '').trim())
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}”"(])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}
