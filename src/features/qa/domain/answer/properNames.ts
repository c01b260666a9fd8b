import { words } from '../lexicon/normalize';
import { stem } from '../lexicon/stem';

/**
 * Whether a text names something by its proper name, for a name asked for ("vad heter det", "vilket system"): a
 * capitalised word within a sentence ("I Stratsys arbetar vi …", "regleras av Gemensamt ägardirektiv …"), not an
 * abbreviation ("KS"), not a heading after its number ("4.7.1 Uppsiktsplikt") and not the kommun's own name
 * (`ownName`: its words, folded, and their stems).
 */
export function namesSomething(text: string, ownName: ReadonlySet<string>): boolean {
  // (A list item's dash is no word before it: "- Förvaltningens planering" opens its sentence; nor is the item before it
  // in a list parted by semicolons: "Uppföljningsprocess; Fördjupad månadsuppföljning; Delårsbokslut".)
  return text.split(/(?<=[.!?:;])\s+|\n/).map((s) => s.replace(/^[-•]\s*/, '')).some((sentence) =>
    sentence.split(/\s+/).some((w, i, ws) => i > 0 && !/^\d+(\.\d+)*$/.test(ws[i - 1]) && /^\p{Lu}\p{Ll}{2,}/u.test(w) && !words(w).some((x) => ownName.has(x) || ownName.has(stem(x)))),
  );
}
