import { emptyFeatures } from '../answer/features';
import type { Candidate } from '../answer/Candidate';
import type { QuestionPart } from '../question/analyzeQuestion';
import { namedMonthFirst } from './promote';

const candidate = (where: string, coverage: number, monthFit: number): Candidate => ({
  from: 'fact', text: where, sources: [], language: 'sv', coverage, fit: 1, keyHit: true, score: 1, where, via: 'fact', features: { ...emptyFeatures(), monthFit },
});
const part = (words: string[], month: number): QuestionPart => ({ kind: 'who', month, words, topic: [] });

describe('A month the question names says which step it is about', () => {
  const june = candidate('decision in June', 0.74, -1);
  const may = candidate('meeting in May', 0.67, 1);

  it('When a step is asked of "each May" and the best is of June, then the May step nearly as good goes first', () => {
    expect(namedMonthFirst([june, may], part(['who', 'convenes', 'the', 'leaders', 'each', 'may'], 5))[0]).toBe(may);
  });

  it('When the month names a span or what a report runs to ("efter april"), or the May step holds much less, then the ranking stands', () => {
    expect(namedMonthFirst([june, may], part(['resultatprognosen', 'efter', 'april', 'vem', 'beslutar'], 4))[0]).toBe(june);
    expect(namedMonthFirst([june, candidate('far', 0.5, 1)], part(['who', 'convenes', 'each', 'may'], 5))[0]).toBe(june);
  });
});
