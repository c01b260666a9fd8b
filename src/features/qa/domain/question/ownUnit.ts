import { alternativeWeight, type Alternative, type Lexicon } from '../lexicon/Lexicon';
import { stem } from '../lexicon/stem';
import { isCue } from './cues';

/** Words by which the asker names something of their own ("min skola", "mitt boende"). */
const ownWords = ['min', 'mitt', 'mina'];
/** "vår", "vårt", "våra" fold into "var", "vart", "vara": they count only as written. */
const ownFolded = ['var', 'vart', 'vara'];
const ownWritten = ['vår', 'vårt', 'våra'];
/** Prepositions of place or purpose before an own place ("för min skola", "på vårt boende"). */
const placePrepositions = ['for', 'pa', 'i', 'inom'];

/**
 * "… verksamhetsplanen för min skola", "vårt boende": a place of the asker's own that the pack does not name is a unit of
 * the organisation, which the pack calls "enhet". That word stands for it as a neighbour, as a thesaurus one does: it never
 * makes the word known; after a preposition of place or purpose ("för min skolenhet") it weighs nearly as "enhet" (a plan
 * for it, work at it: surely a unit), elsewhere loosely ("mina investeringsprojekt" is no unit). `ws` are a part's
 * (folded) words, `asWritten` the question's.
 */
export function ownUnits(ws: string[], asWritten: Set<string>, lexicon: Lexicon): Map<string, Alternative> {
  const units = new Map<string, Alternative>();
  if (!lexicon.known('enhet')) return units;
  const own = (w: string) => isCue(w, ownWords) || (ownFolded.includes(w) && ownWritten.some((x) => asWritten.has(x)));
  for (const [i, w] of ws.entries()) {
    // (A compound of "enhet" the pack does not write is one of its units too: "en enskild skolenhet", "LSS-enheten".)
    const unitCompound = /^\p{L}{3,}enhet(en|er|erna)?$/u.test(w);
    if ((!unitCompound && (i === 0 || !own(ws[i - 1]))) || w.length <= 3 || lexicon.known(w)) continue;
    const weight = unitCompound || isCue(ws[i - 2] ?? '', placePrepositions) ? alternativeWeight.derived : alternativeWeight.head;
    units.set(w, { stem: stem('enhet'), parts: [], weight, via: 'thesaurus' });
  }
  return units;
}
