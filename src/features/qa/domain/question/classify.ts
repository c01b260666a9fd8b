import { monthNumbers } from '../lexicon/normalize';
import { countNamed, offersMonths } from './askedValues';
import { cueAt, cueLengthAtStart, cueSpans, hasCue, isCue, startsWith, type Cues } from './cues';
import type { Classified, QuestionKind } from './QuestionKind';
import * as q from './vocabularyOfQuestions';
import { afterDone, asksAfterDone, asksNext, asksNow, whatWords } from './asksNext';
import { asksCurrent } from './asksCurrent';
import { whetherTimeAt } from './monthAsked';
import { countedWords, ratesAsked, unitsAsked } from './figureAsked';
import { asksNames, seatAsked } from './namesAsked';

/**
 * A question is read from its question word on ("… när vi planerar" is not a question about time, but
 * "Vilka perspektiv … när vi planerar?" asks "vilka"): `qc` is the clause from the first question word
 * (or the whole question when it has none), `ws` the whole. The kinds are tried in order; the first
 * whose test holds names the question. The cue words are in vocabularyOfQuestions.ts.
 */
type Test = (qc: string[], ws: string[], month: number | undefined) => boolean;

/** Openings that ask when. */
const whenOpeners: Cues = ['nar', 'when', 'vilken manad', 'vilket manad', 'vilket datum', 'vilken tid', 'hur dags', 'what date', 'which month', 'by which', 'in which month', 'vilket artal', 'vilka manader', 'vilken period', 'which months', 'what period', 'which period', 'vilka datum', 'vilken tidpunkt', 'vilka tidpunkter', 'which date*', 'which point*', 'what point*', 'what time of', 'which time of', ...q.yearAskCues];

/** A day asked for: the word "datum"/"date" however it is asked ("vilket datum", "ett fast datum", "slutdatum", "Is there a fixed date …?"; not "to date"). */
const asksDate = (ws: string[]) => hasCue(ws, q.dateAskCues) || ws.some((w, i) => /datum(et|en)?$/.test(w) || (/^dates?$/.test(w) && ws[i - 1] !== 'to'));

const asksWhen = (qc: string[]) => !startsWith(qc, q.conditionalWhen) && (startsWith(qc, whenOpeners) || whetherTimeAt(qc) >= 0);

/** "Vad är det revisorerna ska granska?", "vad är det egentligen tänkt att …": a cleft that asks what is done, with a verb within four words after "det". */
/** "Vad går genomlysningen ut på?", "vad handlar kvalitetsstyrningen om?": what a thing is about is asked as what it is. */
const asksAbout = (qc: string[]) => (startsWith(qc, q.aboutOpeners) && qc.indexOf('om') > 2) || (startsWith(qc, q.goesAboutOpeners) && cueAt(qc, ['ut pa']) > 2);
const cleft = (qc: string[]) => startsWith(qc, ['vad ar det']) && qc.slice(3, 7).some((w) => isCue(w, q.cleftVerbs));
const strandedPrepositions: Cues = ['pa', 'om', 'till', 'av', 'med', 'at'];
/**
 * "Vad är det resursfördelningsmodellen bygger på?", "vad är det genomlysningen handlar om?": a cleft whose verb leaves its
 * preposition at the end asks as "Vad bygger resursfördelningsmodellen på?" does.
 */
const unCleft = (qc: string[]) =>
  startsWith(qc, ['vad ar det']) && qc.length >= 6 && qc.length <= 8 && isCue(qc[qc.length - 1], strandedPrepositions) ? ['vad', qc[qc.length - 2], ...qc.slice(3, -2), qc[qc.length - 1]] : qc;

/**
 * "Hur räknar modellen fram hur mycket en verksamhet ska kompenseras?": a question of how, whose object is an
 * amount asked indirectly — the second "hur" — asks how it is worked out, not the figure.
 */
const asksHowOfAmount = (qc: string[]) => {
  const at = cueAt(qc, q.howManyWords);
  return at > 1 && isCue(qc[0], ['hur', 'how']) && isCue(qc[at], ['hur', 'how']);
};
/** "Vem bestämmer hur mycket pengar varje nämnd får?": an amount asked within a question of who, when or why is its object, not the question. */
const amountWithin = (qc: string[]) => {
  const at = cueAt(qc, q.howManyWords);
  return at > 0 && cueAt(qc.slice(0, at), [...q.whoWords, 'nar', 'when', 'varfor', 'why']) >= 0;
};
/**
 * "Vilka nyckeltal har fullmäktige beslutat?", "vilka mål ska nämnden anta?": a "vilka" with a noun that is no body and
 * then a finite verb asks which things; the subject comes after the verb ("Vilka nämnder har beslutat …" asks who).
 */
