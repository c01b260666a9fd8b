/** Sentences and list items of a passage's text; a markdown table row becomes one sentence. */
export function splitSentences(text: string): string[] {
  return sentencesInParagraphs(text).map((s) => s.text);
}

/** The same, each with the number of the paragraph (line) it stands in. */
export function sentencesInParagraphs(text: string): { text: string; paragraph: number; subheading?: true }[] {
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  let header: string[] | undefined;
  const out: { text: string; paragraph: number; subheading?: true }[] = [];
  const lines = text.split(/\n+/);
  const itemMarker = /^\s*(?:[-•▪*]|(\d{1,2}[.)]))\s+/;
  for (const [at, line] of lines.entries()) {
    if (/^\s*\|/.test(line)) {
      const row = cells(line);
      if (row.every((c) => /^:?-{2,}:?$/.test(c))) continue;
      if (!header) {
        header = row;
        continue;
      }
      // "| Oktober | Påbörja … | |" → "Oktober: Kommunfullmäktige – Påbörja …"
      const filled = row.slice(1).map((c, i) => (c ? `${header![i + 1] ?? ''} – ${c}` : '')).filter(Boolean);
      if (filled.length) out.push({ text: `${row[0]}: ${filled.join('; ')}`, paragraph: at });
      continue;
    }
    header = undefined;
    // A list item (dashed or numbered, "1. Kommunala föreskrifter – …") keeps a dash, and its number, on its
    // first sentence; long items split into sentences like prose. A line wholly in bold right before a list
    // names the list ("**Politiska styrdokument**"): it introduces it.
    const item = itemMarker.exec(line);
    const bold = /^\s*(\*\*|__)[^*_]+\1\s*$/.test(line);
    if (bold && itemMarker.test(lines[at + 1] ?? '')) {
      out.push({ text: `${line.trim()}:`, paragraph: at });
      continue;
    }
    // A line wholly in bold before prose names what the prose after it says ("**Kompensation enligt modellen**").
    if (bold) {
      out.push({ text: line.trim(), paragraph: at, subheading: true });
      continue;
    }
    const sentences = line.trim().replace(itemMarker, '').split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ"”])/);
    // An item that opens with a question ("• Vad vill vi uppnå? De politiska målen …") is named by it and the answer after it.
    if (item && sentences.length > 1 && sentences[0].endsWith('?')) sentences.splice(0, 2, `${sentences[0]} ${sentences[1]}`);
    out.push(...sentences.map((x, i) => ({ text: item && i === 0 ? `- ${item[1] ? `${item[1]} ` : ''}${x}` : x, paragraph: at })));
  }
  // Markdown emphasis is the document's layout, not its words ("**Politiska styrdokument** 1. …").
  return out.map((s) => ({ ...s, text: s.text.replace(/(\*\*|__)(.+?)\1/g, '$2').trim() })).filter((s) => s.text.length > 1);
}

/**
 * What a heading states before the question it asks, in a survey answered section by section ("1.1 Alingsås kommun
 * antog en ny styrmodell 2024, beskriv övergripande hur …?", "4.3 I budgetberedningen anges att 30 miljoner kr ges …
 * Vilka insatser kommer att genomföras?"): a fact the section's text does not repeat. A heading that is all question
 * states nothing, nor does a phrase that only frames the question after its comma ("Inom ramen för sin uppsiktsplikt,
 * hur följer styrelsen upp …?").
 */
export function headingStatements(heading: string, opensQuestion: (word: string) => boolean): string[] {
  const text = heading.replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '').trim();
  if (!text.endsWith('?')) return [];
  const sentences = text.split(/(?<=[.!])\s+(?=[A-ZÅÄÖ])/);
  const statements = sentences.slice(0, -1);
  const last = sentences[sentences.length - 1];
  const comma = last.indexOf(', ');
  const rest = last.slice(comma + 2);
  if (comma > 0 && !opensQuestion(rest.split(/\s+/)[0] ?? '')) statements.push(last.slice(0, comma));
  return statements.map((s) => s.trim().replace(/[.!]?$/, '.')).filter((s) => s.split(/\s+/).length >= 3);
}
