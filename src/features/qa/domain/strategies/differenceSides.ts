import { fold } from '../../../../shared/text';
import { hasCue } from '../question/cues';
import { rankWords } from '../question/vocabularyOfQuestions';
import { monthNumbers, swedishMonths, words } from '../lexicon/normalize';
import type { QuestionPart } from '../question/analyzeQuestion';

/** The most words of a difference asked without its sides ("vad är skillnaden?", "what's the difference?"). */
const BARE_WORDS = 5;

/** Where the two sides stand: "mellan X och Y", "skillnaden på X och Y", "X skiljer sig från Y", "hur X och Y skiljer sig åt", "how does X differ from Y", "what distinguishes X from Y", "X vs Y – …". */
const sidePatterns = [/ mellan (.+?) och (.+?) *$/, / skillnad\w* pa (.+?) och (.+?) *$/, / between (.+?) and (.+?) *$/, / skiljer (?:sig )?(.+?) fran (.+?) *$/, / skiljer (?:sig )?(.+?) och (.+?) *$/, / (?:do|does|is|are) (.+?) (?:differ|different) from (.+?) *$/, / distinguish(?:es)? (.+?) from (.+?) *$/, / (\S+) och (\S+) skiljer sig/, / (\S+) (?:vs|versus|kontra) (\S+) /];

/**
 * The two sides a question of difference sets against each other, as written (see `sidePatterns`), two months it names, the
 * alternatives of a bare "vad är skillnaden?", or the pair it points back at ("… mellan dem"); undefined when it names no
 * two (`known`: whether the pack uses a word).
 */
export function sidesAsked(part: QuestionPart, question: string, known: (w: string) => boolean): string[] | undefined {
  // "mellan nämndens budget- och årsplan och förvaltningens verksamhetsplan": an "och" after a hyphen joins one name.
  const joined = [...fold(question).matchAll(/(\p{L}+)-\s+och\s+(\p{L}+)/gu)];
  const text = joined.reduce((t, [, a, b]) => t.replace(` ${a} och ${b} `, ` ${a}_och_${b} `), ` ${part.words.join(' ')} `);
  // "Politikerdagarna i maj och november – vad är skillnaden på dem?": two months named anywhere in the question are the sides.
  const months = [...new Set(words(question).map((w) => monthNumbers[w]).filter((n) => n !== undefined))];
  const m = sidePatterns.map((p) => p.exec(text)).find(Boolean);
  // "… om det ska bli ett program eller en plan. Vad är skillnaden?": a bare "vad är skillnaden" has its sides in the
  // alternatives the sentence before weighs.
  // (Which stands higher, "en policy eller ett program", has its sides in the alternatives however long the question.)
  // ("… mellan de två dokumenttyperna?", "between the two" point back at them too.)
  const ranks = hasCue(part.words, rankWords);
  const pointsBack = / (?:mellan|pa|between) (?:de|dem|dessa|bada|the two|them|these|both)\b/.test(text);
  const bare = !m && (part.words.length <= BARE_WORDS || ranks || pointsBack) ? / (?:en |ett |a |an )?(\S+) (?:eller|or) (?:en |ett |a |an )?(\S+) /.exec(` ${words(question).join(' ')} `) : null;
  // ("Jag blandar ihop kommunfullmäktige och kommunstyrelsen. Vad är skillnaden mellan dem?": pointed back at, the two
  // the pack knows that the question names joined by "och", the last such pair.)
  const joinedPair = !m && !bare && pointsBack ? [...fold(question).matchAll(/(?<![\p{L}-])(?=(\p{L}{4,}) (?:och|and) (\p{L}{4,})(?![\p{L}-]))/gu)].filter(([, x, y]) => known(x) && known(y)).at(-1) : undefined;
  const sides = m ? [m[1], m[2]].map((side) => side.replace(/_och_/g, ' och ')) : months.length === 2 ? months.map((n) => swedishMonths[n - 1]) : bare ? [bare[1], bare[2]] : joinedPair ? [joinedPair[1], joinedPair[2]] : undefined;
  // ("… differ from the previous one": a side that is the other one again is the same thing at another time, which no two definitions tell.)
  return sides && !sides.some((side) => side.split(' ').slice(0, 3).some((w) => w === 'one' || w === 'ones')) ? sides : undefined;
}