const asksWhichThing = (qc: string[]) => startsWith(qc, ['vilka', 'vilken', 'vilket', 'which', 'what']) && !isCue(qc[1] ?? '', [...q.bodyNouns, ...q.posts]) && isCue(qc[2] ?? '', q.yesNoOpeners);
/** Articles and determiners of a noun phrase: a participle after one qualifies the noun ("ett fastställt maxantal"). */
const indefiniteArticles: Cues = ['en', 'ett', 'nagon', 'nagot', 'nagra', 'ingen', 'inget', 'inga', 'a', 'an', 'any', 'no'];
/** "Kan KF ge hur många uppdrag som helst?": no number asked, but whether there is a limit. */
const anyNumber = (qc: string[]) => cueAt(qc.slice(Math.max(0, cueAt(qc, q.howManyWords))), ['som helst']) > 0;

const tests: [QuestionKind, Test][] = [
  // "Tack!", "Hej", "Tack så mycket för hjälpen": short, and opening with a greeting or a thank-you.
  ['smalltalk', (_qc, ws) => ws.length <= 6 && startsWith(ws, q.smallTalk) && !hasCue(ws.slice(1), [...q.questionWords, ...q.decisionVerbs])],
  // ("Who is the current municipal CEO …", "Who currently chairs …": the post may stand a few words on, or be the verb.)
  ['person', (qc, ws) => (startsWith(qc, q.whoWords) && ((hasCue(qc.slice(1, 4), ['ar', 'is', 'are', 'heter']) && hasCue(qc.slice(1, 7), q.posts)) || hasCue(qc.slice(1, 3), ['chairs', 'heads']))) || startsWith(ws, ['vad heter', 'vilket parti', 'vilka partier', 'vem styr']) || seatAsked(qc)],
  // "Varför lägger styrmodellen vikt vid rollfördelningen?" asks why, not who does what; "vem gör vad under sommaren?"
  // asks the steps of a time, not the split of roles.
  ['roles', (qc, ws, month) => !startsWith(qc, q.reasonWords) && month === undefined && !seasonsIn(ws).length && ((hasCue(ws, q.politicsWords) && hasCue(ws, q.administrationWords) && hasCue(ws, q.roleWords)) || hasCue(ws, ['vem gor vad', 'who does what', 'rollfordelning*', 'vad och hur']))],
  // ("What distinguishes X from Y?" sets two things apart; "Which types does Alingsås distinguish?" lists them.)
  // (Which of two stands higher sets them against each other too: "Vilket står högst, en policy eller ett program?")
  ['difference', (_qc, ws) => hasCue(ws, q.differenceWords) || (hasCue(ws, q.rankWords) && (ws.includes('eller') || ws.includes('or'))) || (cueAt(ws, ['distinguish*']) >= 0 && ws.slice(cueAt(ws, ['distinguish*'])).includes('from'))],
  // "När KF har beslutat målen, vad händer sen?": the "vad" that asks may come after a clause of "när".
  // ("Vilket datum måste planerna vara inne efter att KS antagit verksamhetsplanen?" asks a day: the step is when it counts from.)
  // ("… vilket är nästa beslutssteg?": a compound of "steg" after "nästa" is the next step too.)
  ['next', (qc, ws) => !asksDate(qc.slice(0, 2)) && !startsWith(qc, q.monthAskCues) && (hasCue(ws, q.nextWords) || ws.some((w, i) => w === 'nasta' && /\p{L}steg(?:et)?$/u.test(ws[i + 1] ?? '')) || ws.some((_w, i) => asksNext(ws.slice(i), ws.slice(0, i))) || asksAfterDone(ws) || asksNow(qc, ws.slice(0, ws.length - qc.length)))],
  // "Vad händer i juni?", and as a chief asks it: "Vad gör vi i juni?", "vad ska nämnden göra i september?", "vad ska vara
  // klart i juni?" (a question of "vad" with a verb of doing or of done within its first words).
  ['month', (qc, ws, month) => month !== undefined && (hasCue(ws, q.happenWords) || ws.length <= 3 || (startsWith(qc, whatWords) && (hasCue(qc.slice(1, 6), q.stepVerbs) || hasCue(qc.slice(1, 4), q.doneWords))))],
  // (Not the cycle as where a term stands: "Vad innebär 'teknisk omräkning av budget' som ligger i årshjulet i november?")
  ['cycle', (_qc, ws) => hasCue(ws, q.cycleWords) && !ws.slice(Math.max(0, cueAt(ws, q.cycleWords) - 4), cueAt(ws, q.cycleWords)).includes('som')],
  // "Varför hålls antalet mål nere?": why, even with a word of counting or of time in it.
  ['reason', (qc) => hasCue(qc, q.reasonWords)],
  ['howoften', (qc) => hasCue(qc, q.howOftenWords)],
  // (A compound of "antal" asks a number too: "Finns det ett maxantal indikatorer per mål?")
  ['howmany', (qc) => (hasCue(qc, q.howManyWords) || countNamed(qc)) && !hasCue(qc, q.focusWords) && !anyNumber(qc) && !asksHowOfAmount(qc) && !amountWithin(qc)],
  ['when', (qc) => asksWhen(qc)],
  // (Not in a relative clause after "hur": "Hur väljer vi ut vilka kontroller som ska ingå?" asks how they are chosen.)
  ['contents', (qc) => hasCue(qc, q.contentsWords) && !startsWith(qc, q.yesNoOpeners) && !(qc[0] === 'hur' && qc.some((w, i) => w === 'som' && cueAt(qc, q.contentsWords, i + 1) > i && cueAt(qc, q.contentsWords, i + 1) <= i + 3))],
  // (A compound of a noun of preparing names a thing: "Vilka kallas till beredningsmötet?" asks who is called.)
  // (Not after who decides: "Vem är det som antar en rutin …, räcker det att jag tar fram den …?" asks who adopts it.)
  ['prepares', (qc) => [...cueSpans(qc, q.prepareVerbs)].some((i) => !/^\p{L}{4,}nings\p{L}{3,}$/u.test(qc[i]) && !(startsWith(qc, q.whoWords) && cueAt(qc.slice(0, i), q.decisionVerbs) >= 0))],
  ['bodyDecisions', (qc) => startsWith(qc, ['vad beslutar', 'vad bestammer', 'vad faststaller', 'vad antar', 'vilka beslut fattar', 'vilka beslut tar']) || (startsWith(qc, ['what does']) && hasCue(qc, ['decide*']))],
  // ("How do they decide whether a goal was reached?", "hur beslutar man om …" ask how, not who decides; "Vilka
  // nyckeltal har fullmäktige beslutat?" asks which things were decided, by whom it says.)
  // (A participle after an article qualifies a noun: "Finns det ett fastställt maxantal …?" asks no decider.)
  ['decides', (qc) => !startsWith(qc, ['hur', 'how']) && !asksWhichThing(qc) && ([...cueSpans(qc, q.decisionVerbs)].some((i) => !isCue(qc[i - 1] ?? '', indefiniteArticles)) || hasCue(qc, ['tar beslut', 'fattar beslut', 'fatta beslut', 'ger klartecken']))],
  // "Hur ska vi hantera det när målen inte går ihop med pengarna?": a "när" after another question word opens a condition.
  ['when', (qc) => hasCue(qc, q.whenWords) && !hasCue(qc, q.conditionalWhen) && !(cueAt(qc, ['nar', 'when']) > 0 && cueAt(qc, q.whenWords) === cueAt(qc, ['nar', 'when']))],
  // ("Vad säger Ånges vision?" asks what it says, as "what does the vision say?" does; not of something, "… om dialog", "… att …".)
  ['define', (qc) => (startsWith(qc, q.defineOpeners) && !startsWith(qc, q.listOpeners) && !cleft(qc)) || asksAbout(qc) || (startsWith(qc, ['vad sager']) && !qc.includes('om') && !qc.includes('att')) || hasCue(qc, q.defineWords) || (startsWith(qc, ['how does', 'how do']) && hasCue(qc.slice(2), q.defineVerbsAfterHow))],
  // "Vilket (politiskt) organ är ansvarigt …" asks who.
  // ("Vilket av kommunstyrelsens utskott …" too.)
  ['who', (qc) => startsWith(qc, ['vilken', 'vilket', 'which']) && (['av', 'of'].includes(qc[1]) ? qc.slice(2, 5) : qc.slice(1, 3)).some((w) => isCue(w, q.bodyNouns))],
  // "Vilka …" asks for a list, "vilken …" for one item of one ("Vilken risk har högst riskvärde?"), but not of a body's
  // role: "Vilket uppdrag har kommunstyrelsen?" asks what its description says.
  ['list', (qc) => startsWith(qc, q.listOpeners) || (startsWith(qc, ['vilken', 'vilket']) && !isCue(qc[1] ?? '', q.bodyRoleWords)) || hasCue(qc, ['lista'])],
  ['yesno', (qc) => startsWith(qc, q.yesNoOpeners)],
  ['who', (qc) => startsWith(qc, q.whoWords) || hasCue(qc, ['ansvar* for', 'vems ansvar'])],
];

