import { readsAsEnglish } from '../lexicon/stopwords';
import { questionWords } from './questionText';
import { classify } from './classify';

const detectIntent = (q: string) => ({ ...classify(questionWords(q)), english: readsAsEnglish(questionWords(q)) });

describe('Question kinds', () => {
  it.each([
    ['Vem beslutar om budgeten?', 'decides'],
    ['vem bestämmer över internkontrollplanen', 'decides'],
    ['Vem tar beslut om skatten?', 'decides'],
    ['Vem fastställer årsredovisningen?', 'decides'],
    ['Vilka antar verksamhetsplanen?', 'decides'],
    ['Vilken nämnd ska besluta om internkontrollplanen?', 'decides'],
    // Which things were decided, with the decider named after the verb, is no question of who.
    ['Vilka nyckeltal har fullmäktige beslutat om för målet?', 'list'],
    ['Which goals has the council adopted for the term?', 'list'],
    ['Vem bereder budgeten?', 'prepares'],
    // A guess at the answer after what is asked does not say what kind the question is; a cleft asks on.
    ['vad bygger resursfördelningsmodellen på, är det antal barn eller nåt annat', 'other'],
    // A cleft whose verb leaves its preposition at the end asks as the plain question does, not what the thing is.
    ['Vad är det resursfördelningsmodellen bygger på?', 'other'],
    ['Vad är det genomlysningen handlar om?', 'define'],
    ['Vilket organ är det som bereder kommunens budget?', 'prepares'],
    ['Vilket organ är det formellt som bereder budgeten åt fullmäktige?', 'prepares'],
    ['Who is responsible for writing the anvisningar?', 'prepares'],
    ['Vem skriver anvisningarna?', 'prepares'],
    // (Who decides, asked first, is what is asked; the asker's guess after it names who prepares.)
    ['Vem är det som antar en rutin för vår verksamhet, räcker det att jag som enhetschef tar fram den eller måste den upp i nämnden?', 'decides'],
    ['Vilket politiskt organ är ansvarigt för budgetprocessen?', 'who'],
    // One of whose they are is one of a body too.
    ['Vilket av kommunstyrelsens utskott hanterar skolfrågorna?', 'who'],
    ['Vilken risk har högst riskvärde?', 'list'],
    // A body's role asked by "vilket/vilken" is no item of a list.
    ['Vilket uppdrag har kommunstyrelsen?', 'other'],
    // A participle after an article qualifies a noun and asks no decider; a compound of "antal" asks a number.
    ['Finns det en fastställd mall för verksamhetsplanen?', 'yesno'],
    ['Finns det ett fastställt maxantal indikatorer per mål?', 'howmany'],
    // "reason" asks why however it is qualified ("the main reason"); "called" names a term, it is no topic.
    ['What is the main reason for having a results equalization reserve?', 'reason'],
    ['Hallstahammar keeps something called a resultatutjämningsreserv. What is the main reason for having it?', 'reason'],
    // "hur många … som helst" asks whether there is a limit, not a number.
    ['Kan KF ge nämnden hur många uppdrag som helst?', 'other'],
    // How an amount is worked out is a question of how, not of the amount ("hur räknar … fram hur mycket …").
    ['Hur räknar resursfördelningsmodellen fram hur mycket en verksamhet ska kompenseras?', 'other'],
    ['Hur mycket pengar får nämnden?', 'howmany'],
    // An amount within a question of who or when is its object ("vem bestämmer hur mycket …").
    ['Vem bestämmer hur mycket pengar varje nämnd får?', 'decides'],
    ['När får vi veta hur mycket pengar nämnden får?', 'when'],
    ['Vet du hur många mål nämnden får ha?', 'howmany'],
    ['I vilket syfte tillämpar kommunen en resursfördelningsmodell?', 'reason'],
    ['När är budgetdagen?', 'when'],
    ['Vad är steget efter budgetdagen i april?', 'next'],
    // "Vilket är …" asks which one, not which year ("vilket år" folds to the same words); "nästa beslutssteg" is the next step.
    ['Vilket är det högsta beslutande organet i kommunen?', 'decides'],
    ['Vilket år antogs styrmodellen?', 'when'],
    ['När nämnderna har fattat beslut om sin fördjupade månadsuppföljning, vilket är nästa beslutssteg?', 'next'],
    // "Nästa" a thing and after what asks the step after it; "nästa år" is a time.
    ['Vad är nästa uppföljning vi ska rapportera in till efter resultatprognosen?', 'next'],
    // A clause of "när" that says the thing done may follow it: what happens to it then comes next.
    ['vad händer med nämndens genomlysning när vi har tagit fram den?', 'next'],
    ['var tar genomlysningen vägen sen?', 'next'],
    ['Om vi kommer fram till att målen behöver justeras – hur går det vidare då?', 'next'],
    // A reason asked as "något skäl" ("Finns det något skäl att hålla nere antalet?") is no count: "antalet" is what it asks of.
    ['Finns det något skäl att hålla nere antalet?', 'reason'],
    ['What is the next report after the interim report?', 'next'],
    ['Vad är nästa års ram efter besparingen?', 'define'],
    ['At which points in the year does the council follow up the budget?', 'when'],
    ['At what time of year does the council adopt its budget?', 'when'],
    ['vid vilka tidpunkter följer kf upp budgeten?', 'when'],
    ['När KF har bestämt sina mål för mandatperioden – vem ska bryta ner dem?', 'who'],
    ['När KF har klubbat målen, vem bryter ner dem?', 'who'],
    // (A verb right after "när" asks when, even with a decision in it and a guess after: no clause of a step done.)
    ['när tar KF beslut om mål och budget, är det juni eller november?', 'when'],
    // A "när" whose next word is a thing, not a verb, opens a clause; "När beslutas budgeten?" asks when.
    ['När styrmodellen talar om nämndernas "ram" – hur definieras begreppet ram där?', 'define'],
    ['När budgeten talar om ramar, vem beslutar om dem?', 'decides'],
    ['När beslutas budgeten och vem bereder den?', 'when'],
    ['När beslutar KF om målen, och vem bereder dem?', 'when'],
    ['Hur vet man om målet är nått när det saknas mått?', 'other'],
    ['Vad ska förvaltningen göra efter det?', 'next'],
    ['What comes after the interim report?', 'next'],
    // The infinitive asks it too ("vad ska hända sen", "what will happen after").
    ['Vad ska hända sen med förslagen till mandatmål?', 'next'],
    ['What will happen after the council has adopted the budget?', 'next'],
    // Whether more happens asks what happens after.
    ['Händer det något mer med budgeten under hösten?', 'next'],
    ['Does anything more happen to the budget in the autumn?', 'next'],
    ['Händer det något på budgetdagen?', 'other'],
    ['What distinguishes a program from a plan?', 'difference'],
    ['Which types of steering documents does Alingsås distinguish?', 'list'],
    ['När nämnden har beslutat sin budget, vad händer sen?', 'next'],
    // A day or a month asked for counts from the step said done: it is asked when, not what comes next.
    ['Vilket datum ska våra planer vara inne efter att KS antagit verksamhetsplanen?', 'when'],
    ['Vilken månad lämnar nämnderna in sina planer efter att KF beslutat budgeten?', 'when'],
    // "vad händer när …" with the step said done asks what follows it; "vad händer när …" alone may ask what happens at it.
    ['vad händer när kf väl har klubbat sina mål för mandatperioden?', 'next'],
    ['Partierna har tagit fram förslag till mandatmål. Vad händer med förslagen innan fullmäktige beslutar?', 'next'],
    // "How does X …" asks how, as "hur följer …" does; "how does X work / define …" asks what it is, as "hur fungerar" does.
    ['How does the executive board follow up the other committees\' internal control plans?', 'other'],
    ['How does the resource allocation model work?', 'define'],
    ['How does the governance model define internal control?', 'define'],
    ['What happens once the council has adopted the budget?', 'next'],
    ['Hur ofta sker uppföljning efter delåret?', 'howoften'],
    ['hur många ggr per år följs budgeten upp?', 'howoften'],
    ['När räknas ett mål som uppfyllt?', 'other'],
    ['nar ar omvarldsdagen', 'when'],
    ['Vad är en vision?', 'define'],
    ['Vad går genomlysningen ut på?', 'define'],
    ['vad handlar kvalitetsstyrningen om i vår modell?', 'define'],
    // "Vad säger X?" asks what X says, as "What does X say?" does; what it says of something, or that, asks otherwise.
    ['Vad säger Ånges vision?', 'define'],
    ['Vad säger styrmodellen om dialog?', 'other'],
    ['Vad säger styrmodellen att revisorerna har till uppgift att granska?', 'other'],
    ['Om målen krockar med pengarna, vad går före?', 'other'],
    // What to do now, once a step is said done, is what comes next.
    ['verksamhetsplanen är antagen, vad förväntas av min enhet nu', 'next'],
    ['Vad gäller nu för budgeten?', 'other'],
    // Where it goes after is what comes next.
    ['Vår nämnd beslutar om resultatprognosen i maj, vart tar den vägen sen?', 'next'],
    // How something is decided asks how, not who decides.
    ["If the executive board's goals have no KPIs attached, how do they decide whether a goal was met?", 'other'],
    ['Hur beslutar man vilka kontroller som ska ingå?', 'other'],
    // A cleft ("vad är det" and a verb soon after) asks what is done, not what a term means.
    ['vad är det nämnderna egentligen ska göra i genomlysningen varje år?', 'other'],
    ['Vad är det för slags dag?', 'define'],
    ['Vad menas med uppsiktsplikt', 'define'],
    ['Vad ska budget- och årsplanen innehålla?', 'contents'],
    ['Vilka kontroller ska ingå i internkontrollplanen?', 'contents'],
    ['What goes into the interim report (delårsrapport) after August?', 'contents'],
    // A contents word in a relative clause after "hur" asks how, not what it holds.
    ['Hur väljer nämnden ut vilka kontroller som ska ingå i internkontrollplanen?', 'other'],
    ['Vad är skillnaden mellan policy och riktlinje?', 'difference'],
    ['How does a plan differ from a policy?', 'difference'],
    ['Who decides how money is split between the different services?', 'decides'],
    ['Vad händer i oktober?', 'month'],
    // As a chief asks it: a verb of doing or of done right after "vad"; not a "do" further on ("… why do they hold it?").
    ['Vad gör vi i juni?', 'month'],
    ['vad ska nämnden göra i september', 'month'],
    ['vad ska vara klart i juni?', 'month'],
    ['What do we do in June?', 'month'],
    ['vad är på gång i juni?', 'month'],
    ["What's the point of the omvärldsdag in January – why do they hold it?", 'reason'],
    ['årshjul', 'cycle'],
    // (The cycle as where a term stands names the term asked, not the cycle: a relative clause of "som".)
    ['Vad innebär "teknisk omräkning av budget" som ligger i årshjulet i november?', 'define'],
    ['Vem gör vad?', 'roles'],
    // Of a time, who does what is what the steps of that time are, not the split of roles.
    ['vem gör vad under sommaren?', 'who'],
    ['vad bestämmer politikerna om och vad bestämmer tjänstepersonerna', 'roles'],
    ['Vad är skillnaden mellan politikens och förvaltningens roll?', 'roles'],
    ['How are responsibilities split between elected politicians and civil servants?', 'roles'],
    ['How is the division of labour between elected politicians and civil servants described?', 'roles'],
    ['va e en riktlinje', 'define'],
    ['hur funkar resursfördelningsmodellen', 'define'],
    ['Hur ofta följer KF upp budgeten?', 'howoften'],
    ['Hur många mål får en nämnd ha?', 'howmany'],
    ['Vilka uppföljningar görs under året?', 'list'],
    ['Vem har uppsiktsplikt?', 'who'],
    ['När KS har beslutat om sina mål, vad kommer därnäst?', 'next'],
    ['Planen är antagen. Vad väntas av oss ute i verksamheten efter det?', 'next'],
    ['När planen väl är antagen, vad förväntas av enheterna?', 'next'],
    ['När årsrapporterna är beslutade, vad återstår då?', 'next'],
    ['När beslutar KF om budgeten, och vad ska den innehålla?', 'when'],
    ['När fastställs planen och vad ska den innehålla?', 'when'],
    ['Vad räknas som en aktivitet?', 'define'],
    ['What counts as an activity?', 'define'],
    ['Vad kännetecknar ett program?', 'define'],
    ['What are the focus areas of the vision?', 'list'],
    // (A plural pointed back at, asked bare: "… has a number of focus areas. What are they?")
    ['What are they?', 'list'],
    ['What are they supposed to achieve?', 'reason'],
    ['What are focus areas?', 'define'],
    ['Varför ska antalet mål hållas nere?', 'reason'],
    ['Why is the number of goals kept low?', 'reason'],
    ['What is the resource allocation model in Alingsås meant to achieve?', 'reason'],
    ['Vad syftar resursfördelningsmodellen till?', 'reason'],
    // The reason asked for by another noun: "motiveringen", "orsaken", "bakgrunden till att …", "the reasoning behind".
    ['Vad är bakgrunden till att kommunen har målet att bli Sveriges mest effektiva kommun?', 'reason'],
    ['Vad är egentligen motiveringen till att kommunens enda övergripande mål är att bli Sveriges mest effektiva kommun?', 'reason'],
    ['Vad är orsaken till att antalet mål hålls nere?', 'reason'],
    ["What was the reasoning behind Alingsås making 'becoming Sweden's most efficient municipality' its single overarching goal?", 'reason'],
    ['Vad är tanken med att nämnderna gör en genomlysning varje år?', 'reason'],
    ['Om nämnden inte når målen, vilka verktyg har KS?', 'list'],
    ['Vad händer med förslagen till mandatmål sen?', 'next'],
    ['Hur ska vi hantera det när målen inte går ihop med pengarna?', 'other'],
    ['Vad gäller när budgeten inte räcker?', 'other'],
    ['Första uppföljningen efter tre månader – vad ligger fokus på där?', 'contents'],
    ['vad ligger skattesatsen på?', 'howmany'],
    ['varför måste alla mål va mätbara', 'reason'],
    ['Vad är poängen med omvärldsdagen som kommunen håller varje år?', 'reason'],
    ['Kan du rada upp styrdokumenten i ordning?', 'list'],
    ['Kan du förklara begreppet riktlinje?', 'define'],
    ['Could you list the focus areas?', 'list'],
    ['Kan KF ändra budgeten under året?', 'yesno'],
    // (A "när" within a question that opens with its verb opens a clause of it, unless a verb follows it.)
    ['Är det en dialog när chefen håller en dragning och vi får ställa frågor?', 'yesno'],
    ['Ska skriva en rapport om budgeten – när ska den vara klar?', 'when'],
    ['Varför lägger styrmodellen så stor vikt vid rollfördelningen mellan politiker och tjänstepersoner?', 'reason'],
    ['Who is the current municipal CEO (kommundirektör) in Alingsås?', 'person'],
    ['Who is currently the municipal chief executive (kommundirektör) in Alingsås? I would like to request an interview.', 'person'],
    ['Who currently chairs the budget preparation group in Hallstahammar?', 'person'],
    ['Vem är systemförvaltare för Stratsys?', 'person'],
    ['Vem är ansvarig för budgetprocessen?', 'who'],
  ])('When asked "%s", then the intent is %s', (q, kind) => {
    expect(detectIntent(q).kind).toBe(kind);
  });

  it('When the question is in English, then it is marked English', () => {
    expect(detectIntent('Who decides the budget?')).toMatchObject({ kind: 'decides', english: true });
    expect(detectIntent('Vem beslutar om budgeten?').english).toBe(false);
    // ("vs", "etc" and "ok" are written in Swedish too: "skillnad KF-mål vs KS-mål?" is Swedish.)
    expect(detectIntent('skillnad KF-mål vs KS-mål? antal, tidsperiod osv').english).toBe(false);
    expect(detectIntent('Policy vs. administration: who decides what?').english).toBe(true);
  });

  it('When a time in the past is asked ("När antogs …", "When was … adopted"), then a year or a day is wanted; "vilket är det femte" asks no year', () => {
    expect(detectIntent('När antogs visionen?').wants).toBe('year');
    expect(detectIntent('When was the vision adopted?').wants).toBe('year');
    expect(detectIntent('När antas visionen?').wants).toBeUndefined();
    expect(detectIntent('När beslutades budgeten?').wants).toBe('year');
    expect(detectIntent('Senast när måste planen vara beslutad?').wants).toBeUndefined();
    expect(detectIntent('Vilket är det femte fokusområdet?').wants).toBeUndefined();
  });

  it('When what something rests on is asked ("Vad bygger fördelningen på?"), then it is asked as how it is done; "Vad är fördelningen?" is not', () => {
    expect(detectIntent('Vad bygger fördelningen på?')).toMatchObject({ kind: 'other', wants: 'manner' });
    expect(detectIntent('vad baseras volymförändringarna på')).toMatchObject({ kind: 'other', wants: 'manner' });
    expect(detectIntent('Vad är fördelningen?').wants).toBeUndefined();
  });

  it('When a system is asked for by which one ("vilket IT-system", "vilket planerings- och uppföljningssystem", "which system"), then its name is wanted; "What is the Stratsys system used for?" names it already', () => {
    expect(detectIntent('Vilket IT-system använder vi för att rapportera?').wants).toBe('name');
    expect(detectIntent('Vilket planerings- och uppföljningssystem använder kommunen?').wants).toBe('name');
    expect(detectIntent('Which system is used for follow-up?').wants).toBe('name');
    expect(detectIntent('What is the Stratsys system used for?').wants).toBeUndefined();
    expect(detectIntent('Vad är ett styrsystem?').wants).toBeUndefined();
  });

  it('When a kind whose items go by their names is asked for by which ones ("vilka bolag", "which parties", "vilka personer"), then names are wanted', () => {
    expect(detectIntent('Vilka bolag ingår i kommunkoncernen?').wants).toBe('name');
    expect(detectIntent('Which companies are wholly owned by the municipality?').wants).toBe('name');
    expect(detectIntent('Vilka personer ingår i kommunledningsgruppen?').wants).toBe('name');
    expect(detectIntent('Vad gäller för bolagen?').wants).toBeUndefined();
  });

  it('When how something is done is asked ("Hur följer man upp …?", "How is … followed up?"), then the means is wanted; "hur många" and "hur ofta" ask for other things', () => {
    expect(detectIntent('Hur följer man upp hur det går med målet?').wants).toBe('manner');
    expect(detectIntent('How is the goal followed up?').wants).toBe('manner');
    expect(detectIntent('Hur många mål får nämnden ha?').wants).toBeUndefined();
    expect(detectIntent('Hur ofta följs målen upp?').wants).toBeUndefined();
    expect(detectIntent('Vad är en genomlysning?').wants).toBeUndefined();
    // (How a thing is put in words is no means: "hur lyder visionen?", "hur beskriver styrmodellen balanskravet?")
    expect(detectIntent('Hur lyder visionen?').wants).toBeUndefined();
    expect(detectIntent('Hur beskriver styrmodellen balanskravet?').wants).toBeUndefined();
  });

  it('When a system is asked for ("Vilket IT-system använder Alingsås …?"), then its name is wanted', () => {
    expect(detectIntent('Vilket IT-system använder Alingsås för att följa upp målen?').wants).toBe('name');
    expect(detectIntent('Vilket system ska vi rapportera i?').wants).toBe('name');
  });

  it('When the wording of a text is asked ("Vad står det i visionen?", "hur lyder", "What exactly does the vision statement say?"), then the wording is wanted; what a text says about something is not', () => {
    expect(detectIntent('vad står det i hallstahammars vision?').wording).toBe(true);
    expect(detectIntent('What exactly does the vision statement say?').wording).toBe(true);
    expect(detectIntent('Vad står det i styrmodellen om dialog?').wording).toBeFalsy();
    expect(detectIntent('What exactly does referenskostnad mean?').wording).toBeFalsy();
  });

  it('When a month is asked by name after a season said of something else ("Efter valet i höst – i vilken månad …?"), then the season does not narrow it; a season asked of does', () => {
    expect(detectIntent('Efter valet i höst – i vilken månad förväntas fullmäktige besluta om målen för mandatperioden?').season).toBeUndefined();
    expect(detectIntent('Vad händer med budgeten under hösten?').season).toEqual([9, 10, 11]);
  });

  it('When a date is asked whether there is one ("Finns det ett sista datum för …", "is there a deadline"), then a date is wanted', () => {
    expect(detectIntent('Finns det ett sista datum för när socialnämnden ska ha lämnat sin genomlysning till kommunstyrelsen?').wants).toBe('date');
    expect(detectIntent('Is there a deadline for the committees\' reviews?').wants).toBe('date');
    expect(detectIntent('Finns det en plan för det?').wants).toBeUndefined();
  });

  it('When the word for a day is asked of however it is qualified ("ett fast datum", "a fixed date", "slutdatumet"), then a date is wanted; "to date" asks none', () => {
    expect(detectIntent('Finns det ett fast datum för omvärldsdagen?').wants).toBe('date');
    expect(detectIntent('Is there a fixed date for the omvärldsdag?').wants).toBe('date');
    expect(detectIntent('Vad är slutdatumet för genomlysningen?').wants).toBe('date');
    expect(detectIntent('What has the council decided to date about the goals?').wants).toBeUndefined();
  });

  it('When what holds now is asked ("just nu", "för nuvarande mandatperiod", "this year"), then it is marked current', () => {
    expect(detectIntent('Vilka är de kommunövergripande målen för nuvarande mandatperiod?').current).toBe(true);
    expect(detectIntent('Vad är skatten just nu?').current).toBe(true);
    expect(detectIntent('Vilka kommunövergripande mål finns?').current).toBeUndefined();
    // "Den nuvarande styrmodellen", "the current governance model" name the model in force; they ask nothing of now.
    expect(detectIntent('Vilka styrande processer strukturerar utvecklingen av grunduppdraget i den nuvarande styrmodellen?').current).toBeUndefined();
    expect(detectIntent('Which governing processes are there in the current governance model?').current).toBeUndefined();
    expect(detectIntent('Vilka mål gäller i nuvarande mandatperiod enligt styrmodellen?').current).toBe(true);
    // (A time said before the question, "… ska göra en genomlysning igen i år, vad e det för nåt?", is not what it asks.)
    expect(detectIntent('chefen sa att nämnden ska göra en genomlysning igen i år, vad e det för nåt egentligen?').current).toBeUndefined();
  });

  it('When the year the current thing was adopted is asked ("In which year did Alingsås adopt its current governance model?"), then a time in the past is asked, not what holds now', () => {
    for (const q of ['In which year did Alingsås adopt its current governance model?', 'Vilket år antogs Alingsås nuvarande styrmodell?']) {
      const intent = detectIntent(q);
      expect(intent).toMatchObject({ kind: 'when', wants: 'year' });
      expect(intent.current).toBeUndefined();
    }
  });

  it('When "va" follows a modal verb ("måste alla mål va mätbara"), then it is "vara", elsewhere "vad"', () => {
    expect(questionWords('varför måste alla mål va mätbara')).toContain('vara');
    expect(questionWords('va e en riktlinje')[0]).toBe('vad');
    expect(questionWords('kan du säga va det är')).toContain('vad');
  });

  it('When whether there is a time is asked ("Finns det någon angiven månad då …?", "Is there a deadline by which …?"), then it asks when, and a month named asks a month', () => {
    expect(detectIntent('Finns det någon angiven månad då revisionen senast ska ha fastställt sin granskningsplan?')).toMatchObject({ kind: 'when', wants: 'month' });
    expect(detectIntent('Finns det någon tidpunkt då nämnderna ska lämna sin budget?').kind).toBe('when');
    // (As typed, "vilket" for "vilken": "Vilket månad fattar kommunfullmäktige beslut om budgeten?")
    expect(detectIntent('Vilket månad fattar kommunfullmäktige beslut om kommunens budget?')).toMatchObject({ kind: 'when', wants: 'month' });
    // (Not a month the asker has: "Finns det något vi ska göra i maj?")
    expect(detectIntent('Finns det något vi ska göra i maj?').kind).not.toBe('when');
  });

  it('When who has a seat is asked ("Who actually sits on the budget committee?", "vilka sitter i budgetberedningen?"), then persons are asked, whom the model does not name', () => {
    expect(detectIntent('Who actually sits on the budget committee (budgetberedning)?').kind).toBe('person');
    expect(detectIntent('vilka sitter i budgetberedningen?').kind).toBe('person');
    // (Not who takes part, nor who does it.)
    expect(detectIntent('vilka sitter med i dialogen om årsbokslutet?').kind).not.toBe('person');
    expect(detectIntent('vem sitter och tar fram förslagen till verksamhetsplaner under sommaren?').kind).not.toBe('person');
  });

  it('When a month is named, then it is returned as a number', () => {
    expect(detectIntent('vad händer i oktober').month).toBe(10);
  });

  it('When a step done in one month is said before a question of another ("… in June, what happens to that budget in November?"), then the month asked of is the question\'s own', () => {
    expect(detectIntent("After the council adopts next year's budget in June, what happens to that budget in November?").month).toBe(11);
    expect(detectIntent('Budgeten beslutas i juni. Vad händer med den i november?').month).toBe(11);
    expect(detectIntent('Budgeten togs i juni – vad händer med den under hösten?').month).toBe(6);
  });
});
