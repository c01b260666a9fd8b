import { stem } from '../lexicon/stem';
import { bodiesInGenitive, type FactEntry } from '../retrieval/FactIndex';
import type { QuestionPart } from './analyzeQuestion';
import type { TopicWord } from './TopicWord';
import { isCue } from './cues';
import { bodyRoleWords } from './vocabularyOfQuestions';
import { genitiveMark } from './questionText';

/** How much a body in the genitive before what is asked about weighs ("kommunfullmäktiges budget"). */
const GENITIVE_BODY = 0.5;

/**
 * The topic of a part without the kommun's own name (`ownName`: its words and stems); a body in the genitive in a question
 * of who prepares or decides weighs half; for an English question, only the words the pack knows.
 */
export function narrowPart(part: QuestionPart, english: boolean, ownName: Set<string>, facts: FactEntry[]): void {
  // The name cut short is the name too ("Hallsta" for Hallstahammar), when the pack does not know the word.
  const names = [...ownName];
  const shortened = (w: TopicWord) => !w.known && w.word.length >= 5 && names.some((n) => n.length > w.word.length && n.startsWith(w.word));
  // (Or a word the pack knows only as a misspelling of the name.)
  const misspelt = (w: TopicWord) => w.alternatives.some((a) => a.via === 'spelling' && ownName.has(a.stem));
  const own = (w: TopicWord) => ownName.has(w.word) || ownName.has(w.stem) || shortened(w) || misspelt(w);
  // "Vad är Ånges vision?", "visionen för Ånge kommun", "the vision of Ånge": the kommun's own thing, whose wording a quotation gives.
  const at = part.words.findIndex((w, i) => i > 0 && part.topic.some((t) => t.word === w && !own(t)));
  const before = part.words[at - 1] ?? '';
  const isOwn = (w = '') => ownName.has(w) || ownName.has(stem(w));
  // ("Ånge's vision" reads "ange s vision".)
  part.ownsTerm = part.kind === 'define' && at > 0 && (isOwn(before) || (before === genitiveMark && isOwn(part.words[at - 2])) || ((part.words[at + 1] === 'of' || part.words[at + 1] === 'for') && isOwn(part.words[at + 2])));
  // ("Hur definierar Ånge en regel?": the term asked is not the kommun's own name but the first word after it; of "Ånges
  // vision" the name stays the term, as the sentence that says what Ånge's vision is opens with it.)
  const termWasName = part.term !== undefined && own(part.term) && !part.ownsTerm;
  part.topic = part.topic.filter((w) => !own(w));
  // Nor is the name what is counted; an English phrase counted runs on into it ("how many council-wide goals Hallstahammar
  // can set"), and its head is the word before it.
  const ownCounted = part.counted?.findIndex((w) => isOwn(w)) ?? -1;
  if (part.counted && ownCounted >= 0) {
    const head = english ? part.words[part.words.indexOf(part.counted[ownCounted]) - 1] : undefined;
    part.counted = [...new Set([...part.counted.filter((w) => !isOwn(w)), ...(head ? [head] : [])])];
  }
  if (termWasName) part.term = part.topic[0];
  // "Vem bereder kommunfullmäktiges budget?": asked who prepares or decides, a body in the genitive before what is
  // asked about says whose it is (and so who decides it), not what the question is about, so it weighs half.
  // (So does it asked what the thing holds: "vad ska stå i nämndens budget- och årsplan"; not before a role word, where
  // the body is what is asked about: "revisorernas uppdrag".)
  const roleOf = (w: TopicWord) => isCue(part.words[part.words.indexOf(w.word) + 1] ?? '', bodyRoleWords);
  const whose = part.kind === 'prepares' || part.kind === 'decides' || part.kind === 'contents' ? bodiesInGenitive(part, facts).filter((w) => !roleOf(w)) : [];
  part.topic = part.topic.map((w) => (whose.includes(w) ? { ...w, weight: w.weight * GENITIVE_BODY } : w));
  part.knownShare = knownShareOf(part);
  // English questions carry English words the Swedish model never uses ("cover", "set"): judge by those it knows, and by a
  // governance term the pack lacks ("budget day" where the kommun has none), which the question is about all the same.
  if (english && part.topic.some((w) => w.known)) part.topic = part.topic.filter((w) => w.known || w.word.includes('_'));
}

/** Share of the topic's weight the pack knows (0–1). */
export const knownShareOf = (part: QuestionPart): number => {
  if (part.knownShare !== undefined) return part.knownShare;
  const total = part.topic.reduce((s, w) => s + w.weight, 0);
  return total ? part.topic.reduce((s, w) => s + w.weight * w.familiarity, 0) / total : 0;
};
