import { join } from 'node:path';
import { loadPack } from '../../../../kernel/knowledge/loadPack';
import { Analyzer } from './Analyzer';
import { Lexicon } from './Lexicon';
import { governanceLexicon } from './governanceLexicon';
import { words } from './normalize';
import { Thesaurus } from './Thesaurus';
import { Vocabulary } from './Vocabulary';
import { particleVerb } from '../question/particleVerbs';
import { joinSplitCompounds } from '../question/phrases';

describe('The governance lexicon and a pack\'s alternatives', () => {
  it('When the shared governance groups are listed, then no word is in two of them (one group per meaning)', () => {
    const groupsOf = new Map<string, number>();
    const inTwo: string[] = [];
    governanceLexicon().swedish.forEach((g, i) => g.map((w) => words(w).join(' ')).forEach((w) => (groupsOf.has(w) && groupsOf.get(w) !== i ? inTwo.push(w) : groupsOf.set(w, i))));
    expect(inTwo).toEqual([]);
  });

  /** A kommun's lexicon as the answerer builds it, with its analyzer. */
  const lexiconOf = (kommun: string) => {
    const pack = loadPack(kommun);
    const analyzer = new Analyzer(pack.passages.map((p) => `${p.section} ${p.text}`));
    const vocabulary = new Vocabulary(analyzer);
    for (const p of pack.passages) vocabulary.add(p.text);
    return { analyzer, lexicon: new Lexicon(pack, analyzer, vocabulary) };
  };
  const { analyzer, lexicon } = lexiconOf('hallstahammar');
  const stemOf = (w: string) => analyzer.tokens(w)[0].stem;
  const stems = (w: string, english = false) => lexicon.alternatives(w, english).map((a) => `${a.stem}/${a.via}`);

  it('When a group member is a phrase whose other words are stop words ("går inte ihop"), then its one content word alone ("ihop") does not stand for the group', () => {
    // (Ånge's model writes "Vid konflikter mellan verksamhetens mål och de ekonomiska resurserna …".)
    const ange = lexiconOf('ange').lexicon;
    const angeStems = (w: string) => ange.alternatives(w, false).map((a) => `${a.stem}/${a.via}`);
    expect(angeStems('krockar')).toContain(`${stemOf('konflikt')}/governance`);
    expect(angeStems('ihop').filter((s) => s.endsWith('/governance'))).toEqual([]);
  });

  it('When a nämnd is named by a first part the pack does not write ("fritidsnämnden"), then it is a nämnd; a compound of one body\'s name ("lönerevisionen") is not that body', () => {
    expect(stems('fritidsnamnden')).toEqual([`${stemOf('nämnd')}/head`]);
    expect(stems('lonerevisionen')).toEqual([]);
  });

  it('When two words are joined as a compound written apart, then only where the pack knows the compound whole: "balans kravet" is one word, "ser heter" ("nåt som heter …") two, though "serheter" stems to "ser"', () => {
    const ange = lexiconOf('ange').lexicon;
    expect(joinSplitCompounds(['ser', 'heter', 'planeringsforutsattningar'], ange)).toEqual(['ser', 'heter', 'planeringsforutsattningar']);
    expect(joinSplitCompounds(['vad', 'ar', 'balans', 'kravet'], lexicon)).toEqual(['vad', 'ar', 'balanskravet']);
  });

  it('When an English question inflects a word the vocabulary lists once ("goals", "applies", "prepared", "following"), then it stands for the same Swedish words', () => {
    expect(lexicon.translations('goals')).toEqual(lexicon.translations('goal'));
    expect(lexicon.translations('applies')).toEqual(lexicon.translations('apply'));
    expect(lexicon.translations('prepared')).toEqual(lexicon.translations('prepare'));
    expect(lexicon.translations('goal')).not.toEqual([]);
    expect(lexicon.translations('apply')).not.toEqual([]);
    expect(stems('prepared', true)).toEqual(stems('prepare', true));
    // A form whose base the vocabulary does not list finds nothing.
    expect(lexicon.translations('thinking')).toEqual([]);
  });

  it('When a governance group holds a phrase whose other words are stop words ("alla förvaltningar", "hela kommunen"), then its one remaining word stands for nothing ("kommunövergripande" is no "förvaltning"); an English translation\'s may ("over time" → "tid")', () => {
    expect(stems('kommunovergripande')).not.toContain(`${stemOf('förvaltningar')}/governance`);
    expect(stems('kommunovergripande')).not.toContain(`${stemOf('kommunen')}/governance`);
    expect(stems('over time', true)).toContain(`${stemOf('tid')}/english`);
  });

  it('When an English question uses a lexicon phrase in the plural ("interim reports", "annual reports"), then it stands for what the singular does', () => {
    expect(lexicon.translations('interim reports')).toEqual(lexicon.translations('interim report'));
    expect(lexicon.translations('interim reports')).not.toEqual([]);
  });

  it('When an English question says "oversees" or "supervises", then it stands for uppsikt, as "oversight" does; "accountable" for ansvarig, as "responsible" does', () => {
    expect(lexicon.translations('oversees')).toContain('uppsikt');
    expect(lexicon.translations('supervises')).toContain('uppsikt');
    expect(lexicon.translations('accountable')).toEqual(lexicon.translations('responsible'));
  });

  it('When an English question says "lead" or "leading" ("Who is to lead the work …", "in charge of leading"), then it stands for leder, as "leads" does', () => {
    for (const w of ['lead', 'leading']) expect(lexicon.translations(w)).toContain('leder');
  });

  it('When an English question says who is "in charge of" something ("Which body is in charge of running the budget process?"), then it stands for ansvarig and leder', () => {
    expect(lexicon.translations('in charge')).toEqual(expect.arrayContaining(['ansvarig', 'leder']));
  });

  it('When a question uses an abbreviation every kommun uses, then it stands for the full name', () => {
    expect(stems('kf')).toEqual(expect.arrayContaining([`${stemOf('kommunfullmäktige')}/alias`]));
  });

  it('When a question abbreviates a body the documents name ("BUN" for "barn- och ungdomsnämnden", "AU" for "arbetsutskottet"), then the abbreviation stands for the name', () => {
    const pack = loadPack('testkommun', join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'knowledge'));
    pack.passages = [...pack.passages, { ...pack.passages[0], id: 'x#bun', text: 'Barn- och ungdomsnämnden får 30 miljoner kr. Arbetsutskottet bereder ärendet.' }];
    const a = new Analyzer(pack.passages.map((p) => `${p.section} ${p.text}`));
    const v = new Vocabulary(a);
    for (const p of pack.passages) v.add(p.text);
    const alternatives = (w: string) => new Lexicon(pack, a, v).alternatives(w, false).map((x) => `${x.stem}/${x.via}`);
    expect(alternatives('bun')).toContain(`${a.tokens('ungdomsnämnden')[0].stem}/alias`);
    expect(alternatives('au')).toContain(`${a.tokens('arbetsutskottet')[0].stem}/alias`);
  });

  it('When a document says "mått" where the question says "nyckeltal", then they stand for one another (one governance group), in a pack without aliases for them', () => {
    const pack = { ...loadPack('testkommun', join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'knowledge')), glossary: [] };
    pack.passages = [...pack.passages, { ...pack.passages[0], id: 'x#matt', text: 'Om inte ett särskilt mått har antagits anses målet uppnått.' }];
    const a = new Analyzer(pack.passages.map((p) => `${p.section} ${p.text}`));
    const v = new Vocabulary(a);
    for (const p of pack.passages) v.add(p.text);
    expect(new Lexicon(pack, a, v).alternatives('nyckeltal', false).map((x) => `${x.stem}/${x.via}`)).toContain(`${a.tokens('mått')[0].stem}/governance`);
  });

  it('When a question uses an inflection of a governance word the pack does not use ("ik-planen"), then it finds its group by the stem', () => {
    expect(lexicon.known('ikplanen')).toBe(false);
    expect(stems('ikplanen')).toEqual(expect.arrayContaining([`${stemOf('internkontrollplan')}/governance`]));
    // (Also when Snowball stems the inflection apart from the word: "skattesatsen" → "skattesats", "skattesats" → "skattesat".)
    // (Ånge writes "skatt", never "skattesats".)
    const ange = lexiconOf('ange').lexicon;
    expect(stemOf('skattesatsen')).not.toBe(stemOf('skattesats'));
    expect(ange.known('skattesatsen')).toBe(false);
    expect(ange.alternatives('skattesatsen', false).map((a) => `${a.stem}/${a.via}`)).toEqual(expect.arrayContaining([`${stemOf('skatt')}/governance`]));
  });

  it('When a question uses a word the pack never uses but the thesaurus links to one it does, then that word counts (below the word itself)', () => {
    const spikad = lexicon.alternatives('spikad', false);
    expect(spikad.map((a) => a.via)).toContain('thesaurus');
    expect(Math.max(...spikad.map((a) => a.weight))).toBeLessThan(1);
  });

  it('When a question uses an everyday verb in its "-s" form ("tas", "görs"), then the thesaurus knows it as everyday Swedish (it weighs less than a name the pack does not use)', () => {
    const thesaurus = Thesaurus.load();
    expect(thesaurus.knows('ta')).toBe(true);
    expect(thesaurus.knows('tas')).toBe(true);
    expect(thesaurus.knows('gors')).toBe(true);
    expect(thesaurus.knows('stratsys')).toBe(false);
  });

  it('When a question uses the verbal noun of a verb the pack writes ("tilldelningen" for "tilldelas"), then the verb counts (below the word itself)', () => {
    expect(lexicon.known('tilldelningen')).toBe(false);
    const alts = lexicon.alternatives('tilldelningen', false);
    expect(alts.map((a) => `${a.stem}/${a.via}`)).toEqual([`${stemOf('tilldela')}/derived`]);
    expect(alts[0].weight).toBeLessThan(1);
    // A verb made of a noun by "-era" stands for the noun ("kontrolleras" → kontroll).
    const { analyzer: a, lexicon: alingsas } = lexiconOf('alingsas');
    expect(alingsas.known('kontrolleras')).toBe(false);
    expect(alingsas.alternatives('kontrolleras', false).map((x) => `${x.stem}/${x.via}`)).toContain(`${a.tokens('kontroll')[0].stem}/derived`);
  });

  it('When the verb of a verbal noun has a stem ending in "n" ("beräkningen" of "beräkna"), then that verb counts, not a word cut one letter short', () => {
    const { analyzer: a, lexicon: l } = lexiconOf('hallstahammar');
    expect(l.known('berakningen')).toBe(false);
    expect(l.alternatives('berakningen', false).map((x) => `${x.stem}/${x.via}`)).toEqual([`${a.tokens('beräknar')[0].stem}/derived`]);
  });

  it('When folding makes "-äde" read as a past tense ("sammanträde" → "sammantr", "sammanträden" → "sammantrad"), then either form finds the other', () => {
    const { analyzer: a, lexicon: l } = lexiconOf('ange');
    expect(l.known('sammantraden')).toBe(false);
    expect(l.alternatives('sammantraden', false).map((x) => `${x.stem}/${x.via}`)).toEqual([`${a.tokens('sammanträde')[0].stem}/derived`]);
  });

  it('When a short verb is asked in another tense than the pack writes ("ökar" for "ökade"), then that form counts; never the infinitive, which folding may make another word ("ändra" → "andra")', () => {
    const { analyzer: a, lexicon: l } = lexiconOf('hallstahammar');
    expect(l.known('okar')).toBe(false);
    expect(l.alternatives('okar', false).map((x) => `${x.stem}/${x.via}`)).toContain(`${a.tokens('ökade')[0].stem}/derived`);
    expect(l.alternatives('andrar', false).map((x) => x.stem)).not.toContain(a.tokens('andra')[0].stem);
  });

  it('When folding makes "-ör" read as a plural ("avgör" → "avg", "avgöra" → "avgor"), then the verb finds the form the pack writes', () => {
    const { lexicon: l } = lexiconOf('alingsas');
    expect(l.alternatives('avgor', false).map((x) => `${x.stem}/${x.via}`)).toContain('avgor/derived');
    expect(l.alternatives('skolor', false).map((x) => x.stem)).not.toContain('skolor');
  });

  it('When a verb has its particle a few words on ("följs … upp", "bryts … ner"), then the word the pack makes of them counts ("uppföljning", "nedbrytning"); a particle the pack makes no word with, nothing', () => {
    expect(particleVerb(lexicon, 'foljs', 'upp')?.stem).toBe(stemOf('uppföljning'));
    expect(particleVerb(lexicon, 'foljer', 'upp')?.via).toBe('derived');
    expect(particleVerb(lexicon, 'foljer', 'bort')).toBeUndefined();
  });

  it('When a word the pack does not use is the head of a compound it writes whole ("uppdelade" of "könsuppdelat"), then the compound counts', () => {
    expect(stems('uppdelade')).toEqual([`${stemOf('könsuppdelat')}/derived`]);
    expect(stems('dragningen')).toEqual([`${stemOf('neddragning')}/derived`]);
    expect(stems('cykelturen')).toEqual([]);
  });

  it('When a body the pack does not name is of a kind it names ("socialnämnden" – the pack has nämnder), then that kind counts; a compound of another head does not', () => {
    expect(stems('socialnamnden')).toEqual([`${stemOf('nämnd')}/head`]);
    expect(stems('namndbudget').some((x) => x.endsWith('/head'))).toBe(false);
    // (Nor is a kind a fragment three letters long: "and" of a body "…ordför|ande" is no kind of "grundantaganden".)
    const { lexicon: hallstahammar } = lexiconOf('hallstahammar');
    expect(hallstahammar.alternatives('grundantaganden', false).some((x) => x.via === 'head')).toBe(false);
  });

  it('When a document is named by what it is about ("budgetdokumentet", "planeringsdokumenten"), then that thing counts, nearly as the word itself; a document word the pack writes whole ("styrdokumentet") stands for nothing else', () => {
    const { lexicon: alingsas } = lexiconOf('alingsas');
    const of = (w: string) => alingsas.alternatives(w, false).map((a) => `${a.stem}/${a.via}`);
    expect(of('budgetdokumentet')).toEqual([`${stemOf('budget')}/derived`]);
    expect(of('planeringsdokumenten')).toEqual([`${stemOf('planering')}/derived`]);
    expect(of('styrdokumentet')).toEqual([]);
  });

  it('When a word is misspelt and is no Swedish word, then the pack word it was meant as counts', () => {
    expect(stems('budjet')).toEqual([`${stemOf('budget')}/spelling`]);
  });

  it('When a misspelt word is inflected otherwise than the pack writes it ("tertialraporten"), then the pack word counts; a short stem one edit from another word ("skolenhet", cut to "skolen") is not corrected', () => {
    const { analyzer: a, lexicon: ange } = lexiconOf('ange');
    expect(ange.alternatives('tertialraporten', false).map((x) => `${x.stem}/${x.via}`)).toEqual([`${a.tokens('tertialrapport')[0].stem}/spelling`]);
    expect(ange.alternatives('skolenhet', false).some((x) => x.via === 'spelling')).toBe(false);
  });

  it('When a word is cut short ("delårsrapp", "verksamhetspl"), then the pack word it begins counts', () => {
    expect(stems('delarsrapp')).toEqual([`${stemOf('delårsrapport')}/spelling`]);
    expect(stems('verksamhetspl')).toEqual([`${stemOf('verksamhetsplan')}/spelling`]);
    // It begins a word and words built on it ("tertialrapport", "tertialrapportering"): the word itself.
    const { analyzer: a, lexicon: ange } = lexiconOf('ange');
    expect(ange.alternatives('tertialrapp', false).map((x) => `${x.stem}/${x.via}`)).toEqual([`${a.tokens('tertialrapport')[0].stem}/spelling`]);
  });

  it('When an English word names a Swedish governance term, then an English question finds it', () => {
    expect(stems('council', true)).toEqual(expect.arrayContaining([`${stemOf('kommunfullmäktige')}/english`]));
    expect(stems('deficit', true)[0]).toBe(`${stemOf('underskott')}/english`);
    expect(stems('balanced budget requirement', true)).toEqual([`${stemOf('balanskrav')}/english`]);
  });
});
