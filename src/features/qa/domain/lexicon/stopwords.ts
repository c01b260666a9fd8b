import iso from 'stopwords-iso';
import { fold } from '../../../../shared/text';

/**
 * Swedish function words (closed classes: prepositions, a determiner, conjunctions) that stopwords-iso's list lacks:
 * "uppbyggd kring", "gällande budgeten", "all verksamhet", "både när och vad" name no topic (nor does English "all",
 * which the pack's Swedish "all" kept).
 */
const functionWordsMissing = ['kring', 'runt', 'omkring', 'angaende', 'gallande', 'betraffande', 'avseende', 'hos', 'trots', 'jamte', 'langs', 'all', 'bade', 'antingen', 'saval', 'medan'];

/**
 * Stop words from stopwords-iso (a maintained collection, MIT), folded like every other word here.
 * Words such as "beslut", "nästa" or "senast" are on the Swedish list: they say what kind of answer is
 * wanted, which the question's kind is read from before stop words are dropped.
 */
export const swedishStopwords = new Set([...iso.sv.map(fold), ...functionWordsMissing]);

/**
 * Listed stop words that are terms all the same. Ordinals and superlatives pick one item of a list ("den första
 * uppföljningen", "högst riskvärde", "sista steget"); "andra" is also "ändra" folded, a verb of content.
 */
export const termsDespiteStoplist = new Set(['forsta', 'andra', 'tredje', 'fjarde', 'femte', 'sista', 'hogst', 'hogsta', 'lagst', 'lagsta', 'storst', 'storsta', 'minst', 'flest', 'first', 'last', 'highest', 'largest', 'biggest', 'lowest']);

/** English stop words that are not Swedish words too ("information", "system" stay Swedish content). */
export const englishOnlyStopwords = new Set(iso.en.map(fold).filter((w) => !swedishStopwords.has(w)));

/** Swedish stop words that are not English ones, for telling the two languages apart. */
const swedishOnlyStopwords = new Set([...swedishStopwords].filter((w) => !iso.en.map(fold).includes(w)));

/**
 * Whether folded words read as English rather than Swedish: more words that only English uses as
 * stop words than words only Swedish uses (a question is short; its stop words say its language).
 */
export function readsAsEnglish(words: string[]): boolean {
  const english = words.filter((w) => englishOnlyStopwords.has(w)).length;
  const swedish = words.filter((w) => swedishOnlyStopwords.has(w)).length;
  return english > swedish;
}
