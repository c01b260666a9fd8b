import { fold } from '../../../../shared/text';

export { fold };

/**
 * Splits text into folded words. A hyphen that ends a word in a Swedish list ("budget- och årsplan",
 * "mål- och budget") is dropped; a hyphen inside a word joins its parts ("ik-plan" → "ikplan").
 */
export function words(text: string): string[] {
  return fold(text)
    .replace(/(\p{L})-(?=\s)/gu, '$1')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Swedish and English words that carry no topic (folded). Question words are handled by intents. */
export const stopwords = new Set(
  (
    'och i att det som en pa ar av for med till den har de inte om ett han men var jag sig fran vi sa kan man nar ' +
    'ska skall kommer vara alla eller hur vad vem vilka vilken vilket mycket mig du dig er era ni din ditt dina min mitt ' +
    'mina sin sitt sina deras dess denna detta dessa nagon nagot nagra ocksa bara sedan efter under ut upp in over ' +
    'inom mellan vid hos samt da dar dit hit genom ha hade blir blev bli gor gora gjort gjorde finns fanns far fick ' +
    'ju nog val alltsa typ egentligen annars liksom sadan sadant sadana lite mer mest fler flest hela helt ' +
    'the a an of to in on for and or is are was were be by with what who whom which when where how does do did ' +
    'can could should would will our your their its it this that these those there about from at as into please ' +
    'have has had may might must shall need needs get gets set sets any each every some such other than then ' +
    'also just only very there here been being am not no yes if so up out over under after before during ' +
    'mar tell me us i you gentemot angaende rorande kring betraffande avseende inklusive exklusive utan enligt'
  ).split(' '),
);

/** Month names (folded, Swedish and English) → month number. */
export const monthNumbers: Record<string, number> = {
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, apr: 4, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
};

export const swedishMonths = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
export const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
