import { cutAtWord } from '../../../../shared/text';
import type { PassageIndex, Sentence } from '../retrieval/PassageIndex';
import { monthNumbers, words } from '../lexicon/normalize';
import { numberValue } from '../lexicon/numberWords';

/** How many opening words two sentences compare to tell whether they go in parallel. */
const OPENING = 4;

/**
 * "I maj sker en politikerdag där … I november sker en politikerdag där …": two sentences that open alike but for a month or
 * a number say the same of two things; the second goes with the first.
 */
function opensAlike(a: Sentence, b: Sentence): boolean {
  const [x, y] = [words(a.text).slice(0, OPENING), words(b.text).slice(0, OPENING)];
  const value = (w: string) => monthNumbers[w] !== undefined || w in numberValue || /^\d+$/.test(w);
  const differ = x.flatMap((w, i) => (w === y[i] ? [] : [i]));
  return x.length === OPENING && y.length === OPENING && differ.length === 1 && value(x[differ[0]]) && value(y[differ[0]]);
}

/** Longest passage excerpt in an answer. */
export const maxExcerpt = 600;

/**
 * The text to answer with, from the sentence that answers best: a list item comes with its
 * introduction and the other items, a list introduction with its items, a short sentence with the next.
 */
export function excerpt(best: Sentence, passages: PassageIndex): string {
  const all = passages.sentences(best.passage);
  // What the heading states before it asks ("4.3 I budgetberedningen anges att 30 miljoner kr ges … Vilka insatser
  // kommer att genomföras?") frames the reply under it: it comes first.
  let start = all[best.index - 1]?.paragraph === -1 && best.paragraph !== -1 ? all.findIndex((s) => s.paragraph === -1) : best.index;
  if (best.cues.listItem) {
    const intro = all.slice(0, best.index).reverse().find((s) => !s.cues.listItem);
    if (intro?.cues.listIntro) start = intro.index;
  }
  // A sentence that points back ("Därför är dialog … viktigt", "Av den anledningen har Alingsås …") comes with what it
  // points at: the one before, and the rest of its paragraph's argument before that.
  if (best.cues.refersBack) {
    const argument = (s: Sentence | undefined) => s && !s.cues.listItem && !s.cues.listIntro;
    const fits = (s: Sentence) => all.slice(s.index, best.index + 1).reduce((n, x) => n + x.text.length + 1, 0) < maxExcerpt;
    if (argument(all[start - 1]) && fits(all[start - 1])) start -= 1;
    while (start > best.index - 3 && all[start - 1]?.paragraph === best.paragraph && argument(all[start - 1]) && fits(all[start - 1])) start -= 1;
  }
  let text = all[start].text;
  // A list introduction that points back ("Den innehåller:") comes after what it points at, and still brings its list.
  const listFrom = all[start].cues.listIntro ? start : best.cues.listIntro ? best.index : -1;
  const listing = listFrom >= 0;
  for (let i = start + 1; i < all.length; i++) {
    const next = all[i];
    // Up to the best sentence; then a short text goes on, and a sentence saying why the best holds comes with it, and one
    // that says the same of another month or number as the one before it (opensAlike).
    // (So does the sentence naming examples of what the best speaks of: "… flera verktyg … Exempel på sådana är …".)
    const why = (i === best.index + 1 && (best.cues.explainedNext || best.cues.exampledNext)) || next.cues.refersBack;
    // A list's item may go on in sentences of its own: the list gives each item's first.
    if (listing && i > listFrom && !next.cues.listItem && all.slice(i + 1).find((s) => s.cues.listItem || s.cues.listIntro)?.cues.listItem) continue;
    const continues = i <= best.index || why || opensAlike(all[i - 1], next) || (listing ? next.cues.listItem : text.length < 160 && !next.cues.listIntro && !next.cues.listItem);
    if (!continues) break;
    if (text.length + next.text.length + 1 > maxExcerpt) {
      // A list too long to give whole says so.
      if (listing) text += '\n- …';
      break;
    }
    // ("Kompensation enligt modellen: I steg fyra …": a subheading names what follows.)
    text += (next.cues.listItem ? '\n' : all[i - 1].subheading ? ': ' : ' ') + next.text;
  }
  // A step of the year under a heading that says when ("Juni–september – Risk- och väsentlighetsanalys …"): the heading comes with it.
  if (best.cues.headingMonths.length && !all.slice(start).some((s) => s.cues.months.length && text.includes(s.text))) text = `${best.passage.section}: ${text}`;
  return cutAtWord(text, maxExcerpt);
}
