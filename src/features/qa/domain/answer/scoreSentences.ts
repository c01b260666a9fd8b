import type { QuestionPart } from '../question/analyzeQuestion';
import { wordMatch } from '../question/TopicWord';
import type { PassageHit, PassageIndex, Sentence } from '../retrieval/PassageIndex';
import { scoreOf } from './Candidate';
import { sentenceFit } from './fit';
import { keyWord } from './scoreFacts';

export interface ScoredSentence {
  sentence: Sentence;
  hit: PassageHit;
  coverage: number;
  fit: number;
  keyHit: boolean;
  score: number;
}

/** How much a topic word found around the sentence counts against one found in it. */
const around = { heading: 0.8, context: 0.6, passage: 0.35 };

/**
 * Scores the sentences of the best passages for one part of a question: how much of the topic each
 * holds (itself, or its heading, the sentence before it, its passage, each counting less), shaped by
 * whether it holds what the kind of question asks for. Best first.
 */
export function scoreSentences(part: QuestionPart, hits: PassageHit[], passages: PassageIndex): ScoredSentence[] {
  const total = part.topic.reduce((s, w) => s + w.weight, 0);
  if (!total) return [];
  const key = keyWord(part.topic);
  const scored: ScoredSentence[] = [];
  for (const hit of hits) {
    const around_ = passages.termsOf(hit.passage);
    const passageMatch = new Map(part.topic.map((w) => [w, Math.max(around.heading * wordMatch(w, around_.heading), around.passage * wordMatch(w, around_.all))]));
    for (const sentence of passages.sentences(hit.passage)) {
      let covered = 0;
      for (const w of part.topic) covered += w.weight * Math.max(wordMatch(w, sentence.terms), around.context * wordMatch(w, sentence.context), passageMatch.get(w)!);
      const coverage = covered / total;
      const fit = sentenceFit(part.kind, sentence.cues);
      const keyHit = Boolean(key && Math.max(wordMatch(key, sentence.terms), wordMatch(key, around_.all)) >= 0.6);
      // Earlier passages and earlier sentences of a passage are slightly more likely to answer.
      const prior = 0.03 * (1 - hit.rank / Math.max(1, hits.length)) + 0.01 / (1 + sentence.index);
      scored.push({ sentence, hit, coverage, fit, keyHit, score: scoreOf(coverage, fit) + prior });
    }
  }
  return scored.sort((a, b) => b.score - a.score);
}
