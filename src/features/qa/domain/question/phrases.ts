import type { Lexicon } from '../lexicon/Lexicon';
import { stem } from '../lexicon/stem';

/** How a question's words are joined into the pack's terms: compounds written apart, and the lexicon's phrases. */

/**
 * Rejoins a compound written apart when the pack knows it whole ("balans kravet" → "balanskravet"), unless
 * the pack uses both words on their own too ("kommunövergripande mål" stays two words), or the stem of the two joined
 * does not reach into the second ("ser heter" → "serheter", whose stem "ser" loses "heter" as an ending).
 */
export function joinSplitCompounds(ws: string[], lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const next = ws[i + 1];
    const apart = next && lexicon.familiarity(ws[i]) === 1 && lexicon.familiarity(next) === 1;
    const joined = next && !apart && ws[i].length >= 3 && next.length >= 3 ? [`${ws[i]}${next}`, `${ws[i]}s${next}`].find((j) => stem(j).length > ws[i].length && lexicon.analyzer.isKnown(j)) : undefined;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(ws[i]);
  }
  return out;
}

/**
 * Whether a lexicon phrase stands as one word: when it stands for a one-word pack term ("internkontrollplan"), or, in an
 * English question, for a one-word governance term at all ("budget day" → budgetdag): a pack without that term does not
 * know it, and its words apart would ask of something else ("budget"). (A phrase that stands for several Swedish words,
 * "sustainable development" → "hållbar utveckling", matches no one pack term: its words stay words.)
 */
const joins = (phrase: string, english: boolean, lexicon: Lexicon) =>
  lexicon.alternatives(phrase, english).length > 0 || (english && lexicon.translations(phrase).some((sv) => !sv.includes(' ')));

/**
 * Multi-word keys of the lexicon ("internal control plan", "mål och budget") as one word each (see `joins`); otherwise
 * their words stay words.
 */
export function joinPhrases(ws: string[], english: boolean, lexicon: Lexicon): string[] {
  let text = ` ${ws.join(' ')} `;
  for (const phrase of lexicon.phrases.among(ws)) {
    if (text.includes(` ${phrase} `) && joins(phrase, english, lexicon)) text = text.split(` ${phrase} `).join(` ${phrase.replace(/ /g, '_')} `);
  }
  return text.trim().split(' ').filter(Boolean);
}

/** Positions of the words that make up a lexicon phrase standing for a pack term (see joinPhrases). */
export function phraseSpans(ws: string[], english: boolean, lexicon: Lexicon): Set<number> {
  const at = new Set<number>();
  const text = ` ${ws.join(' ')} `;
  for (const phrase of lexicon.phrases.among(ws)) {
    if (!text.includes(` ${phrase} `) || !joins(phrase, english, lexicon)) continue;
    const pw = phrase.split(' ');
    for (let i = 0; i + pw.length <= ws.length; i++) if (pw.every((w, j) => ws[i + j] === w)) pw.forEach((_, j) => at.add(i + j));
  }
  return at;
}
