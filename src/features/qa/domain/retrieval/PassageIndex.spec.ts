import { Analyzer } from '../lexicon/Analyzer';
import type { TopicWord } from '../question/TopicWord';
import { PassageIndex } from './PassageIndex';

const passage = (section: string, text: string) => ({ id: `doc#${section}`, document: 'doc', section, parents: [], text });

describe('Finding the passages a question is about', () => {
  it('When one passage holds the question in one sentence and another holds its words apart, then the first ranks higher', () => {
    const apart = passage('Resultatprognos', 'Kommunen gör en första uppföljning efter tre månader. Resultatet rapporteras under året till nämnderna. Uppföljningen sammanställs av ekonomiavdelningen.');
    const together = passage('Fullmäktige, nämnder och bolag', 'Nämnder och bolag rapporterar till kommunstyrelsen. Vår process följer en cykel med tre gemensamma uppföljningar under året; resultatprognos, delårsrapport och årsredovisning.');
    const analyzer = new Analyzer([apart.text, together.text, apart.section, together.section]);
    const index = new PassageIndex([apart, together], analyzer, new Set(), () => 1);
    const topic: TopicWord[] = ['uppföljningar', 'året'].map((w) => {
      const [t] = analyzer.tokens(w);
      return { word: t.word, stem: t.stem, parts: t.parts, alternatives: [], weight: 1, known: true, familiarity: 1 };
    });
    expect(index.find(topic, 2).map((h) => h.passage.section)).toEqual(['Fullmäktige, nämnder och bolag', 'Resultatprognos']);
  });
});
