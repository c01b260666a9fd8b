import type { Lexicon } from '../lexicon/Lexicon';
import { isCue } from './cues';
import type { TopicWord } from './TopicWord';
import * as q from './vocabularyOfQuestions';

/**
 * "fullmäktiges mål": the first word of a topic is a genitive that says whose the second is (not of a role word,
 * "kommunstyrelsens uppdrag", which asks what the body is for).
 */
export function saysWhose(topic: TopicWord[], lexicon: Lexicon): boolean {
  const [first, second] = topic;
  return Boolean(first && second) && first.word.length > 4 && first.word.endsWith('s') && lexicon.known(first.word.slice(0, -1)) && !isCue(second.word, q.bodyRoleWords);
}
