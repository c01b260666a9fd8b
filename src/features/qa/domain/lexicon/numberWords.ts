/** Swedish number words (folded) that count things ("tre perspektiv", "fem mål"), with their values. */
export const numberValue: Readonly<Record<string, number>> = { tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tjugo: 20, hundra: 100, tusen: 1000 };

/** Swedish ordinals (folded) that number things in order ("det tredje steget"), with their places. */
export const ordinalValue: Readonly<Record<string, number>> = { forsta: 1, andra: 2, tredje: 3, fjarde: 4, femte: 5, sjatte: 6, sjunde: 7, attonde: 8, nionde: 9, tionde: 10 };

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

/** Whether a text states a figure in one of the units asked. */
export const statesUnit = (text: string, units: readonly ('percent' | 'money')[]): boolean =>
  units.some((u) => (u === 'percent' ? percentage : moneyAmount).test(text));

/** A text without the numbers of its list items ("- 1. Kommunala föreskrifter"), which count nothing. */
export const unnumbered = (text: string): string => text.replace(/(^|\n)\s*(?:[-•]\s*)?\d+[.)]\s/g, '$1').replace(/§\s*\d+/g, '§');
