import { synonymGroups, synonymsOf } from './synonyms';

describe('Synonym groups', () => {
  it('When the groups are listed, then no word is in two of them (one group per meaning)', () => {
    const groupsOf = new Map<string, number[]>();
    synonymGroups.forEach((g, i) => g.forEach((w) => groupsOf.set(w, [...(groupsOf.get(w) ?? []), i])));
    const inTwo = [...groupsOf].filter(([, groups]) => groups.length > 1).map(([w]) => w);
    expect(inTwo).toEqual([]);
  });

  it('When a word has Swedish and English synonyms, then it keeps them all', () => {
    expect(synonymsOf('kommunstyrelsen')).toEqual(expect.arrayContaining(['ks']));
    expect(synonymsOf('internkontroll')).toEqual(expect.arrayContaining(['ik']));
    expect(synonymsOf('arsredovisning')).toEqual(expect.arrayContaining(['arsbokslut', 'bokslut']));
    expect(synonymsOf('riskanalys')).toEqual(expect.arrayContaining(['risk', 'riskvarde']));
  });
});