/** The months of the seasons words name, each season's three from its first ("hösten" → september, oktober, november). */
const seasonsIn = (ws: string[]): number[] => ws.flatMap((w) => (q.seasonStarts[w] ? [0, 1, 2].map((i) => ((monthNumbers[q.seasonStarts[w]] + i - 1) % 12) + 1) : []));

/** "När antogs …", "när beslutades …", "vilket år antog KF …": "när" or "vilket år" and a verb in the past tense ("vilket är" folds alike, but takes no such verb). */
const pastAfterWhen = (ws: string[]) => {
  const at = ws.indexOf('nar') >= 0 ? ws.indexOf('nar') + 1 : cueAt(ws, ['vilket artal']) >= 0 ? cueAt(ws, ['vilket artal']) + 2 : -1;
  const verb = at >= 0 ? ws[at] ?? '' : '';
  return verb.length >= 5 && /(ade|ades|des|tes|og|ogs)$/.test(verb);
};

/** The question clause: from the first question word, when one is among the first words of a clause. */
export function questionClause(ws: string[]): string[] {
  // "När KF har bestämt sina mål – vem ska bryta ner dem?": a clause of "när" that says a step is done is no question of time; the question word after it asks.
  const done = afterDone(ws);
  // (So does a "när" whose next word is a thing, not a verb, and "when the": "När styrmodellen talar om ramen – hur …?")
  const clause = (ws[0] === 'nar' && /^\p{L}{3,}(en|et|na)$/u.test(ws[1] ?? '') && !['och', 'eller'].includes(ws[2])) || (ws[0] === 'when' && ['the', 'a', 'an'].includes(ws[1])) ? cueAt(ws, q.questionWords, 2) : -1;
  const first = cueAt(ws, q.questionWords);
  // (A question that opens with its verb asks yes or no, and a "när" in it whose next word is no verb opens a clause of it:
  // "Ska facket vara med när budgeten tas fram?"; "… – när ska den vara klar?" asks when.)
  const within = startsWith(ws, q.yesNoOpeners) && (ws[first] === 'nar' || ws[first] === 'when') && !isCue(ws[first + 1] ?? '', q.yesNoOpeners);
  const at = done > 0 ? done : clause > 0 ? clause : within ? -1 : first;
  return at >= 0 ? ws.slice(at) : ws;
}

