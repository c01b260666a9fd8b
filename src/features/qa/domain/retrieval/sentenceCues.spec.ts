import { sentenceFit } from '../answer/fit';
import { sentenceCues } from './sentenceCues';

const cues = (text: string) => sentenceCues(text, new Set(['kf', 'kommunfullmaktige']));

describe('What a sentence holds', () => {
  // "Syftet är att …" right after a statement gives its reason; a term followed by ", som innebär att …" is defined.
  it.each([
    ['Syftet är att målarbetet ska kunna bedömas så nära objektivt som möjligt.', 'explainsBack', true],
    ['Anledningen är att kommunen vill hålla nere antalet mål.', 'explainsBack', true],
    ['Planen har ett tydligt syfte.', 'explainsBack', false],
    ['Kommunallagen anger ett minimikrav för ekonomin, det så kallade balanskravet, som innebär att det inte är tillåtet att budgetera ett underskott.', 'definition', true],
    ['Kommunerna ska anta mål för ekonomin och verksamheten, så kallade finansiella mål och verksamhetsmål.', 'definition', false],
    // "…, det vill säga …" restates the term before it.
    ['Kostnaderna ska inte överstiga kommunens referenskostnad, det vill säga den kostnad verksamheter förväntas ha utifrån sina förutsättningar.', 'definition', true],
    // "För att" says why, but not after a verb that takes "för" ("ansvarar för att analysera").
    ['Dialogen hålls för att nämnderna ska kunna prioritera.', 'reason', true],
    ['Varje nämnd ansvarar för att analysera sin verksamhets effektivitet.', 'reason', false],
    // ("Vad som krävs för att ett mål ska anses uppnått" says what is needed, not why.)
    ['Kommunstyrelsen beslutar vad som krävs för att respektive mål ska anses ha uppnåtts.', 'reason', false],
    // A body stands as who decides before the verb, right after it, or after its "av" — not anywhere in the sentence.
    ['Kommunfullmäktige beslutar om mål och budget i juni.', 'decider', true],
    ['I juni beslutar kommunfullmäktige om mål och budget.', 'decider', true],
    ['Planerna på enhetsnivå fastställs av närmast ansvarig chef.', 'decider', true],
    ['Kommunstyrelsen har ansvaret att varje år anta en plan för intern kontroll.', 'decider', true],
    ['Respektive verksamhet på enhetsnivå tar fram och fastställer sin verksamhetsplan med utgångspunkt i förvaltningens verksamhetsplan.', 'decider', false],
    // ("Respektive förvaltning … beslutar om sin …": each body decides its own, which names no one who decides.)
    ['Respektive förvaltning bereder och beslutar om sin verksamhetsplan under oktober–november.', 'decider', false],
    ['Förvaltningen bereder och beslutar om verksamhetsplanen under oktober–november.', 'decider', true],
  ] as const)('When a sentence reads "%s", then %s is %s', (text, cue, value) => {
    expect(cues(text)[cue]).toBe(value);
  });

  it('When a sentence opens with "Om så är fallet" or "I så fall", then it speaks of the one before and says what follows it', () => {
    const c = cues('Om så är fallet revideras de i samband med att budgeten antas i juni.');
    expect(c.refersBack).toBe(true);
    expect(c.sequel).toBe(true);
    expect(sentenceFit('next', c)).toBe(1);
    expect(cues('Målen revideras om så behövs.').sequel).toBe(false);
  });

  it('When a sentence says how the document itself is laid out ("Dokumentet är indelat i tre olika delar:"), then its list is no answer to a question for a list', () => {
    const c = cues('Dokumentet är indelat i tre olika delar:');
    expect(c.outline).toBe(true);
    expect(sentenceFit('list', c)).toBe(0.4);
    expect(cues('Uppföljningen är indelad i tre delar:').outline).toBe(false);
  });

  it('When a sentence lists within itself ("… två antaganden, dels X, dels Y"), then it answers a question for a list', () => {
    const c = cues('Till grund för detta ligger två viktiga antaganden, dels kommunens befolkningsprognos, dels SKR:s prisindex.');
    expect(c.listIntro).toBe(true);
    expect(sentenceFit('list', c)).toBe(1);
    expect(cues('Modellen tar dels hänsyn till volymer.').listIntro).toBe(false);
  });

  it('When a sentence opens by pointing at the one before ("Därför …", "Inom dessa …", "Av den anledningen …", "Den innehåller …"), then it refers back; a list item, a later "därför" or the article "den" does not', () => {
    expect(cues('Därför är dialog och förtroende viktigt.').refersBack).toBe(true);
    expect(cues('Inom dessa verksamheter har styrande dokument tagits fram.').refersBack).toBe(true);
    expect(cues('Av den anledningen har Alingsås ett övergripande mål.').refersBack).toBe(true);
    expect(cues('Om resultatet ändå blir negativt ska det återställas inom tre år.').refersBack).toBe(true);
    expect(cues('- Detta gäller alla nämnder.').refersBack).toBe(false);
    expect(cues('Nämnderna har tagit fram egna dokument och gör därför så.').refersBack).toBe(false);
    expect(cues('Den innehåller: mål, utfall och prognos.').refersBack).toBe(true);
    expect(cues('Den 15 oktober beslutar kommunfullmäktige.').refersBack).toBe(false);
    expect(cues('Den första uppföljningen sker i april.').refersBack).toBe(false);
    // "Det" before a definer other than "är" defines what was named before it; "Det är …" may be a cleft.
    expect(cues('Det utgör ramen för nämndernas grunduppdrag.').refersBack).toBe(true);
    expect(cues('Det är kommunfullmäktige som beslutar om budgeten.').refersBack).toBe(false);
    // "detta" after a preposition stands for what was said before; "dessa" before a noun further in need not.
    expect(cues('Till grund för detta ligger i två viktiga antaganden, dels befolkningsprognosen, dels prisindex.').refersBack).toBe(true);
    expect(cues('Det är viktigt att dessa tre delar harmoniserar.').refersBack).toBe(false);
    expect(cues('Den ska antas av nämnden.').refersBack).toBe(true);
  });

  it('When a sentence opens by saying why the one before holds ("Detta för att …", "Detta i syfte att …"), then it explains back; "Dessa mål följs upp" only refers back', () => {
    expect(cues('Detta för att hamna på rätt nivå.').explainsBack).toBe(true);
    expect(cues('Detta i syfte att underlätta styrning och uppföljning.').explainsBack).toBe(true);
    expect(cues('Dessa mål följs upp i delårsrapporten för att visa läget.').explainsBack).toBe(false);
  });

  it('When a sentence says what its subject is not ("Dialogen syftar inte främst till avrapportering …"), then it defines nothing; "Dialog är ett samtal …" does', () => {
    expect(cues('Dialogen syftar inte främst till avrapportering och sammanställning, utan till att uppnå en gemensam syn.').defines).toBeUndefined();
    expect(cues('Dialog är ett samtal där båda parter befinner sig på samma nivå.').defines).toBe('dialog');
  });

  it('When a sentence says what its subject is or can be ("En aktivitet kan vara ett uppdrag …"), then it defines; "ska vara" does not', () => {
    expect(cues('En aktivitet kan vara ett uppdrag, ett projekt eller en satsning.').definition).toBe(true);
    expect(cues('Målen ska vara mätbara och påverkbara för nämnden.').definition).toBe(false);
    // What it consists of says what it is too ("Grunduppdraget består av det uppdrag som …").
    expect(cues('Grunduppdraget består av det uppdrag som nämnden har tilldelats från fullmäktige.').defines).toBe('grunduppdraget');
  });

  it('When a sentence says "Syftet med <a thing> är …", then it gives the purpose of that thing, an article or whose it is left out', () => {
    expect(cues('Syftet med en styrmodell är att säkerställa att politisk vilja får genomslag.').purposeOf).toBe('styrmodell');
    expect(cues('Det övergripande syftet med vår styrmodell är att skapa en röd tråd.').purposeOf).toBe('styrmodell');
    expect(cues('Syftet med kommunens internkontroll är att förebygga fel.').purposeOf).toBe('internkontroll');
    // A purpose of nothing named, or of a clause, is of no thing.
    expect(cues('Syftet är att följa upp verksamheten.').purposeOf).toBeUndefined();
    expect(cues('Syftet med att vi följer upp målen varje år är att lära.').purposeOf).toBeUndefined();
  });

  it('When a sentence opens with "I <the thing> ska/ingår/redovisas …", or says what it includes ("inkluderat …"), then it says what the thing holds', () => {
    expect(cues('I genomlysningen ska nämnderna analysera sin effektivitet.').contents).toBe(true);
    expect(cues('En fördjupad uppföljning av ekonomin, inkluderat skatte- och pensionsprognoser, görs per den sista april.').contents).toBe(true);
    expect(cues('I juni ska kommunfullmäktige besluta om budgeten.').contents).toBe(false);
  });

  it('When a sentence opens with what it follows ("När … är antagen ska …", "Efter …", "Därefter …"), then it tells a next step and fits "vad händer sedan"; a list item does not', () => {
    expect(cues('När kommunstyrelsens verksamhetsplan är antagen ska förvaltningen påbörja planeringen.').sequel).toBe(true);
    expect(cues('Därefter beslutar kommunfullmäktige om budgeten.').sequel).toBe(true);
    expect(cues('Förvaltningen påbörjar planeringen när planen är antagen.').sequel).toBe(false);
    expect(cues('- När planen är klar skickas den till KF.').sequel).toBe(false);
    // One that names a step and goes on to what follows it says what came before.
    expect(cues('Nämnderna beslutar om uppföljningen och därefter beslutar kommunstyrelsen om en samlad.').before).toBe('Nämnderna beslutar om uppföljningen');
    expect(cues('Därefter beslutar kommunfullmäktige om budgeten.').before).toBeUndefined();
    expect(sentenceFit('next', cues('Efter nämndernas beslut beslutar kommunstyrelsen.'))).toBeGreaterThan(sentenceFit('next', cues('Kommunstyrelsen beslutar.')));
  });
  it('When a sentence names a count and as many items after it, then it enumerates; a count with two things joined by "och" does not', () => {
    expect(cues('Vår uppföljningsprocess följer en cykel med tre gemensamma uppföljningar per år; resultatprognos efter april, delårsrapport efter augusti och årsredovisning efter årsslutet.').enumerates).toBe(true);
    expect(cues('Styrmodellen bygger på fyra styrande processer: mål, kvalitet, ekonomi och kompetens.').enumerates).toBe(true);
    expect(cues('Två gånger per år kallar presidiet alla ledamöter och ersättare till en politikerdag.').enumerates).toBe(false);
    expect(cues('Det ska finnas max tre mål, som omprövas varje år.').enumerates).toBe(false);
  });

  it('When a sentence lists three or more items in brackets, then it enumerates; a bracket with two does not', () => {
    expect(cues('Nyckeldata följs löpande för att synliggöra verksamhetens nuläge (framförallt sjukfrånvaro, personalomsättning, pulsmätning av arbetsmiljö).').enumerates).toBe(true);
    expect(cues('Uppföljningen sker i verksamhetssystemet (mål, mått och aktiviteter).').enumerates).toBe(true);
    expect(cues('Nämnden följer upp (i april, augusti) sina mål.').enumerates).toBe(false);
  });
  it('When a sentence names who does something after a passive verb ("leds av …"), then it has an agent; its heading may name a preparation', () => {
    expect(cues('Processen leds av en politiskt tillsatt budgetberedning.').agent).toBe(true);
    expect(cues('Processen startar i mars.').agent).toBe(false);
    expect(sentenceCues('Processen leds av en budgetberedning.', new Set(), 'Mars–april – Beredning av mål- och budget').headingPrepare).toBe(true);
    expect(sentenceCues('Processen leds av en budgetberedning.', new Set(), 'Juni – Beslut mål- och budget').headingPrepare).toBe(false);
  });
  it('When a sentence writes a span as a compound of a number ("femårsperiod", "treårig"), then it holds a number; "tredje" does not', () => {
    expect(cues('- Investeringsplan för kommande femårsperiod').numbers.length).toBe(1);
    expect(cues('Budgeten är treårig och revideras årligen.').numbers.length).toBe(1);
    expect(cues('Det tredje steget tar sikte på volymförändringen.').numbers.length).toBe(0);
  });
});
