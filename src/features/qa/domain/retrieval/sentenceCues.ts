import { cueAt, cueSpans, hasCue, isCue, type Cues } from '../question/cues';
import { isVerbalNoun } from '../lexicon/wordForms';
import { contentsWords, prepareVerbs } from '../question/vocabularyOfQuestions';
import { monthNumbers, words } from '../lexicon/normalize';
import { afterNumber, numberValue } from '../lexicon/numberWords';
import { fold } from '../../../../shared/text';
import { definedTerm, purposeNamed } from './termSaid';
import { deciderNamed, decidingVerbs, namesBody } from './bodyWords';

const reasonOpeners = ['syftet ar', 'anledningen ar', 'skalet ar'];
const sequelOpeners = ['nar', 'efter', 'darefter', 'sedan', 'darpa'];
/** Verbs that open a form's instruction to whoever fills it in, as a survey's questions do ("Ange …", "Beskriv …"). */
const instructionVerbs = /^(?:Ange|Beskriv|Redogör|Bifoga|Fyll i|Kryssa|Markera|Specificera|Motivera)\s/u;
const inThatCase = ['om sa ar fallet', 'i sa fall'];

/** What a sentence holds that a kind of question may want: a month, a number, a body, a decision … */
export interface SentenceCues {
  months: number[];
  /** Months its section's heading names ("Juni–september – Risk- och väsentlighetsanalys"): when it happens. */
  headingMonths: number[];
  /** Whether it names a year or a date ("2019", "2021-09-29"): when something happened. */
  dated: boolean;
  /** The years it names ("2019"). */
  years: string[];
  /** Whether it names a day ("den 22 september", "per den sista april", "2021-09-29"). */
  day: boolean;
  /** Word positions of numbers (digits or Swedish number words, not years). */
  numbers: number[];
  /** Whether it names a decision-making or administrative body (of the pack, or any "…nämnden"). */
  body: boolean;
  /** It names who does something after a passive verb ("Processen leds av en politiskt tillsatt budgetberedning"). */
  agent: boolean;
  decision: boolean;
  /** A body stands where the one who decides stands: near before the decision verb, right after it, or after its "av". */
  decider: boolean;
  prepare: boolean;
  /** It prepares with a verb ("bereds av kommunstyrelsen"), not only a noun of preparing ("kallar … för beredning av målen"). */
  prepareVerb: boolean;
  /** Its heading names a preparation ("Mars–april – Beredning av mål- och budget"). */
  headingPrepare: boolean;
  reason: boolean;
  frequency: boolean;
  /** It says when by another step of the year ("I samband med årsbokslutet …", "Inför varje budgetår …", "… under budgetberedningen"). */
  anchored: boolean;
  /** It says by what means something is done ("Detta sker genom ordinarie uppföljning av …"). */
  manner: boolean;
  negation: boolean;
  /** "X är …", "X innebär …": it says what something is, early in the sentence. */
  definition: boolean;
  /** The words of the term it opens by saying what it is ("Ett mål är …", "Mål beskriver …", "Med internkontroll avses …"), folded; or undefined. */
  defines?: string;
  /** The words of what it gives the purpose of ("Syftet med en styrmodell är att …" → styrmodell), folded; or undefined. */
  purposeOf?: string;
  /** It says how the document itself is laid out ("Dokumentet är indelat i tre olika delar:"), or is an item of that list (set by the passage index). */
  outline?: boolean;
  /** It is one of the first sentences of a section named by a term alone, and names that term; set by the passage index. */
  opensTerm?: boolean;
  /** It says what something holds ("I årsbokslutet ingår …", "Planen omfattar …"). */
  contents: boolean;
  /** It ends with ":" or comes right before a list item (the passage index sets that): a list follows; or it lists "dels …, dels …". */
  listIntro: boolean;
  listItem: boolean;
  /** It announces a count and names as many items after it ("… tre gemensamma uppföljningar per år; resultatprognos …, delårsrapport … och årsredovisning …"). */
  enumerates: boolean;
  /** It opens by pointing at the sentence before ("Därför är dialog …", "Inom dessa verksamheter …", "Detta för att …"). */
  refersBack: boolean;
  /** It opens by saying why the sentence before holds ("Detta för att …", "Syftet med detta är …"). */
  explainsBack: boolean;
  /** It opens with what it follows ("När verksamhetsplanen är antagen ska …", "Efter nämndernas beslut …", "Därefter …"): a next step. */
  sequel: boolean;
  /** Where it goes on to what follows ("Nämnderna beslutar om X och därefter beslutas …"): the text before "därefter", or undefined. */
  before?: string;
  /** What it names before a "sedan" within it ("X … fastställs sedan i Y"): the text before "sedan", or undefined. */
  beforeThen?: string;
  /** The sentence after it says why, pointing back at it ("Mål som är uppnådda tas bort. Detta för att …"); set by the passage index. */
  explainedNext?: boolean;
  /** It opens by naming examples of what the sentence before speaks of, three or more ("Exempel på sådana är A, B, C …"). */
  examplesBack: boolean;
  /** It tells the one answering a form what to write ("Ange datum för nämndens beslut …"): the form's, not the model's. */
  instruction: boolean;
  /** The sentence after it names examples of what it speaks of ("KS har flera verktyg … Exempel på sådana är …"): it introduces a list; set by the passage index. */
  exampledNext?: boolean;
}

