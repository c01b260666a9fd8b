import { swedishStopwords } from '../lexicon/stopwords';
import { words } from '../lexicon/normalize';
import { namesGenericBody } from '../retrieval/sentenceCues';
import type { QuestionPart } from './analyzeQuestion';
import * as q from './vocabularyOfQuestions';

/** What a question's words refer to beyond themselves: a later part pointing back at the first, a word of a body's name. */

/**
 * A later part is about the first part's topic when it has hardly one of its own or points back ("… och när beslutas den?",
 * "Varför … att de ska vara få?": "de" before a form word is "they", not the article of "de politiska inriktningarna").
 */
export const pointsBack = (part: QuestionPart): boolean =>
  part.topic.length < 2 || part.words.some((w, i) => q.pointerWords.has(w) || ((w === 'de' || w === 'dom') && (i === part.words.length - 1 || swedishStopwords.has(part.words[i + 1]))));

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
