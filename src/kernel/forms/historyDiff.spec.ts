import { changedFields } from './historyDiff';

describe('History diff', () => {
  it('When answers are added, removed or changed, then exactly those keys are listed, sorted', () => {
    expect(changedFields({ a: 1, b: 'x', c: 'same' }, { a: 2, c: 'same', d: 'ny' })).toEqual(['a', 'b', 'd']);
  });

  it('When nothing changed, or a number equals its stored value, then nothing is listed', () => {
    expect(changedFields({ a: 1000, b: 'x' }, { b: 'x', a: 1000 })).toEqual([]);
  });
});