const numberWords = new Set(['tva', 'tre', 'fyra', 'fem', 'sex', 'sju', 'atta', 'nio', 'tio', 'elva', 'tolv', 'femton', 'tjugo', 'hundra', 'tusen', 'max', 'hogst', 'minst', 'dubbel', 'halv', 'two', 'three', 'four', 'five', 'ten']);
const reasonCues = ['syfte*', 'syftar', 'syfta', 'eftersom', 'darfor', 'anledning*', 'sa att', 'forebygg*', 'motverka*'];
/** "För att" says why, unless a verb of answering for something takes it ("ansvarar för att analysera", "svarar för att"). */
const takesFor = ['ansvar*', 'svarar', 'svara', 'star', 'sta', 'sorja', 'sorjer', 'kravs', 'kravas'];
const purposeFor = (ws: string[]) => ws.some((w, i) => w === 'for' && ws[i + 1] === 'att' && !isCue(ws[i - 1] ?? '', takesFor));
const frequencyCues = ['arlig*', 'varje ar', 'varje manad', 'varje vecka', 'gang*', 'per ar', 'per manad', 'lopande', 'tertial*', 'kvartal*', 'manadsvis', 'manatlig*', 'tva ganger', 'en gang'];
/** Words that, among a sentence's first three, point at the sentence before it. */
const backReferences = new Set(['darfor', 'detta', 'dessa', 'denna', 'saledes', 'darmed', 'harmed', 'darigenom', 'harigenom', 'anda']);
/** Conjunctions that join a sentence to the one before when they open it. */
const conjunctions = new Set(['och', 'men', 'samt', 'dels', 'eller', 'and', 'but']);
/** Prepositions that "detta" after them makes point back ("för detta", "utifrån detta"). */
const pointedPrepositions = new Set(['for', 'av', 'till', 'med', 'pa', 'om', 'utifran', 'genom', 'efter', 'infor', 'enligt', 'trots']);
/** Phrases that open a sentence by pointing at what was said before ("Av den anledningen har Alingsås …"). */
const backReferencePhrases = ['av den anledningen', 'av det skalet', 'mot den bakgrunden', 'mot bakgrund av', 'det innebar', 'det betyder', 'om sa ar fallet', 'i sa fall', 'if so'];
/** "… under budgetberedningen", "vid årsbokslutet", "under hösten": during a step or a time of the year, named in the definite form. */
const duringStep = (ws: string[]) => ws.some((w, i) => (w === 'under' || w === 'vid') && /\p{L}{3}(?:en|et)$/u.test(ws[i + 1] ?? ''));
/** How something is done: by what means ("sker genom …"), or on what it rests, which is how a sum is computed ("Den grundar sig i …"). */
const mannerCues = ['genom', 'med hjalp av', 'via', 'by means of', 'through', 'grundar sig', 'baseras pa', 'bygger pa', 'till grund for', 'utgar fran', 'utgar ifran', 'i dialog', 'i nara dialog', 'i samrad', 'in dialogue', 'in consultation', 'med bakgrund', 'mot bakgrund', 'on the basis of'];
const negations = ['inte', 'ej', 'inga', 'ingen', 'inget', 'aldrig', 'icke'];
const definers = ['ar', 'kan vara', 'innebar', 'avser', 'betyder', 'definieras', 'utgor', 'bestar av', 'beskriver', 'syftar', 'handlar'];

