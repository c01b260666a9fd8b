import { questionWords } from './questionText';
import { splitParts } from './splitParts';

const parts = (q: string) => splitParts(questionWords(q), []).map((p) => p.join(' '));

describe('Where a question of several parts is split', () => {
  it('When a second question opens with a passive verb or a verb of happening before a word pointing back ("… och görs den …", "… och händer det …"), then it is a part of its own', () => {
    expect(parts('Hur många år sträcker sig en nämndsbudget över, och görs den om varje år?')).toEqual(['hur manga ar stracker sig en namndsbudget over', 'gors den om varje ar']);
    expect(parts('när tar fullmäktige budgeten, och händer det nåt mer med den under hösten?')).toEqual(['nar tar fullmaktige budgeten', 'hander det nagot mer med den under hosten']);
  });

  it('When "och" joins two things asked about alike ("budget- och årsplanen"), then nothing is split', () => {
    expect(parts('Vem beslutar om budget- och årsplanen?')).toHaveLength(1);
  });
});
