import { words } from '../lexicon/normalize';
import { cueAt, cueLengthAtStart, type Cues } from '../question/cues';
import { genericDecisionVerbs } from '../question/vocabularyOfQuestions';
import type { QuestionPart } from '../question/analyzeQuestion';

/** Words between a decision verb and what it decides ("beslutar om en …"); a pronoun ("anta den") points elsewhere. */
const between = new Set(['om', 'over', 'en', 'ett', 'the', 'a', 'an', 'on', 'about']);
/** "Vem är systemägare …?", "who is the …": who holds a role is asked, the role named next. */
const whoIsCues: Cues = ['vem ar', 'who is'];
/** What follows a role asked of ("systemägare för Stratsys", "kommundirektör i Alingsås"): not "ytterst ansvarig". */
const ofRole = new Set(['for', 'i', 'pa', 'hos', 'of', 'in', 'at']);

/**
 * "Vem antar detaljplanerna – KF eller byggnadsnämnden?": what the decision verb is said of is a thing the pack never
 * names (no word of its documents or its alternatives), and the answer does not name it either, so the answer says who
 * decides other things ("Kommunfullmäktige fattar beslut i principiella frågor …"), not who decides it.
 */
export const decidesUnknownThing = (text: string, part: QuestionPart) => unknownAfter(genericDecisionVerbs, text, part);

/**
 * "Vem är systemägare för Stratsys?": the role asked of is one the pack never names, and the answer does not name it
 * either, so the answer says what the pack says of Stratsys, not who holds the role.
 */
export const holdsUnknownRole = (text: string, part: QuestionPart) => unknownAfter(whoIsCues, text, part, true);

/**
 * Whether the word after one of `cues` names a thing the pack never names, and `text` does not name it (`role`: a role,
 * the part's last word or one before a preposition).
 */
function unknownAfter(cues: Cues, text: string, part: QuestionPart, role = false): boolean {
  const verb = cueAt(part.words, cues);
  if (verb < 0) return false;
  let at = verb + cueLengthAtStart(part.words.slice(verb), cues);
  while (at < part.words.length && between.has(part.words[at])) at++;
  const thing = part.topic.find((t) => !t.remark && t.word.split('_')[0] === part.words[at]);
  if (role && at + 1 < part.words.length && !ofRole.has(part.words[at + 1])) return false;
  if (!thing || thing.known || thing.alternatives.length || thing.stem.length < 4) return false;
  return !words(text).some((w) => w.startsWith(thing.stem));
}
