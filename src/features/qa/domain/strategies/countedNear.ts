import { words, writtenWords } from '../lexicon/normalize';
import { afterNumber, statesCount, unnumbered } from '../lexicon/numberWords';
import { stem } from '../lexicon/stem';
import { stopWordAsWritten } from '../lexicon/stopwords';

/** "femårsperiod", "treårig": a number word that starts a compound whose rest is the counted word. */
const compoundCount = (w: string, counted: Set<string>) => {
  const rest = afterNumber(w);
  return Boolean(rest && [...counted].some((c) => rest.startsWith(c)));
};

const ratePrepositions = ['per', 'om', 'varje'];
/** The words between the numbers of a range ("tre till fem", "fem och tio"). */
const rangeWords = ['och', 'till', 'eller', 'to', 'and', 'or'];
/** The words a question asks per ("per år" in "hur många är de per år"). */
export const ratesOf = (ws: string[]) => new Set(ws.flatMap((w, i) => (i > 0 && ratePrepositions.includes(ws[i - 1]) ? [stem(w)] : [])));

/** "gånger", "times": what a number so followed counts is how often. */
const countsTimes = (w = ''): boolean => /^(gang|times)/.test(w);

/**
 * Whether a number and the counted word stand within four words of each other, or form one compound; or the
 * number and "antal" do in a text that names the counted word ("Målen ska vara tre till fem i antal"). A number that
 * counts something else by its own words does not count.
 */
export function countedNear(text: string, counted: Set<string>, rates: Set<string>): boolean {
  const { ws, stems, numbers, stops } = numbered(text);
  const names = stems.some((s) => counted.has(s));
  // "två gånger per år" counts times, not years: a counted word after "per", "om" or "varje" is a rate,
  // unless the question asks per the same ("hur många är de per år").
  const rate = (i: number) => ratePrepositions.includes(ws[i - 1]) && !rates.has(stems[i]);
  // ("tre mål som är parallellt gällande" counts no years: "är" folds to "år".)
  // ("ett 10–15 årigt perspektiv": the counted word made an adjective right after the number.)
  const adjective = (w: string) => counted.has(/^(.+?)(?:ig|igt|iga)$/.exec(w)?.[1] ?? '');
  // ("Varje mål bör ha mellan fem och tio nyckeltal" counts nyckeltal, not mål: a number whose own words, after a range's
  // "och" or "till", name something else, counts that; times, "två gånger per år", count what happens.)
  const countsOther = (n: number) => {
    let j = n + 1;
    while (j < ws.length && (numbers.includes(j) || rangeWords.includes(ws[j]))) j++;
    const phrase: number[] = [];
    for (let k = j; k < Math.min(ws.length, j + 3) && !stops[k]; k++) phrase.push(k);
    return phrase.length > 0 && !phrase.some((k) => counted.has(stems[k]) || stems[k] === 'antal' || countsTimes(ws[k]) || compoundCount(ws[k], counted) || adjective(ws[k]));
  };
  const counting = numbers.filter((n) => !countsOther(n));
  // ("hur många politikerdagar per år": "Två gånger per år kallar … till en politikerdag" — times per the rate asked, of a
  // text that names what is counted.)
  if (names && numbers.some((n) => countsTimes(ws[n + 1]) && ratePrepositions.includes(ws[n + 2]) && rates.has(stems[n + 3]))) return true;
  return ws.some((w, i) => (((w === 'antal' && names) || (counted.has(stems[i]) && !rate(i) && !stops[i])) && counting.some((n) => Math.abs(n - i) <= 4)) || compoundCount(w, counted) || (numbers.includes(i - 1) && adjective(w)));
}

/**
 * A text's words with numbers written as digits, their stems, where the numbers stand, and which words are stop words as
 * written (cached: a pack's texts recur in every question's candidates).
 */
type Numbered = { ws: string[]; stems: string[]; numbers: number[]; stops: boolean[] };
const numberedTexts = new Map<string, Numbered>();
function numbered(text: string): Numbered {
  let found = numberedTexts.get(text);
  if (!found) {
    const digits = unnumbered(text);
    const ws = words(digits);
    const written = writtenWords(digits);
    const stops = written.length === ws.length ? written.map(stopWordAsWritten) : ws.map(() => false);
    found = { ws, stems: ws.map(stem), numbers: ws.flatMap((w, i) => (/^\d+$/.test(w) && !/^(19|20)\d\d$/.test(w)) || statesCount(w) ? [i] : []), stops };
    if (numberedTexts.size > 20_000) numberedTexts.clear();
    numberedTexts.set(text, found);
  }
  return found;
}
