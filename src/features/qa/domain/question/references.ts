import { swedishStopwords } from '../lexicon/stopwords';
import { words } from '../lexicon/normalize';
import { namesGenericBody } from '../retrieval/bodyWords';
import type { QuestionPart } from './analyzeQuestion';
import type { TopicWord } from './TopicWord';
import * as q from './vocabularyOfQuestions';

/** What a question's words refer to beyond themselves: a later part pointing back at the first, a word of a body's name. */

/**
 * A later part is about the first part's topic when it has hardly one of its own or points back ("… och när beslutas den?",
 * "Varför … att de ska vara få?": "de" before a form word is "they", not the article of "de politiska inriktningarna").
 */
export const pointsBack = (part: QuestionPart): boolean =>
  part.topic.length < 2 || part.words.some((w, i) => q.pointerWords.has(w) || (doneWork.has(w) && !inPhrase.has(part.words[i - 1] ?? '')) || ((w === 'de' || w === 'dom') && (i === part.words.length - 1 || swedishStopwords.has(part.words[i + 1]))));

/**
 * The work or the process, definite, as a later part names what the first part asks of ("… när den tar fram sin plan för
 * intern kontroll? Vad ska arbetet grunda sig på?").
 */
const doneWork = new Set(['arbetet', 'processen']);
/** Prepositions before which the work is where someone takes part, not what is asked of ("Vilka är med i arbetet?"). */
const inPhrase = new Set(['i', 'med', 'av', 'for', 'om', 'pa', 'till', 'under', 'inom']);

/**
 * "Kultur- och fritidsnämnden har beslutat …": the first word of a body's name written with a suspended hyphen is of the
 * body its last word names, not a topic of its own ("kultur" is no culture asked about); it leaves every part's topic.
 */
export function dropBodyConjuncts(parts: QuestionPart[], text: string): void {
  const ofBody = bodyConjuncts(text);
  if (ofBody.size) for (const part of parts) part.topic = part.topic.filter((t) => !ofBody.has(t.word));
}

/** The first words of bodies' names written with a suspended hyphen ("kultur" of "Kultur- och fritidsnämnden"), folded. */
function bodyConjuncts(text: string): Set<string> {
  const pairs = [...text.matchAll(/(?<![\p{L}-])(\p{L}{2,})-\s+(?:och|eller)\s+(\p{L}+)/gu)];
  return new Set(pairs.filter(([, , last]) => namesGenericBody(words(last)[0] ?? '')).map(([, first]) => words(first)[0]).filter((w) => w !== undefined));
}

/** How much the noun pointing at a compound still weighs of what it did ("det perspektivet" after "medarbetarperspektivet"). */
const HEAD_SHARE = 0.5;

/** Swedish words that point at a thing named before when a noun follows ("det perspektivet", "den planen", "dessa mål"). */
const demonstratives = new Set(['den', 'det', 'de', 'denna', 'detta', 'dessa']);

/**
 * "Vi ska formulera något kring medarbetarperspektivet i vår plan. Vad handlar det perspektivet om?": a noun after a pointer
 * that is the last part of a compound the question names is that compound, not another topic ("perspektivet" is no
 * perspective of its own, so the economic one does not answer): the compound weighs at least what the noun did and is the
 * term asked where the noun was; the noun weighs half.
 */
export function pointedCompounds(parts: QuestionPart[]): void {
  const named = parts.flatMap((p) => p.topic);
  for (const part of parts) {
    for (const [i, w] of part.words.entries()) {
      // (Not "det" of "är det": "Vilka kompensationer är det modellen landar i?"; nor a compound the pack does not know, which
      // says less than the noun: "ekonomiuppföljningen … den uppföljningen".)
      const pointer = i > 1 && demonstratives.has(part.words[i - 1]) && !['ar', 'var'].includes(part.words[i - 2]);
      const t = pointer ? part.topic.find((x) => x.word === w) : undefined;
      const compound = t && named.find((c) => c.known && c.stem.length > t.stem.length + 2 && c.stem.endsWith(t.stem));
      if (!t || !compound) continue;
      // (The noun stays, lighter: the pack may write the thing in other words, "Plan för den interna kontrollen".)
      const own = part.topic.find((x) => x.stem === compound.stem);
      const taking: TopicWord = { ...(own ?? compound), weight: Math.max((own ?? compound).weight, t.weight) };
      const lighter: TopicWord = { ...t, weight: t.weight * HEAD_SHARE };
      part.topic = part.topic.flatMap((x) => (x === t ? (own ? [lighter] : [taking, lighter]) : x === own ? [taking] : [x]));
      if (part.term === t) part.term = taking;
    }
  }
}
