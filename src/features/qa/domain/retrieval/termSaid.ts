import { swedishStopwords } from '../lexicon/stopwords';

/** Which term a sentence says what it is, or what it is for: read from its words (folded), for the sentence cues. */

/**
 * The term a sentence opens by saying what it is: one or two words before a definer, after an article ("Ett mål är kort och
 * gott ett framtida tillstånd …", "Mål beskriver vad kommunen ska uppnå"), or between "med" and "avses". A pronoun or other
 * stop word ("Det är …", "Detta innebär …") defines nothing.
 */
export function definedTerm(ws: string[], definerAt: number): string | undefined {
  const avses = ws[0] === 'med' ? ws.indexOf('avses') : -1;
  const [from, to] = avses >= 2 && avses <= 3 ? [1, avses] : [ws[0] === 'en' || ws[0] === 'ett' ? 1 : 0, definerAt];
  const term = to >= 1 && to <= 3 ? ws.slice(from, to) : [];
  // (A name may hold a year, "Agenda 2030 syftar till …", but open with none: "2025 är …".)
  return term.length && !term.some((w) => swedishStopwords.has(w)) && !/\d/.test(term[0]) ? term.join(' ') : undefined;
}

/** What may stand between "syftet med" and the thing ("Syftet med en styrmodell", "… med vår styrmodell", "… med kommunens …"). */
const purposeArticles = new Set(['en', 'ett', 'den', 'det', 'var', 'vart', 'vara', 'denna', 'detta']);

/**
 * The thing a sentence gives the purpose of: the words between "syftet med" and the verb "är" (at most three; an article and
 * whose it is left out): "Syftet med en styrmodell är att säkerställa …" → "styrmodell", "Syftet med kommunens
 * internkontroll är …" → "internkontroll".
 */
export function purposeNamed(ws: string[]): string | undefined {
  const at = ws.findIndex((w, i) => /syftet$/.test(w) && ws[i + 1] === 'med');
  const verb = at < 0 ? -1 : ws.indexOf('ar', at + 2);
  if (verb < 0 || verb - at - 2 > 3) return undefined;
  const between = ws.slice(at + 2, verb);
  const term = between.filter((w, i) => !purposeArticles.has(w) && (i === between.length - 1 || !(w.length > 3 && w.endsWith('s'))));
  return term.length && !term.some((w) => swedishStopwords.has(w)) ? term.join(' ') : undefined;
}
