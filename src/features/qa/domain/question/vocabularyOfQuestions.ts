import type { Cues } from './cues';

/**
 * The closed-class words of questions: what marks the kind of answer wanted, not its topic. Swedish and
 * English, folded. These are language, not content: a new kommun needs no new word here.
 */

/** Decision verbs that say nothing about which decision ("beslutar", "fastställer", "tar beslut", "adopts" …). */
export const genericDecisionVerbs: Cues = [
  // (Not "beslut*": "beslutsunderlag", "beslutsnivå" are things, not the decision asked about.)
  'beslut', 'beslutet', 'besluten', 'beslutar', 'besluta', 'beslutas', 'beslutade', 'beslutat', 'beslutats', 'beslutad', 'beslutades', 'beslutande', 'bestammer', 'bestamma', 'bestams', 'bestammas', 'faststall*', 'anta', 'antar', 'antas', 'antagit*', 'antogs', 'bestamt*', 'bestamde', 'antog', 'godkann*', 'klubba*', 'spika*', 'fatta', 'fattar', 'fattas', 'fattade', 'fattat', 'tagit sin*',
  'decide*', 'decision*', 'approv*', 'adopt*',
];
/** All decision verbs: also those that name the decision ("tillsätter", "utser"), which stay topic words. */
export const decisionVerbs: Cues = [...genericDecisionVerbs, 'tillsatt*', 'tillsat*', 'utse*', 'appoint*'];

/** Verbs of preparing a matter ("bereder", "tar fram", "sammanställer", "prepares"). */
export const prepareVerbs: Cues = ['bered*', 'forbered*', 'utarbeta*', 'sammanstall*', 'tar fram', 'ta fram', 'tas fram', 'driver', 'driva', 'prepar*', 'draft*', 'skriver', 'skriva', 'write', 'writes', 'writing', 'draw up', 'draws up', 'drawing up'];

/** What a question about time asks with. */
/** Seasons say when, never what about ("under sommaren och hösten"). */
export const seasonWords: Cues = ['sommar*', 'host', 'hosten', 'varen', 'vinter*', 'summer', 'autumn', 'winter'];
/** The first month of each season, of three ("vår" folds to "var", a stop word: only "våren" says spring). */
export const seasonStarts: Record<string, string> = {
  varen: 'mars', spring: 'mars', sommar: 'juni', sommaren: 'juni', summer: 'juni', host: 'september', hosten: 'september', autumn: 'september', vinter: 'december', vintern: 'december', winter: 'december',
};
export const whenWords: Cues = ['nar', 'when', 'datum', 'tidpunkt*', 'manad', 'month', 'deadline', 'senast', 'vilken tid', 'vilket datum', 'hur dags', 'by which'];

/** What asks for the last day something may be done by ("vilket datum måste vi senast lämna in …"). */
export const deadlineCues: Cues = ['senast', 'sista dag', 'deadline', 'lamna in', 'lamnas in', 'inlamning', 'by when'];

