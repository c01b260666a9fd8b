import { Analyzer } from './Analyzer';
import { fold, words } from './normalize';
import { stem } from './stem';

const analyzer = new Analyzer([
  'internkontroll plan kontroll intern delår rapport budget process omvärld dag verksamhet resultat prognos',
]);

describe('Swedish text analysis', () => {
  it('When text has å/ä/ö and capitals, then it is folded', () => {
    expect(fold('Omvärldsdagen ÄR Snart')).toBe('omvarldsdagen ar snart');
  });

  it('When a list uses a suspended hyphen ("budget- och årsplan"), then the words stay whole', () => {
    expect(words('Vad ska en budget- och årsplan innehålla?')).toEqual(['vad', 'ska', 'en', 'budget', 'och', 'arsplan', 'innehalla']);
  });

  it('When a word folds into a stop word but is written as none ("ändras" folds to "andras"), then it is a word of the text; the stop word as written is not', () => {
    expect(analyzer.terms('när volymerna ändras')).toContain(stem('andras'));
    expect(analyzer.terms('de andras budget')).not.toContain(stem('andras'));
    // "både" is a stop word however it is written.
    expect(analyzer.terms('både budget och plan')).not.toContain('bad');
  });

  it('When a question uses a preposition stopwords-iso lacks ("utgå ifrån", "gentemot nämnden"), then it names no topic', () => {
    expect(analyzer.terms('vad ska arbetet utgå ifrån')).not.toContain(stem('ifran'));
    expect(analyzer.terms('förvaltningens uppgift gentemot nämnden')).not.toContain(stem('gentemot'));
  });

  it('When an adjective in "-bar" is made of a verb the pack uses ("mätbara" of "mäts"), then the verb is one of its parts', () => {
    const a = new Analyzer(['målen mäts över tid']);
    expect(a.terms('mätbara mål')).toContain(stem(fold('mäts')));
    // (Not of a verb the pack does not use.)
    expect(a.terms('uppenbara skäl')).toEqual([stem('uppenbara'), stem('skal')]);
  });

  it('When a text says a compound the pack writes as its head, "för" or "av" and its modifier ("en plan för internkontroll"), then the compound is one of its words', () => {
    const a = new Analyzer(['internkontrollplanen antas årligen', 'en plan för internkontroll', 'uppföljning av ekonomi', 'ekonomiuppföljningen']);
    expect(a.termSet('en plan för internkontroll').whole).toContain(stem('internkontrollplan'));
    expect(a.terms('löpande uppföljning av ekonomi')).toContain(stem('ekonomiuppfoljning'));
    // (Only a compound the pack writes, and only with the modifier right after: "en plan för den interna kontrollen" is not joined.)
    expect(a.terms('en plan för budget')).not.toContain(stem('budgetplan'));
    expect(a.terms('en plan för den interna kontrollen')).not.toContain(stem('internkontrollplan'));
  });

  it('When a compound only adds "level" ("på verksamhetsnivå"), then it stands for its first part, as "verksamhetens" does', () => {
    expect(analyzer.terms('planen på verksamhetsnivån').sort()).toEqual(analyzer.terms('verksamhetens plan').sort());
    // Only a first part the pack knows: "enhet" is no word of this one.
    expect(analyzer.terms('på enhetsnivån')).not.toContain(stem('enhet'));
  });

  it('When a word is inflected, then it stems like its base form (incl. the definite -et)', () => {
    expect(stem('budgeten')).toBe(stem('budget'));
    expect(stem('arsbokslutet')).toBe(stem('arsbokslut'));
    // A short word's definite -et too ("målet", "valet", "ordet").
    expect(stem('malet')).toBe(stem('mal'));
    expect(stem('ordet')).toBe(stem('ord'));
    expect(stem('namnderna')).toBe(stem('namnd'));
    expect(stem('tillsatter')).toBe(stem('tillsatts'));
    expect(stem('vasentlighetsanalysen')).toBe(stem('vasentlighetsanalys'));
    expect(stem('prognosen')).toBe(stem('prognos'));
  });

  it('When a compound is written together, split or inflected, then they share terms', () => {
    const together = analyzer.terms('internkontrollplanen');
    const apart = analyzer.terms('intern kontrollplan');
    for (const part of [stem('kontroll'), 'plan']) {
      expect(together).toContain(part);
      expect(apart).toContain(part);
    }
    expect(analyzer.terms('delårsrapporten')).toEqual(expect.arrayContaining([stem('rapport')]));
    expect(analyzer.terms('budgetprocessen')).toEqual(expect.arrayContaining([stem('budget'), stem('process')]));
  });

  it('When a compound could split at an inflection, then the split with the longest parts wins', () => {
    expect(analyzer.split('resultatprognosen')).toEqual([stem('resultat'), stem('prognosen')]);
  });

  it('When a word is not a compound of known words, then it is not split', () => {
    expect(analyzer.split('kaffebryggare')).toEqual([]);
  });
});

describe('Passage sentences', () => {
  it('When a passage holds a markdown table, then each row reads as one sentence with its column names', async () => {
    const { splitSentences } = await import('../retrieval/splitSentences');
    const text = 'Årshjulet:\n| Månad | Kommunfullmäktige | Kommunstyrelsen |\n|---|---|---|\n| Maj | Revidering av mål | Anta mål |\n| Juli | | |';
    expect(splitSentences(text)).toEqual(['Årshjulet:', 'Maj: Kommunfullmäktige – Revidering av mål; Kommunstyrelsen – Anta mål']);
  });
});