const monthsIn = (text: string) => [...new Set(words(text).map((w) => monthNumbers[w]).filter((m): m is number => m !== undefined))];


/**
 * Whether a sentence names a count (three to six) and at least as many items after it, parted by commas, semicolons
 * or a colon and a last "och" ("Två gånger per år kallar … ledamöter och ersättare" lists nothing).
 */
function enumerates(text: string): boolean {
  // "(framförallt sjukfrånvaro, personalomsättning, pulsmätning av arbetsmiljö)": three or more items in brackets.
  if (/\((?:[^(),]+,){2,}[^(),]+\)|\((?:[^(),]+,)+[^(),]+\s(?:och|samt|and)\s[^(),]+\)/u.test(text)) return true;
  const count = /(?<!\p{L})(tre|fyra|fem|sex|three|four|five|six|[3-6])(?![\p{L}\d])/iu.exec(text);
  if (!count) return false;
  const n = numberValue[fold(count[1])] ?? englishCounts[count[1].toLowerCase()] ?? Number(count[1]);
  const parted = text.slice(count.index + count[0].length).match(/[;,:]/g)?.length ?? 0;
  return parted > 0 && parted + (/\s(och|samt|and)\s/.test(text.slice(count.index)) ? 1 : 0) + 1 >= n;
}
const englishCounts: Record<string, number> = { three: 3, four: 4, five: 5, six: 6 };