/** A length of time asked for ("hur långt framåt …", "how long …", "vilken tidshorisont …"; not whether there is one: "Har visionen någon tidshorisont?") is counted in time units ("femårsperiod", "tre år", "10–15 årigt"). */
export const durationWords: Cues = ['hur lang', 'hur lange', 'hur langt', 'how long', 'for how long', 'how far ahead', 'hur langsiktig*', 'vilken tidshorisont', 'vilket tidsperspektiv', 'what time horizon', 'what time frame', 'what timeframe'];
/** A number or an amount is asked for: how many, how much, how long, how high, or a value in a unit. */
export const howManyWords: Cues = [
  'hur manga', 'how many', 'antal*', 'number of', 'vad ligger', 'hur mycket', 'how much', ...durationWords, 'hur hog', 'hur hoga', 'hur stor', 'hur stort', 'hur stora', 'how high', 'how big', 'how large', 'vad kostar',
  'i kronor', 'i procent', 'in kronor', 'in percent',
];
/** "när" that opens a condition, not a question of time: "… när det inte finns nåt mått", "när anses målet uppnått". */
export const conditionalWhen: Cues = ['nar det', 'nar vi', 'nar man', 'nar jag', 'nar ni', 'nar de', 'nar anses', 'nar raknas'];
/** "Ungefär hur många …", "typ när …", "varför … överhuvudtaget": a hedge or an emphasis says how exact or how pressing, not what it is about. */
/** "Många medlemmar undrar varför …", "I wonder what …": who asks, before an indirect question. */
export const askVerbs: Cues = ['undrar', 'undra', 'undrade', 'fragar', 'fragade', 'fragan', 'vill veta', 'ville veta', 'wonder*', 'asking', 'asks', 'asked', 'want to know', 'would like to know'];
/** Verbs that, before another, only say it is expected or required ("Vad förväntas den innehålla?" asks what it contains; "Why does Ånge require that goals be measurable?" why they must be). */
export const expectVerbs: Cues = ['forvantas den', 'forvantas det', 'forvantas de', 'forvantas vi', 'expected to', 'supposed to', 'kraver', 'kravs', 'require', 'requires', 'required'];
/** "Hur går man tillväga …", "hur går det till …", "hur ska vi tänka när …": how something is done is asked, in words that name nothing. */
export const howPhrases: Cues = ['tillvaga', 'gar det till', 'gick det till', ...['ska', 'bor'].flatMap((v) => ['jag', 'vi', 'man'].map((who) => `${v} ${who} tanka`))];
/** Adverbs of a hedge that say nothing of the question's form either: "vad räknas egentligen som …" asks as "vad räknas som …". */
export const fillerAdverbs = ['egentligen', 'faktiskt', 'tydligen', 'overhuvudtaget', 'ungefar', 'cirka', 'exakt', 'actually', 'really', 'apparently', 'roughly', 'approximately', 'exact', 'exactly'];
export const hedges: Cues = [...fillerAdverbs, 'ca', 'typ', 'approx', 'over huvud taget', 'overhuvud taget', 'konkret', 'sjalva', 'rent', 'precis', 'nyss', 'just', 'i praktiken', 'in practice', 'hela tiden', 'all the time', 'formellt', 'formally', 'kort och gott', 'kort sagt', 'i korthet', 'kortfattat', 'in short', 'briefly', 'in a nutshell', 'for forsta gangen', 'for the first time', 'arligt talat', 'arligt sagt', 'honestly'];
export const durationUnits = ['ar', 'manader', 'veckor', 'dagar', 'period', 'years', 'months'];
export const howOftenWords: Cues = ['hur ofta', 'how often', 'hur manga ganger', 'how many times', 'ganger om aret', 'ganger per ar', 'times a year', 'times per year'];
/** "Vad ligger fokus på i den?": what something is about, not a value ("vad ligger skatten på?"). */
export const focusWords: Cues = ['vad ligger fokus', 'vad ligger tyngdpunkt*', 'vad fokuserar', 'what is the focus', 'what does it focus'];
export const contentsWords: Cues = [
  ...focusWords,
  'innehall*', 'ingar', 'inga', 'ska med', 'ha med', 'vara med', 'finnas med', 'sta i', 'sta med', 'bestar av', 'bestar', 'omfattar', 'omfatta', 'inkluder*', 'inklusive', 'disponer*', 'vilka delar', 'for delar', 'vilka rubriker', 'vilka avsnitt', 'upplagd', 'upplagt', 'uppbyggd', 'uppbyggt', 'uppdelad i', 'uppdelat i', 'indelad i', 'indelat i',
  'contain*', 'include*', 'cover', 'covers', 'goes into', 'what parts', 'which parts', 'what sections', 'which sections', 'structured', 'divided into', 'split into',
];
export const reasonWords: Cues = ['varfor', 'why', 'syftet', 'vilket syfte', 'av vilken anledning', 'anledningen', 'skalet', 'skalen', 'skal att', 'skal till', 'skal for', 'nagot skal', 'vilka skal', 'orsaken', 'motiveringen', 'motivet', 'bakgrunden till att', 'tanken bakom', 'tanken med att', 'reason', 'reasons', 'rationale', 'reasoning behind', 'thinking behind', 'purpose', 'poangen med', 'vitsen med', 'the point of', 'meant to achieve', 'supposed to achieve', 'intended to achieve', 'meant to accomplish', 'the aim of', 'aims to', 'tankt att uppna', 'syftar'];
export const differenceWords: Cues = ['skillnad*', 'skiljer', 'difference*', 'differ', 'differs', 'different from', 'vs', 'versus', 'kontra'];
/** "Vilket står högst, en policy eller ett program?", "which ranks higher, …": which of two stands above the other in a hierarchy. */
export const rankWords: Cues = ['star hogst', 'star hogre', 'star over', 'ar hogst', 'ar hogre', 'hogst i hierarkin', 'hogre i hierarkin', 'ranks higher', 'ranks highest', 'ranks above', 'rank higher', 'is higher', 'higher in the hierarchy', 'highest in the hierarchy'];
export const defineOpeners: Cues = [
  'vad ar', 'vad innebar', 'vad betyder', 'vad menas', 'vad star', 'vad avses', 'vad raknas som', 'vad kannetecknar', 'hur definieras', 'hur definierar', 'hur fungerar', 'what is', 'what are', 'what does', 'what do', 'what counts as',
];
/** "Vad handlar X om?", "vad går X ut på?": what X is about (classify.ts); "går" stays a topic word ("vad går före?"). */
export const aboutOpeners: Cues = ['vad handlar'];
export const goesAboutOpeners: Cues = ['vad gar'];
/** "How does X work?", "how does the model define X?" ask what X is, as "hur fungerar" does; "how does KS follow up …?" asks how. */
export const defineVerbsAfterHow: Cues = ['work', 'works', 'function', 'define', 'defines'];
/** Where a term asked to be defined is met ("… när man pratar om …", "… i verksamhetsplanen", "… enligt styrmodellen"). */
export const whereMetWords: Cues = ['nar', 'when', 'i', 'in', 'inom', 'within', 'enligt'];
/** What follows these is an example of what is asked about ("ett nytt styrdokument, t.ex. en riktlinje för …"). */
/** A guess at the answer after a question of who ("…, är det nämnden?", "…, is it the council?"). */
export const guessWords: Cues = ['ar det', 'is it', 'or is it'];
/** Negations, and the conditions that make one say what is missing ("när det inte finns …", "if there is no …"). */
export const negationWords: Cues = ['inte', 'ej', 'inga', 'ingen', 'inget', 'icke', 'not', 'no'];
export const conditionWords: Cues = ['nar', 'om', 'ifall', 'if', 'when', 'where'];
export const noneWords: Cues = ['inga', 'ingen', 'inget', 'no'];
export const existenceVerbs: Cues = ['finns', 'finnas', 'har', 'ha', 'is', 'are', 'there', 'has', 'have'];
/** "Utan nyckeltal", "without KPIs": what follows is missing (not "inte X utan Y", where "utan" means "but"). */
export const withoutWords: Cues = ['utan', 'without'];
/** The governance model itself, which every answer comes from: "enligt styrmodellen" says where to look. */
export const modelWords: Cues = ['styrmodell*', 'modell', 'modellen', 'model', 'governance_model', 'steering_model'];
export const framePrepositions: Cues = ['enligt', 'i', 'inom', 'in', 'within', 'under'];
/** Words between a frame's preposition and the model: determiners, adjectives of the model ("i den nya styrmodellen"). */
export const frameFillers: Cues = ['den', 'det', 'er', 'ert', 'era', 'var', 'vart', 'nya', 'nuvarande', 'the', 'your', 'our', 'new', 'current', 'governance', 'its', 'their'];
export const exampleWords: Cues = ['till exempel', 'exempelvis', 'for example', 'for instance', 'such as'];
/** What follows these says again what was asked, in other words ("… stödjande styrdokument, alltså sådant som …"). */
export const restatementWords: Cues = ['alltsa', 'dvs', 'det vill saga', 'i e', 'that is', 'meaning'];
/** Verbs of defining a term ("Hur definierar Hallstahammar ett mål?", "How does the model define a goal?"). */
export const defineVerbs: Cues = ['definier*', 'define', 'defines'];
/** "Vad menas med ordet styrkedja?", "… kallas för regel": words that only say a term follows, never what it is ("the term" is left out: "the term of office"). */
export const termNouns: Cues = ['ordet', 'begreppet', 'termen', 'uttrycket', 'kallas for', 'kallad for', 'benamns', 'the word', 'the concept', 'the expression', 'the phrase', 'called', 'so called'];
export const defineWords: Cues = ['menas med', 'betyder', 'innebar', 'definition*', 'definier*', 'forklara', 'stands for', 'mean', 'means'];
/** "Nästa steg", "härnäst", "what next": asking for the next step by themselves. */
export const nextWords: Cues = ['nasta steg', 'nasta moment*', 'nasta fas*', 'nasta etapp*', 'steget efter', 'steg efter', 'step after', 'nasta grej', 'harnast', 'darnast', 'darefter', 'efter det', 'efter detta', 'after that', 'sen da', 'efter att', 'next step', 'what next', 'and then'];
/** "Vad händer sen?", "vad ska vi göra efter det?", "what comes after …": a step verb and, a few words on, a word of "after". */
export const stepVerbs: Cues = ['hander', 'handa', 'sker', 'ske', 'kommer', 'gor', 'gora', 'happens', 'happen', 'comes', 'do'];
/** A step said to be ready ("när planen är klar"); with "antagen", said done (doneWords), besides the decision verbs. */
const readyWords: Cues = ['klar', 'klart', 'klara', 'avklarad*'];
export const doneWords: Cues = ['antagen', 'antagna', ...readyWords, 'done', 'finished', 'completed'];
/** How a question of what comes next says its step done, naming no step: made or ready ("har tagit fram", "gjort klart"); not "antagen", which opens the documents' own sequels. */
export const doneStepVerbs: Cues = [...readyWords, 'tagit fram', 'tagits fram', 'tog fram', 'togs fram', 'tagit', 'tagits', 'gjort', 'gjorts'];
export const afterWords: Cues = ['sen', 'sedan', 'efter', 'da', 'next', 'after', 'then'];
/** What holds right now, or the very wording: a governance model describes how things are done, rarely these. */
export const currentCues: Cues = ['just nu', 'for narvarande', 'nuvarande', 'innevarande', 'den har mandatperioden', 'denna mandatperiod', 'i dag', 'idag', 'i ar', 'currently', 'current', 'right now', 'this year', 'this term'];
/** The very wording asked for: only a quotation will do. */
/** A month or a day asked for by name: only an answer that names one answers it. */
export const monthAskCues: Cues = ['vilken manad', 'vilket manad', 'vilka manader', 'which month', 'which months', 'what month'];
export const dateAskCues: Cues = ['sista dag', 'sista dagen', 'a deadline', 'any deadline'];
/** "When was it adopted?" (and "när" before a verb in the past, see classify.ts): a time in the past, which only a year or a date answers. */
export const pastWhenCues: Cues = ['when was', 'when were', 'when did'];
/** "Vad är det revisorerna ska granska?", "vad är det fullmäktige gör …": "vad är det" and a verb soon after ask what is done, not what a term means. */
export const cleftVerbs: Cues = ['ska', 'skall', 'kan', 'bor', 'maste', 'far', 'gor', 'gors', 'har', 'anvander', 'anvands', 'granskar', 'tittar', 'tankt', 'sammanstalls', 'hander'];
/** What a body is there to do, which its description says ("kommunstyrelsens uppdrag", "the role of the board"). */
export const bodyRoleWords = ['uppdrag', 'roll', 'ansvar', 'uppgift', 'role', 'mission', 'task', 'responsibility'];
/** A name asked for ("vad heter det", "what is it called", "vilka sitter i budgetberedningen"; a system or a kind of `namedKinds` asked by which one, see classify): only an answer that names something answers it. */
export const nameAskCues: Cues = ['vad heter', 'vad hette', 'vilka namn', 'namnet pa', 'namnen pa', 'vilka sitter i', 'vem sitter i', 'what is it called', 'what are they called', 'what is the name', 'what are the names', 'whats the name', 'the name of', 'the names of'];
/** Kinds whose items a model names by their proper names, if at all ("vilka bolag", "which parties"): asked by which ones, a name is wanted. */
export const namedKinds: Cues = ['bolag', 'bolagen', 'company', 'companies', 'partier', 'partierna', 'parties', 'personer', 'people', 'ledamoter', 'members'];
/** "… under året", "during the year": the span any step of the annual cycle is in, not what is asked about. */
export const yearFrames: Cues = ['under aret', 'over aret', 'pa aret', 'i aret', 'during the year', 'over the year', 'throughout the year'];
/** Units a figure may be asked in ("i procent", "i kronor", "vilken beloppsgräns"). */
export const percentWords: Cues = ['procent*', 'percent*'];
/** Rates whose value is a percentage ("Vilken skattesats har Alingsås?"). */
export const rateWords: Cues = ['skattesats*', 'utdebitering*', 'avkastningskrav*', 'tax rate', 'rate of return'];
/** A cost or a sum per head ("referenskostnaden per elev"). */
export const perHeadCues: Cues = ['per elev', 'per invanare', 'per brukare', 'per barn', 'per pupil', 'per student', 'per resident', 'per capita'];
export const moneyWords: Cues = ['kronor', 'kr', 'mkr', 'tkr', 'mnkr', 'belopp*', 'kronor*', 'monetary', 'sek'];
/** An amount asked without a unit word ("hur mycket pengar får vi?"). */
export const moneyAskCues: Cues = ['hur mycket pengar', 'hur mkt pengar', 'how much money'];
/** A figure asked as such ("vilka finansiella mål har vi i siffror?"): only an answer with a figure gives it. */
export const figureAskCues: Cues = ['i siffror', 'i siffra', 'in figures', 'in numbers', 'exakta siffran', 'exakta siffror'];
/** "Which year …", "vilket årtal …": a year asked, whatever the verb makes of the question ("In which year did the council adopt …"). */
export const yearAskCues: Cues = ['what year', 'which year'];
/** Words pointing back at what was asked before ("… och när beslutas den?", "and are they …"). */
export const pointerWords = new Set(['den', 'det', 'dem', 'dessa', 'denna', 'detta', 'it', 'they', 'them', 'this']);
/** "Kan du rada upp …", "could you explain …": a request, asked as a yes/no question; what follows is what is asked. */
export const requestOpeners: Cues = ['kan du', 'kan ni', 'skulle du kunna', 'skulle ni kunna', 'can you', 'could you', 'would you'];
/** "Hur lyder …", "hur beskriver styrmodellen …": how a thing is put in words, not by what means it is done. */
/** A question of how a procedure goes or what it works out ("hur räknar modellen ut …", "step by step"), which a model's numbered steps answer. */
export const procedureCues: Cues = ['raknar', 'raknas', 'berakna*', 'step*', 'steg', 'stegen', 'calculat*', 'work out', 'works out', 'compute*'];
/** "Steg för steg", "step by step": the steps are asked for, whatever else the question is. */
export const stepByStep: Cues = ['steg for steg', 'step by step'];
/** "Vad bygger fördelningen på?": what something rests on is asked as how it is done ("Den grundar sig i …"). */
export const basisOpeners: Cues = ['vad bygger', 'vad grundar', 'vad baseras', 'vad utgar'];
export const sayingVerbs: Cues = ['lyder', 'beskriver', 'beskrivs', 'definierar', 'definieras', 'formuleras', 'describe', 'define', 'defines', 'sager', 'say', 'says'];
/** "… – står det något om varför?", "does it say anything about …": whether the model says something, not what about. */
export const saysAnythingCues: Cues = ['star det nagot om', 'star det nat om', 'star det nanting om', 'star det om', 'sags det nagot om', 'sags det nat om', 'does it say anything about', 'does it say something about', 'does it say anything on'];
export const wordingCues: Cues = ['sjalva formuleringen', 'sjalva formuleringarna', 'exakta formulering*', 'exakt formulering*', 'lydelse*', 'ordalydelse*', 'ordagrant', 'citera', 'hur lyder', 'hur den ar formulerad', 'word for word', 'wording', 'quote', 'worded', 'exactly say', 'statement say'];
/** "Vilka …", and "what are the …", "what are they" (the things themselves; "what are …" without "the" asks what they are). */
export const listOpeners: Cues = ['vilka', 'which', 'lista', 'list', 'what are the', 'what are they', 'what are these', 'what are those', 'rada upp', 'rakna upp'];
/** Verbs a yes/no question starts with ("Behöver vi …?", "Kan KF …?", "Omfattas …?"). */
export const yesNoOpeners: Cues = [
  'behover', 'kan', 'ska', 'skall', 'far', 'maste', 'bor', 'ar', 'finns', 'galler', 'omfattas', 'raknas', 'ingar', 'racker', 'har',
  'is', 'are', 'does', 'do', 'did', 'has', 'have', 'will', 'can', 'must', 'should', 'may',
];
export const whoWords: Cues = ['vem', 'who', 'whom', 'vems', 'whose'];
/** Kinds of body: "vilket (politiskt) organ", "which committee" asks who, as "vem" does. */
export const bodyNouns: Cues = ['organ*', 'instans*', 'namnd*', 'styrelse*', 'utskott*', 'body', 'committee', 'board'];
export const questionWords: Cues = ['vem', 'vems', 'vad', 'nar', 'vilka', 'vilken', 'vilket', 'hur', 'varfor', 'who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'how', 'why'];

/** A post held by a person: the governance model names roles, never who holds them. */
export const posts: Cues = ['ordforande', 'kommundirektor', 'kommunchef', 'forvaltningschef', 'kommunalrad', 'oppositionsrad', 'systemforvaltare', 'kontaktperson*', 'chair*', 'mayor', 'ceo', 'contact person', 'chief executive', 'city manager', 'municipal manager', 'municipal director'];

/** Politics and administration, for the role split ("vem gör vad"). */
export const politicsWords: Cues = ['politik*', 'fortroendevald*', 'politiker*', 'politician*', 'elected'];
export const administrationWords: Cues = ['forvaltning*', 'tjansteperson*', 'tjansteman*', 'official*', 'administration', 'civil servant*', 'staff', 'officer*'];
export const roleWords: Cues = ['roll*', 'bestammer', 'bestamma', 'beslutar', 'besluta', 'skillnad*', 'fordelning*', 'gransen', 'grans', 'role*', 'ansvarsfordelning*', 'decide', 'difference', 'responsibilit*', 'split*', 'division*'];
export const cycleWords: Cues = ['arshjul*', 'annual cycle', 'annual wheel'];
export const happenWords: Cues = ['hander', 'sker', 'gors', 'pagar', 'pa gang', 'happen*', 'going on', 'aktiviteter', 'handelser'];

/** Verbs by which the asker says what they need (askersContext.ts, saysAskersNeed). */
export const askerNeeds: Cues = ['behover', 'behovde'];
/** A sentence in which the asker says who they are ("Jag är nyvald ersättare …", "I'm coordinating …"). */
export const introOpeners: Cues = ['jag ar', 'jag jobbar', 'jag arbetar', 'jag sitter', 'jag blev', 'i am', 'i m', 'im', 'i work'];
/** Words that speak of each thing of a kind without naming any ("för respektive utskott", "alla helägda bolag", "samtliga nämnder"). */
export const eachWords: Cues = ['respektive', 'varje', 'samtliga', 'alla', 'var', 'each', 'every', 'all', 'respective'];
/** "Ny som chef här", "ny i nämnden", "nyvald", "new to the council": the asker says they are new, wherever in the question. */
export const newcomerWords: Cues = ['ny som', 'ny i', 'ny har', 'ny pa', 'nya som', 'nyvald', 'nyvalda', 'nyanstalld', 'nyanstallda', 'new to', 'new in', 'new here', 'new as'];

/** Greetings, thanks and the like: a chat, not a question about the model (answered kindly, never logged as unanswered). */
export const smallTalk: Cues = [
  'hej', 'hejsan', 'hallo', 'tjena', 'tja', 'god morgon', 'god dag', 'god kvall', 'hello', 'hi', 'hey', 'good morning',
  'tack', 'tackar', 'thanks', 'thank you', 'hej da', 'adjo', 'bye', 'goodbye', 'hur mar du', 'how are you', 'vem ar du', 'who are you', 'ok', 'okej', 'bra',
  'vad tycker du', 'what do you think',
];

/** The particles of Swedish particle verbs ("följa upp", "ta fram", "bryta ner"), folded. */
export const verbParticles = ['upp', 'ut', 'in', 'fram', 'ner', 'ned', 'av', 'till', 'om', 'over', 'bort', 'pa', 'tillbaka'];

/** What follows these is set beside what is asked ("… jämfört med de andra nämnderna"). */
export const comparisonWords: Cues = ['jamfort med', 'i forhallande till', 'till skillnad fran', 'compared with', 'compared to', 'in relation to'];

/** "Vad händer med beslutet sen?", "Vart går beslutet?", "what happens to it?": what becomes of a step's result is asked. */
export const fateCues: Cues = ['hander med', 'hander det med', 'tar vagen', 'tar den vagen', 'vart', 'happens to', 'happens with', 'med den sen', 'med dem sen', 'where to'];
/** A change asked of ("När kan fullmäktige ändra budgeten?", "om det behövs"): a step taken only when needed may answer. */
export const changeCues: Cues = ['andr*', 'behov*', 'revider*', 'juster*', 'om'];
