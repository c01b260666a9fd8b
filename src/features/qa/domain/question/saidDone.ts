import type { QuestionPart } from './analyzeQuestion';
import { cueAt, hasCue } from './cues';
import type { TopicWord } from './TopicWord';
import { words } from '../lexicon/normalize';
import { genericDecisionVerbs } from './vocabularyOfQuestions';

/**
 * "KS har antagit verksamhetsplanen. Vad förväntas av oss ute på enheterna?", "När KS har antagit verksamhetsplanen – vad
 * förväntas av förvaltningen?": the step is the one said done (in a clause before the question word, or a sentence
 * before the question); who asks what to do next ("förvaltningen", "enheterna") says which step follows, not which
 * was done. The topic words of what is said done, or none when the question does not say it apart.
 */
export function saidDone(part: QuestionPart, question: string): TopicWord[] {
  const ask = cueAt(part.words, ['vad', 'what']);
  const before = ask > 2 ? part.words.slice(0, ask) : [];
  const clause = hasCue(before, genericDecisionVerbs) ? before : undefined;
  if (!clause && !hasCue(words(question), genericDecisionVerbs)) return [];
  // (A word of the sentence before is said done even when the question repeats it: "… mål för nästa år. Vad är nästa steg?")
  const count = (ws: string[], w: string) => ws.filter((x) => x === w).length;
  const all = words(question);
  const done = part.topic.filter((t) => t.word.split('_').every((w) => (clause ? clause.includes(w) : count(all, w) > count(part.words, w))));
  return done.length < part.topic.length ? done : [];
}
