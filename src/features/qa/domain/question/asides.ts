import { cueAt, isCue } from './cues';
import type { QuestionPart } from './analyzeQuestion';
import type { TopicWord } from './TopicWord';
import * as q from './vocabularyOfQuestions';

/** The topic words a run of question words gives (analyzeQuestion's reading, passed in). */
type TopicOf = (ws: string[]) => TopicWord[];

/** The words of a part from `at` on, that its words before `at` do not name too, weigh `factor` of their weight. */
function lightenFrom(part: QuestionPart, at: number, factor: number, topicOf: TopicOf): void {
  const asked = new Set(topicOf(part.words.slice(0, at)).map((t) => t.stem));
  const aside = new Set(topicOf(part.words.slice(at)).map((t) => t.stem));
  part.topic = part.topic.map((t) => (aside.has(t.stem) && !asked.has(t.stem) ? { ...t, weight: t.weight * factor } : t));
}

/**
 * Asides that narrow a question rather than name what it is about:
 * - "Vem fastställer förvaltningens verksamhetsplan, är det nämnden?": who the asker guesses is a possible answer
 *   (not "vem är det som …", "who is it that …": there it asks), and weighs little;
 * - "… ett nytt styrdokument, t.ex. en riktlinje för kulturen?": an example, which weighs half.
 */
export function lightenAsides(parts: QuestionPart[], topicOf: TopicOf): void {
  for (const part of parts) {
    if (part.kind === 'decides' || part.kind === 'who' || part.kind === 'prepares') {
      let at = cueAt(part.words, q.guessWords, 2);
      while (at >= 0 && isCue(part.words[at - 1], q.questionWords)) at = cueAt(part.words, q.guessWords, at + 1);
      if (at >= 0) lightenFrom(part, at, 0.3, topicOf);
    }
    const example = cueAt(part.words, q.exampleWords, 1);
    if (example >= 0) lightenFrom(part, example, 0.5, topicOf);
  }
}
