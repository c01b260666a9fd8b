import type { QuestionPart } from './analyzeQuestion';
import { cueAt, hasCue } from './cues';
import type { TopicWord } from './TopicWord';
import { words } from '../lexicon/normalize';
import { stem } from '../lexicon/stem';
import { genericDecisionVerbs } from './vocabularyOfQuestions';

/**
 * "KS har antagit verksamhetsplanen. Vad förväntas av oss ute på enheterna?", "När KS har antagit verksamhetsplanen – vad
 * förväntas av förvaltningen?": the step is the one said done (in a clause before the question word, or a sentence
 * before the question); who asks what to do next ("förvaltningen", "enheterna") says which step follows, not which
 * was done ("När KS har beslutat om planeringsförutsättningarna – vilket är nästa steg?" likewise). The topic words of what is said done, or none when the question does not say it apart.
 */
export function saidDone(part: QuestionPart, question: string): TopicWord[] {
  const done = doneWords(part, question);
  return done.length < part.topic.length ? done : [];
}

/** The topic words said done, even when they are all the question names. */
function doneWords(part: QuestionPart, question: string): TopicWord[] {
  const ask = cueAt(part.words, ['vad', 'what', 'vilket', 'vilken', 'which']);
  const before = ask > 2 ? part.words.slice(0, ask) : [];
  const clause = hasCue(before, genericDecisionVerbs) ? before : undefined;
  if (!clause && !hasCue(words(question), genericDecisionVerbs)) return [];
  // (A word of the sentence before is said done even when the question repeats it, in any form: "… mål för nästa år. Vad är
  // nästa steg?", "… beslutat om sitt delårsbokslut. Vad är nästa steg innan fullmäktige beslutar om delårsbokslutet?")
  const count = (ws: string[], w: string) => ws.filter((x) => stem(x) === stem(w)).length;
  const all = words(question);
  return part.topic.filter((t) => t.word.split('_').every((w) => (clause ? clause.includes(w) : count(all, w) > count(part.words, w))));
}

/** How much who took the step said done counts, against the question's other words, toward a next step that holds it. */
const DONE_SHARE = 0.5;

/**
 * The share of the words' weight that is not said done (what is said done, or `alsoDone`, counting `DONE_SHARE`); 1 with no words. A step
 * the next one must come before ("vad är nästa steg innan KF ska besluta om mål- och budget?") is no step asked for: its
 * words count nothing.
 */
export function notSaidDone(ws: TopicWord[], part: QuestionPart, question: string, alsoDone: (w: TopicWord) => boolean = () => false): number {
  const done = [...doneWords(part, question), ...ws.filter(alsoDone)];
  const bound = cueAt(part.words, ['innan', 'fore', 'before', 'prior to']);
  const bounding = (w: TopicWord) => bound >= 0 && part.words.indexOf(w.word.split('_')[0]) > bound;
  const total = ws.reduce((s, w) => s + w.weight, 0);
  return total ? ws.reduce((s, w) => s + w.weight * (bounding(w) ? 0 : done.includes(w) ? DONE_SHARE : 1), 0) / total : 1;
}
