import { emptyFeatures } from '../answer/features';
import type { Candidate } from '../answer/Candidate';
import type { QuestionPart } from '../question/analyzeQuestion';
import { namedMonthFirst, regularFirst } from './promote';

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

describe('A step the year has only when needed', () => {
  it('When the best is a step taken only if needed ("Eventuell revidering av KF mål …"), then the regular step nearly as good goes first', () => {
    const ifNeeded = { ...candidate('Eventuell revidering av KF mål för mandatperioden (maj): Eventuell revidering av KF mål för mandatperioden.', 1, 0), score: 13.2 };
    const regular = { ...candidate('Kommunfullmäktige antar sina mål för mandatperioden i januari året efter valåret.', 0.98, 0), score: 12.5 };
    expect(regularFirst([ifNeeded, regular], part(['nar', 'antar', 'kf', 'malen', 'for', 'mandatperioden'], 1))[0]).toBe(regular);
  });
});
