import { words } from '../lexicon/normalize';
import { cueAt } from '../question/cues';
import { genericDecisionVerbs } from '../question/vocabularyOfQuestions';
import type { QuestionPart } from '../question/analyzeQuestion';

/** Words between a decision verb and what it decides ("beslutar om en …"); a pronoun ("anta den") points elsewhere. */
const between = new Set(['om', 'over', 'en', 'ett', 'the', 'a', 'an', 'on', 'about']);

/**
 * "Vem antar detaljplanerna – KF eller byggnadsnämnden?": what the decision verb is said of is a thing the pack never
 * names (no word of its documents or its alternatives), and the answer does not name it either, so the answer says who
 * decides other things ("Kommunfullmäktige fattar beslut i principiella frågor …"), not who decides it.
 */
export function decidesUnknownThing(text: string, part: QuestionPart): boolean {
  const verb = cueAt(part.words, genericDecisionVerbs);
  if (verb < 0) return false;
  let at = verb + 1;
  while (at < part.words.length && between.has(part.words[at])) at++;
  const thing = part.topic.find((t) => !t.remark && t.word.split('_')[0] === part.words[at]);
  if (!thing || thing.known || thing.alternatives.length || thing.stem.length < 4) return false;
  return !words(text).some((w) => w.startsWith(thing.stem));
}
