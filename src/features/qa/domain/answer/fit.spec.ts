import { sentenceCues } from '../retrieval/sentenceCues';
import { sentenceFit } from './fit';

const fitFor = (text: string, asked: string[]) => sentenceFit('when', sentenceCues(text, new Set()), 'year', asked);

describe('How well a sentence holds what a "när" question asks for', () => {
  it('When a time in the past is asked ("när började man …"), then a year or a day fits better than a month alone, and a year the question names itself does not count', () => {
    const month = fitFor('Målen antas i januari året efter valåret.', ['nar', 'borjade', 'man']);
    expect(fitFor('Arbetet med visionen började 2019.', ['nar', 'borjade', 'man'])).toBeGreaterThan(month);
    expect(fitFor('Planen följdes upp den 22 september.', ['nar', 'foljdes', 'planen', 'upp', '2025'])).toBeGreaterThan(month);
    expect(fitFor('Planen för 2025 har sju risker.', ['nar', 'foljdes', 'planen', 'upp', '2025'])).toBeLessThan(month);
  });

  it('When a sentence says when by another step of the year ("I samband med årsbokslutet …"), then it fits a "när" question better than one that names no time', () => {
    const when = (text: string) => sentenceFit('when', sentenceCues(text, new Set()));
    expect(when('I samband med årsbokslutet ska en deluppföljning genomföras.')).toBeGreaterThan(when('Nämnderna ska även se över organisationen.'));
    expect(when('Inför varje budgetår genomförs en budgetberedning.')).toBeGreaterThan(when('Nämnderna ska även se över organisationen.'));
  });
});

describe('How well a sentence holds what a "hur" question asks for', () => {
  it('When how something is done is asked, then a sentence saying by what means ("… sker genom …") fits better than one that does not', () => {
    const means = sentenceFit('other', sentenceCues('Detta sker genom ordinarie uppföljning av kostnader och resultat.', new Set()), 'manner');
    const plain = sentenceFit('other', sentenceCues('Kommunen har ett övergripande mål.', new Set()), 'manner');
    expect(means).toBeGreaterThan(plain);
    // Without asking how, the means says no more than another sentence.
    expect(sentenceFit('other', sentenceCues('Detta sker genom ordinarie uppföljning av kostnader och resultat.', new Set()))).toBe(plain);
  });

  it('When how something is worked out is asked, then a sentence saying with whom ("… arbetas fram i nära dialog mellan politik, förvaltning och bolag") says how', () => {
    const together = sentenceFit('other', sentenceCues('Målen ska arbetas fram i nära dialog mellan politik, förvaltning och bolag.', new Set()), 'manner');
    expect(together).toBeGreaterThan(sentenceFit('other', sentenceCues('Målen gäller för mandatperioden.', new Set()), 'manner'));
    // On what grounds it is done says how too ("Urvalet sker med bakgrund från en risk- och väsentlighetsanalys").
    expect(sentenceFit('other', sentenceCues('Urvalet sker med bakgrund från en risk- och väsentlighetsanalys.', new Set()), 'manner')).toBe(together);
  });
});

describe('How well a sentence holds what a "varför" question asks for', () => {
  it('When why is asked, then a reason fits best, the opening of the section named by the term (what it does) better than another sentence', () => {
    const reason = sentenceFit('reason', sentenceCues('Syftet med internkontrollen är att förebygga fel.', new Set()));
    const opening = sentenceFit('reason', { ...sentenceCues('Internkontroll omfattar hela organisationen.', new Set()), opensTerm: true });
    const plain = sentenceFit('reason', sentenceCues('Nämnderna ska årligen upprätta en plan.', new Set()));
    expect(reason).toBeGreaterThan(opening);
    expect(opening).toBeGreaterThan(plain);
  });

  it('When why is asked, then a sentence saying what a thing prevents ("En bra internkontroll förebygger … fel och brister") says what it is for, as one of its purpose does', () => {
    const prevents = sentenceFit('reason', sentenceCues('En bra internkontroll förebygger, upptäcker och åtgärdar fel och brister.', new Set()));
    expect(prevents).toBe(sentenceFit('reason', sentenceCues('Syftet med internkontrollen är att förebygga fel.', new Set())));
    expect(sentenceFit('reason', sentenceCues('Kontrollerna ska motverka oegentligheter.', new Set()))).toBe(prevents);
  });
});

describe('How well a sentence holds what a "vem bereder" question asks for', () => {
  it('When who prepares is asked, then a body that prepares fits better than a body named beside a noun of preparing, which names no preparer', () => {
    const bodies = new Set(['kommunstyrelsen', 'kommunfullmaktiges']);
    const prepares = (text: string) => sentenceFit('prepares', sentenceCues(text, bodies));
    const doer = prepares('Dessa förslag till mandatmål bereds av kommunstyrelsen i december.');
    expect(doer).toBe(prepares('Kommunstyrelsen bereder förslagen i december.'));
    expect(prepares('Under valår kallar kommunfullmäktiges presidier partiernas gruppledare för beredning av mandatperiodens mål.')).toBeLessThan(doer);
  });
});