/** Reads the cues of one sentence under its section heading; `bodyNames` are the pack's bodies (names and abbreviations), folded. */
export function sentenceCues(text: string, bodyNames: Set<string>, heading = ''): SentenceCues {
  const ws = words(text);
  const definerAt = cueAt(ws, definers);
  const item = /^- /.test(text);
  // "Den innehåller: …", "Den ska …": "den" before a verb speaks of the thing the one before named; before a number
  // or an adjective it is an article ("Den 15 oktober …", "Den första uppföljningen …").
  // So does "det" before a definer other than "är" ("Det utgör ramen för …": what was named before is what it defines).
  const itBefore = (ws[0] === 'den' && /^\p{L}+[rs]$|^(?:ska|skall|kan|bor|maste|far)$/u.test(ws[1] ?? '')) || (ws[0] === 'det' && definerAt === 1 && !['ar', 'kan'].includes(ws[1]));
  // "Till grund för detta ligger …": "detta" after a preposition stands for what the sentence before said.
  const thatBefore = ws.slice(1, 5).some((w, i) => w === 'detta' && pointedPrepositions.has(ws[i]));
  // "… dels har förvaltningen ett informationsansvar … Dels att förvalta de politiska målen": a sentence that opens
  // with a conjunction goes on with the one before.
  const goesOn = conjunctions.has(ws[0] ?? '');
  const pointsBack = !item && (ws.slice(0, 3).some((w) => backReferences.has(w)) || itBefore || thatBefore || goesOn);
  return {
    months: monthsIn(text),
    headingMonths: monthsIn(heading),
    dated: /\b(19|20)\d\d\b/.test(text),
    years: text.match(/\b(19|20)\d\d\b/g) ?? [],
    day: /\b\d{4}-\d\d-\d\d\b/.test(text) || ws.some((w, i) => monthNumbers[w] !== undefined && /^(\d{1,2}|sista|forsta)$/.test(ws[i - 1] ?? '')),
    // (A span written as a compound counts too: "femårsperiod", "treårig".)
    numbers: ws.flatMap((w, i) => ((/^\d+([.,]\d+)?$/.test(w) && !/^(19|20)\d\d$/.test(w)) || numberWords.has(w) || /^(?:ar|manad|veck)/.test(afterNumber(w) ?? '') ? [i] : [])),
    body: ws.some((w) => namesBody(w, bodyNames)),
    agent: /\p{L}{2}s av\s/iu.test(text),
    decision: hasCue(ws, decidingVerbs),
    decider: deciderNamed(ws, bodyNames),
    prepare: hasCue(ws, prepareVerbs),
    prepareVerb: [...cueSpans(ws, prepareVerbs)].some((i) => !isVerbalNoun(ws[i])),
    headingPrepare: hasCue(words(heading), prepareVerbs),
    // ("Huvudsyftet med …": a compound whose head is "syfte" says why too.)
    reason: hasCue(ws, reasonCues) || purposeFor(ws) || ws.some((w) => /.syfte[tn]?$/.test(w)),
    frequency: hasCue(ws, frequencyCues),
    anchored: hasCue(ws, ['i samband med', 'infor', 'in connection with']) || duringStep(ws),
    manner: hasCue(ws, mannerCues),
    negation: hasCue(ws, negations),
    // … or names a term and says what it means in a clause of its own ("… det så kallade balanskravet, som innebär att …",
    // "… kommunens referenskostnad, det vill säga den kostnad …").
    // (What a thing is not, "Dialogen syftar inte främst till avrapportering …", defines it not.)
    defines: ['inte', 'ej', 'not'].includes(ws[definerAt + 1]) ? undefined : definedTerm(ws, definerAt),
    purposeOf: purposeNamed(ws),
    definition: (definerAt >= 1 && definerAt <= 6 && cueAt(ws.slice(0, definerAt), ['vad', 'vem', 'hur']) < 0) || /\p{L},\s*(?:som\s+(?:innebär|betyder|avser)|det vill säga|dvs\.?|d\.v\.s\.?)\s/iu.test(text),
    // "I genomlysningen ska nämnderna analysera …", "I årsbokslutet redovisas …": what goes into the thing it opens with.
    contents: hasCue(ws, contentsWords) || (ws[0] === 'i' && monthNumbers[ws[1]] === undefined && isCue(ws[2] ?? '', ['ska', 'ingar', 'redovisas', 'beskrivs', 'anges', 'framgar'])),
    // "… två viktiga antaganden, dels X, dels Y": a list within the sentence.
    listIntro: /:\s*$/.test(text) || ws.filter((w) => w === 'dels').length >= 2,
    listItem: item,
    enumerates: enumerates(text),
    outline: /^(?:dokumentet|detta (?:styr)?dokument|styrdokumentet|denna (?:riktlinje|policy|styrmodell))\b.{0,40}\b(?:indelat|indelad|uppdelat|uppdelad|delas in|består av)\b/iu.test(text),
    refersBack: pointsBack || (!item && cueAt(ws.slice(0, 4), backReferencePhrases) >= 0),
    // "Syftet är att …", "Anledningen är …" right after a statement give its reason too.
    explainsBack: (pointsBack && (hasCue(ws.slice(0, 5), reasonCues) || purposeFor(ws.slice(0, 5)))) || (!item && cueAt(ws.slice(0, 2), reasonOpeners) === 0),
    // "Efter åtta månader upprättar …" says when, not after which step.
    sequel: !item && ((isCue(ws[0] ?? '', sequelOpeners) && !(ws[0] === 'efter' && (/^\d+$/.test(ws[1] ?? '') || (ws[1] ?? '') in numberValue))) || cueAt(ws.slice(0, 4), inThatCase) === 0),
    before: /^(.{12,}?)\s(?:och\s+)?(?:därefter|därpå)\s/iu.exec(text)?.[1],
    beforeThen: /^(.{12,}?)\ssedan\s(?!\d)/iu.exec(text)?.[1],
    examplesBack: !item && /^(?:exempel på (?:sådana|dessa|detta|det)|till exempel|bland annat)\b/iu.test(text) && (text.match(/,/g)?.length ?? 0) >= 2,
    // (As written: "Ånge kommuns vision är …" folds to the same word as "Ange".)
    instruction: instructionVerbs.test(text),
  };
}
