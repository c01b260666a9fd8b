/** The sentences of an answer text (a list item, a heading line or a sentence ending in . ! ?). */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);

/**
 * Texts given together in one answer (two parts' answers, a best answer and its runner-up): each later
 * text without the sentences an earlier one already says, so no sentence is said twice. A text left with
 * nothing new is dropped.
 */
export function joinAnswers(texts: string[], separator: string): string {
  const said = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    const fresh = text.split(/(?<=[.!?])[ \t]+/).filter((s) => !sentencesOf(s).every((x) => said.has(x))).join(' ').trim();
    for (const s of sentencesOf(text)) said.add(s);
    if (fresh) out.push(fresh);
  }
  return out.join(separator);
}
