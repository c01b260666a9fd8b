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
    // Pieces between sentence ends and line breaks, each kept with the break before it (a list item stays on its line).
    const pieces = text.split(/((?<=[.!?])[ \t]+|\n+)/);
    let fresh = '';
    for (let i = 0; i < pieces.length; i += 2) {
      if (!pieces[i].trim() || sentencesOf(pieces[i]).every((x) => said.has(x))) continue;
      fresh += (fresh ? (pieces[i - 1]?.includes('\n') ? pieces[i - 1] : ' ') : '') + pieces[i];
    }
    fresh = fresh.trim();
    for (const s of sentencesOf(text)) said.add(s);
    if (fresh) out.push(fresh);
  }
  return out.join(separator);
}
