import { monthNumbers } from '../lexicon/normalize';
import type { QuestionPart } from './analyzeQuestion';
import { hasCue, isCue, startsWith, type Cues } from './cues';
import { doneWords, genericDecisionVerbs } from './vocabularyOfQuestions';

/** Words by which the step of a month is said done ("KF har tagit budgeten i juni", "den klubbas i juni"). */
const doneCues: Cues = [...genericDecisionVerbs, ...doneWords, 'tagit', 'tog', 'togs', 'klubba*'];

/**
 * "Vad gör KF med budgeten i november?": what is done in the month the question names, when it does not say that month's
 * step done ("KF har precis tagit mål och budget i juni, vad gör nämnden nu?" asks what follows it).
 */
export function asksOfMonth(part: QuestionPart): boolean {
  if (part.kind !== 'month' || part.month === undefined || part.season) return false;
  const at = part.words.findIndex((w) => monthNumbers[w] === part.month);
  return at >= 0 && !hasCue(part.words.slice(Math.max(0, at - 5), at), doneCues);
}

/** Nouns of a point in time that a yes/no question may ask for ("Finns det någon angiven månad då …?", "Is there a deadline …?"). */
const timeNouns: Cues = ['manad', 'month', 'tidpunkt*', 'deadline'];

/** "Finns det någon (angiven) månad då …?", "is there a deadline by which …": whether there is a time asks when it is; the noun's index, or -1. */
export const whetherTimeAt = (qc: string[]): number => (startsWith(qc, ['finns det', 'is there', 'are there']) ? qc.slice(0, 6).findIndex((w, i) => i >= 2 && isCue(w, timeNouns)) : -1);
