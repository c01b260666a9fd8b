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

  it('When a sentence speaks of its own document ("… regleras inte av detta styrdokument"), then the document\'s title names it too', () => {
    const scope = passage('Avgränsningar', 'Valnämnden regleras inte av detta styrdokument.');
    const other = passage('Nämnder', 'Valnämnden ansvarar för valen.');
    const analyzer = new Analyzer([scope.text, other.text, 'Styrmodell för Ekbacka']);
    const index = new PassageIndex([scope, other], analyzer, new Set(), () => 1, () => 'Styrmodell för Ekbacka');
    const [styrmodell] = analyzer.tokens('styrmodell');
    expect(index.sentences(scope)[0].terms.whole.has(styrmodell.stem)).toBe(true);
    expect(index.sentences(other)[0].terms.whole.has(styrmodell.stem)).toBe(false);
  });
});
