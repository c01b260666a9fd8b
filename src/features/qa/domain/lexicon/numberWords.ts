import { monthNumbers, words } from './normalize';

/** Swedish number words (folded) that count things ("tre perspektiv", "fem mål"), with their values. */
export const numberValue: Readonly<Record<string, number>> = { tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tjugo: 20, hundra: 100, tusen: 1000 };

/** Swedish ordinals (folded) that number things in order ("det tredje steget"), with their places. */
export const ordinalValue: Readonly<Record<string, number>> = { forsta: 1, andra: 2, tredje: 3, fjarde: 4, femte: 5, sjatte: 6, sjunde: 7, attonde: 8, nionde: 9, tionde: 10 };

/** English number words and ordinals up to ten, with their values ("step four", "the fourth step"). */
export const englishNumberValue: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
export const englishOrdinalValue: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** The place "sista"/"last" names. */
const LAST = Number.MAX_SAFE_INTEGER;

/**
 * The things a text names by their place ("steg fyra", "det fjärde steget", "step four", "the fourth step"): each as the
 * stem of its noun and its place. A number stands after its noun, an ordinal before it.
 */
export function numberedThings(ws: string[], stemOf: (w: string) => string): { noun: string; place: number }[] {
  // (Not a figure: "per 30 april" is a date, "3 mål" a count.)
  const cardinal = (w: string) => numberValue[w] ?? englishNumberValue[w];
  // ("andra" is as often "other" as "second": "andra partier".)
  // ("sista", "last" name the last place, of a thing not a month: "den sista augusti" is a date.)
  const ordinal = (w: string, next = '') => (w === 'andra' ? undefined : (w === 'sista' || w === 'last') && !(next in monthNumbers) ? LAST : ordinalValue[w] ?? englishOrdinalValue[w]);
  return ws.flatMap((w, i) => {
    const n = cardinal(w);
    if (n !== undefined && i > 0 && ordinal(ws[i - 1]) === undefined && cardinal(ws[i - 1]) === undefined) return [{ noun: stemOf(ws[i - 1]), place: n }];
    const o = ordinal(w, ws[i + 1]);
    return o !== undefined && ws[i + 1] ? [{ noun: stemOf(ws[i + 1]), place: o }] : [];
  });
}

/** A word that states a count: a number word, or a bound ("max fem", "högst tre", "minst två"). */
export const statesCount = (w: string): boolean => w in numberValue || w === 'max' || w === 'hogst' || w === 'minst';

/** The rest of a compound that starts with a number word ("femårsperiod" → "årsperiod"), or undefined. */
export function afterNumber(w: string): string | undefined {
  const n = Object.keys(numberValue).find((k) => w.startsWith(k) && w.length >= k.length + 2);
  return n ? w.slice(n.length) : undefined;
}

/** An amount of money written out ("30 miljoner kr", "12 mkr"). */
export const moneyAmount = /\b\d+(?:[ ,.]\d+)*\s*(?:kr|kronor|tkr|mkr|mnkr|miljon\w*|miljard\w*)\b/i;
/** A share written out ("2 %", "1,5 procent", "two percent"). */
const percentage = /(?:\d|\b(?:en|ett|tva|två|tre|fyra|fem|sex|sju|åtta|nio|tio|one|two|three|four|five|ten))\s*(?:%|procent\w*|percent\w*)/i;

/** A unit a figure is asked in: a share, an amount of money, or any figure ("i siffror"). */
export type FigureUnit = 'percent' | 'money' | 'figure';

/** Any figure: a number in digits or words, not a year or a section's or list item's number. */
const anyFigure = (text: string): boolean =>
  words(uncounted(text)).some((w) => (/^\d+$/.test(w) && !/^(19|20)\d\d$/.test(w)) || w in numberValue || (w in englishNumberValue && w !== 'one'));

/** Whether a text states a figure in one of the units asked. */
export const statesUnit = (text: string, units: readonly FigureUnit[]): boolean =>
  units.some((u) => (u === 'figure' ? anyFigure(text) : (u === 'percent' ? percentage : moneyAmount).test(text)));

/** A text without the numbers of its list items ("- 1. Kommunala föreskrifter"), which count nothing. */
export const unnumbered = (text: string): string => text.replace(/(^|\n)\s*(?:[-•]\s*)?\d+[.)]\s/g, '$1').replace(/§\s*\d+/g, '§');

/** A text without the numbers that count nothing: its list items' and its sections' ("4.1 Beskrivning av …"). */
export const uncounted = (text: string): string => unnumbered(text).replace(/\b\d+(\.\d+)+\s/g, ' ');