/**
 * Where the asker's guess at the answer opens ("…, är det nämnden?", "…, is it the council?"); not where a question
 * word asks ("vem är det …") nor a cleft goes on ("vilket organ är det som bereder …").
 */
export function guessAt(ws: string[]): number {
  // (A hedge may stand between: "vilket organ är det formellt som bereder …".)
  const goesOn = (at: number) => {
    const after = at + cueLengthAtStart(ws.slice(at), q.guessWords);
    return ['som', 'that', 'who', 'which'].includes(ws[after + cueLengthAtStart(ws.slice(after), q.hedges)]);
  };
  const asks = (at: number) => isCue(ws[at - 1], q.questionWords) || goesOn(at);
  let at = cueAt(ws, q.guessWords, 2);
  while (at >= 0 && asks(at)) at = cueAt(ws, q.guessWords, at + 1);
  return at;
}

/** "Vad bygger modellen på, är det antal barn eller nåt annat?": the guess names a possible answer, not what is asked. */
const beforeGuess = (qc: string[]) => {
  const at = guessAt(qc);
  return at > 0 ? qc.slice(0, at) : qc;
};

/** The last words classified and their class: a question of one part is classified as a whole and then as its part. */
let last: { key: string; classified: Classified } | undefined;

/** Classifies a question (its folded words) by wording, in Swedish or English. */
export function classify(words: string[]): Classified {
  const key = words.join(' ');
  if (last?.key !== key) last = { key, classified: classifyWords(words) };
  return last.classified;
}

