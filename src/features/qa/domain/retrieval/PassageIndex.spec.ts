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

  it('When a passage the search does not rank says what a term is ("Ett mål är …", "Med internkontroll avses …"), then it is found as defining the term, and a sentence that says what something is of nothing named ("Det är …") defines nothing', () => {
    const defining = passage('Målstyrning', 'Den politiska styrningen sker genom mål. Ett mål är kort och gott ett framtida tillstånd som vi önskar uppnå, undvika eller bevara.');
    const control = passage('Kontroll', 'Med internkontroll avses de strukturer som ger ordning.');
    const loose = passage('Samarbete', 'Det är varje nämnds ansvar att samarbeta för att uppnå målen.');
    const analyzer = new Analyzer([defining.text, control.text, loose.text]);
    const index = new PassageIndex([defining, control, loose], analyzer, new Set(), () => 1);
    const term = (w: string): TopicWord => {
      const [t] = analyzer.tokens(w);
      return { word: t.word, stem: t.stem, parts: t.parts, alternatives: [], weight: 1, known: true, familiarity: 1 };
    };
    expect(index.defining(term('mål'), [term('mål')], []).map((h) => h.passage.section)).toEqual(['Målstyrning']);
    expect(index.defining(term('internkontroll'), [term('internkontroll')], []).map((h) => h.passage.section)).toEqual(['Kontroll']);
    expect(index.sentences(defining)[1].defines).toEqual([term('mål').stem]);
    expect(index.sentences(loose)[0].defines).toBeUndefined();
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

  it('When a common word of the question names many headings ("… i er styrmodell") and a rare one stands in one passage\'s text, then that passage is still found and ranks first', () => {
    // (The compound's parts are searched too: "kostnad", "modell" and "styr" stand in many passages.)
    const crowd = Array.from({ length: 20 }, (_, i) => passage(`Styrmodell del ${i + 1}`, `Styrmodellen styr kostnaden i del ${i + 1}. Modellen för kostnad styr styrmodellens kostnader.`));
    // (A long passage that names the rare word once scores low on the search's own measure.)
    const long = Array.from({ length: 40 }, (_, i) => `Verksamheterna utvecklas år ${i + 1} med bättre resultat än liknande kommuner.`).join(' ');
    const rare = passage('Sveriges mest effektiva kommun', `${long} Kommunen ska ha kostnader som inte överstiger kommunens referenskostnad, det vill säga den kostnad verksamheter förväntas ha.`);
    const others = Array.from({ length: 60 }, (_, i) => passage(`Avsnitt ${i + 1}`, `Nämnderna planerar verksamheten för år ${i + 1} och följer upp den.`));
    const all = [...crowd, rare, ...others];
    const analyzer = new Analyzer(all.flatMap((p) => [p.text, p.section]));
    const index = new PassageIndex(all, analyzer, new Set(), () => 1);
    const topic: TopicWord[] = [['referenskostnad', 5], ['styrmodell', 0.4]].map(([w, weight]) => {
      const [t] = analyzer.tokens(w as string);
      return { word: t.word, stem: t.stem, parts: t.parts, alternatives: [], weight: weight as number, known: true, familiarity: 1 };
    });
    expect(index.find(topic, 3)[0].passage.section).toBe('Sveriges mest effektiva kommun');
  });
});
