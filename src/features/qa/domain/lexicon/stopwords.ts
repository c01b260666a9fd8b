import iso from 'stopwords-iso';
import { fold } from '../../../../shared/text';

/**
 * Swedish function words (closed classes: prepositions, a determiner, conjunctions) that stopwords-iso's list lacks:
 * "uppbyggd kring", "gällande budgeten", "all verksamhet", "både när och vad" name no topic (nor does English "all",
 * which the pack's Swedish "all" kept); nor do the spoken forms of "sådan" ("hur många sånna möten").
 */
const functionWordsMissing = ['kring', 'runt', 'omkring', 'angående', 'gällande', 'beträffande', 'avseende', 'hos', 'trots', 'jämte', 'längs', 'all', 'både', 'antingen', 'såväl', 'medan', 'sån', 'såna', 'sånna', 'sånt', 'ifrån', 'därifrån', 'utom', 'ovanför', 'nedanför', 'förbi', 'bredvid', 'intill', 'gentemot', 'liksom', 'såsom', 'ifall'];

/**
 * Stop words from stopwords-iso (a maintained collection, MIT), folded like every other word here.
 * Words such as "beslut", "nästa" or "senast" are on the Swedish list: they say what kind of answer is
 * wanted, which the question's kind is read from before stop words are dropped.
 */
export const swedishStopwords = new Set([...iso.sv, ...functionWordsMissing].map(fold));
/**
 * The other forms of "år", which folding makes a stop word ("är"), name no topic of a question either ("nästa års budget",
 * "årets internkontrollplan"): years are read by the count and period readers. (Not stop words of the pack's texts, whose
 * compounds they open: "årsbokslut".)
 */
export const yearForms = new Set(['års', 'året', 'årets', 'åren', 'årens'].map(fold));

/** The Swedish stop words as written (lower-case, å/ä/ö kept). */
const writtenStopwords = new Set([...iso.sv.map((w) => w.toLocaleLowerCase('sv')), ...functionWordsMissing]);

/**
 * Whether a word written with å, ä or ö, of four letters or more, is a content word though folding makes it a stop word:
 * "ändras" is no "andras", "ingå" no "inga"; the stop word list is read as written, before folding. ("år" stays a stop
 * word: years are read by the count and period readers.)
 */
export const contentAsWritten = (written: string): boolean => written.length >= 4 && written !== fold(written) && !writtenStopwords.has(written);

/** Whether a word written with å, ä or ö is a stop word as written, though folded it reads as a content word ("är" is no "år"). */
export const stopWordAsWritten = (written: string): boolean => written !== fold(written) && writtenStopwords.has(written);

/**
 * Of the words a text writes (`writtenWords`), the folded forms that are content though folded they are stop words
 * ("ändras"), unless the text also writes the stop word itself ("Ändras det som är …" keeps "är" a stop word).
 */
export function contentDespiteFolding(written: Iterable<string>): Set<string> {
  const ws = [...written];
  const stops = new Set(ws.filter((w) => writtenStopwords.has(w)).map(fold));
  return new Set(ws.filter((w) => contentAsWritten(w) && swedishStopwords.has(fold(w)) && !stops.has(fold(w))).map(fold));
}

/** Of the folded words of a text (as `words` splits it), which are content words (not stop words as written). */
export function contentMask(text: string, folded: string[], written: () => string[]): boolean[] {
  let mask = masks.get(text);
  if (!mask) {
    const asWritten = folded.some((w) => swedishStopwords.has(w)) ? written() : [];
    const aligned = asWritten.length === folded.length;
    mask = folded.map((w, i) => !swedishStopwords.has(w) || termsDespiteStoplist.has(w) || (aligned && contentAsWritten(asWritten[i])));
    if (masks.size > 20_000) masks.clear();
    masks.set(text, mask);
  }
  return mask;
}
const masks = new Map<string, boolean[]>();

/**
 * Listed stop words that are terms all the same. Ordinals and superlatives pick one item of a list ("den första
 * uppföljningen", "högst riskvärde", "sista steget"); "andra" is also "ändra" folded, a verb of content; "gälla" says from when
 * or for whom something holds ("När börjar målen gälla?"), as "gäller" in "när det gäller" does not.
 */
export const termsDespiteStoplist = new Set(['galla', 'forsta', 'andra', 'tredje', 'fjarde', 'femte', 'sista', 'hogst', 'hogsta', 'lagst', 'lagsta', 'storst', 'storsta', 'minst', 'flest', 'first', 'last', 'highest', 'largest', 'biggest', 'lowest']);

/** English stop words that are not Swedish words too ("information", "system" stay Swedish content). */
export const englishOnlyStopwords = new Set(iso.en.map(fold).filter((w) => !swedishStopwords.has(w)));

/** Swedish stop words that are not English ones, for telling the two languages apart. */
const swedishOnlyStopwords = new Set([...swedishStopwords].filter((w) => !iso.en.map(fold).includes(w)));

/** English stop words that Swedish writes too ("KF-mål vs KS-mål", "osv, etc"): they tell no language. */
const sharedAbbreviations = new Set(['vs', 'etc', 'ok']);

/**
 * Whether folded words read as English rather than Swedish: more words that only English uses as
 * stop words than words only Swedish uses (a question is short; its stop words say its language).
 */
export function readsAsEnglish(words: string[]): boolean {
  const english = words.filter((w) => englishOnlyStopwords.has(w) && !sharedAbbreviations.has(w)).length;
  const swedish = words.filter((w) => swedishOnlyStopwords.has(w)).length;
  return english > swedish;
}