function classifyWords(words: string[]): Classified {
  // A request ("Kan du rada upp …") is asked as what follows it; a filler adverb ("egentligen") is no part of its form.
  const ws = words.slice(cueLengthAtStart(words, q.requestOpeners)).filter((w) => !q.fillerAdverbs.includes(w));
  const qc = unCleft(beforeGuess(questionClause(ws)));
  // ("After the council adopts the budget in June, what happens to it in November?": the month asked of is the question's own.)
  const monthIn = (xs: string[]) => xs.map((w) => monthNumbers[w]).find((m) => m !== undefined);
  const month = monthIn(qc) ?? monthIn(ws);
  const kind = tests.find(([, test]) => test(qc, ws, month))?.[0] ?? 'other';
  // (A length of time counts its units, not what lasts: "hur länge ska tertialrapporter bevaras" is not answered by "tertialrapport per 30 april".)
  const counted = kind === 'howoften' ? ['ganger'] : kind === 'howmany' ? (hasCue(qc, q.durationWords) ? q.durationUnits : countedWords(qc, q.howManyWords)) : undefined;
  // "Vilka mål gäller just nu?" asks for the thing itself; "Vem beslutar i dag om …?" still asks who.
  // … and "Vad står det i visionen?", of a text, not of what it says about something ("… i styrmodellen om dialog?") nor
  // of a kind of text ("Vad står det i ett ägardirektiv?": what such a text holds).
  const wording = hasCue(ws, q.wordingCues) || (startsWith(qc, ['vad star det i']) && !['en', 'ett'].includes(qc[4]) && !ws.includes('om') && !ws.includes('about'));
  const yearAsked = hasCue(ws, q.yearAskCues) || (cueAt(ws, ['vilket artal']) >= 0 && pastAfterWhen(ws));
  const wants = asksDate(ws) ? 'date' : hasCue(ws, q.monthAskCues) || offersMonths(ws) || ['manad', 'month'].includes(qc[whetherTimeAt(qc)]) ? 'month' : yearAsked || (kind === 'when' && (hasCue(ws, q.pastWhenCues) || pastAfterWhen(ws))) ? 'year' : hasCue(ws, q.nameAskCues) || asksNames(ws) ? 'name' : kind === 'other' && (((qc[0] === 'hur' || qc[0] === 'how') && !wording && !isCue(qc[1] ?? '', q.sayingVerbs)) || startsWith(qc, q.basisOpeners)) ? 'manner' : undefined;
  // A season's months, beside a month only when what comes next is asked ("Budgeten togs i juni – vad händer med den under
  // hösten?": the month is the step done). (A month or a day asked by name is not the season said before the question:
  // "Efter valet i höst – i vilken månad …?")
  const seasons = seasonsIn(wants === 'month' || wants === 'date' ? qc : ws);
  const season = seasons.length ? [...new Set(seasons)] : undefined;
  const current = wording || asksCurrent(qc, wants);
  // "Vilken skattesats har Alingsås?", "referenskostnaden per elev": the value of a rate is asked, not who sets it.
  const units = [...new Set([...unitsAsked(ws, kind), ...(kind === 'define' || kind === 'list' || kind === 'other' || kind === 'howmany' ? ratesAsked(ws) : [])])];
  // ("What are the cut-off dates for the tertial report …?": a list of dates or months asks when.)
  return { kind: kind === 'cycle' && month !== undefined ? 'month' : kind === 'list' && (wants === 'date' || wants === 'month') ? 'when' : kind, month, ...(season && (month === undefined || kind === 'next') ? { season } : {}), counted, ...(current ? { current } : {}), ...(wording ? { wording } : {}), ...(wants ? { wants } : {}), ...(units.length ? { units } : {}) };
}
