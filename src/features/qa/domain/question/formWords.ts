import { isVerbalNoun } from '../lexicon/wordForms';
import { cueAt, cueLengthAtStart, cueSpans, isCue } from './cues';
import type { QuestionKind } from './QuestionKind';
import * as q from './vocabularyOfQuestions';

/**
 * "Vilket organ …", "which body …": a body asked for as such is the answer's type, not its topic ("vilka utskott",
 * "which committee" name a kind of body, which the answer must hold).
 */
const whichBody = ['vilket', 'vilken', 'vilka', 'which', 'what'].flatMap((w) =>
  ['', 'politiskt ', 'politiska ', 'political '].flatMap((kind) => ['organ', 'organet', 'organen', 'instans', 'instansen', 'body'].map((b) => `${w} ${kind}${b}`)),
);
/** The verb of the progressive "håller på att …" (folded). */
const progressive = ['haller', 'halla', 'holl', 'hallit'];

/** How much, between "lägger" and "vikt vid" ("lägger så stor vikt vid"). */
const emphasisFillers = ['sa', 'stor', 'storre', 'sadan', 'mycket'];

/** The noun of a count ("antalet"), which a question of how many asks with. */
const countNouns = ['antal', 'antalet'];

/** How many words a request's verb may take before the question it embeds ("påminna mig om vad …"). */
const REQUEST_REACH = 4;
/** Who a request asks on behalf of ("påminn mig om …", "tell me …"): an imperative with one of them is a request. */
const requestObjects = ['mig', 'oss', 'me', 'us'];

/**
 * The words of a request before the question it embeds: after "kan du" / "could you" ("Kan du påminna mig om vad visionen
 * säger?"), or of an imperative made to the asker, from its verb ("Påminn mig om vem som …", "tell me what …"). They say
 * how it is asked, not about what.
 */
function requestVerb(ws: string[]): number[] {
  const opener = cueLengthAtStart(ws, q.requestOpeners);
  const embedded = cueAt(ws, q.questionWords, opener);
  if (embedded <= opener) return [];
  const span = (from: number) => Array.from({ length: embedded - from }, (_, i) => from + i);
  if (opener > 0) return embedded - opener <= REQUEST_REACH ? span(opener) : [];
  // (An imperative's object stands right after it or after "för": the verb before it opens the request, and what stands
  // before the verb is what is asked about: "Budgeten – berätta för mig vem som beslutar om den?")
  // (Right before the question word, or before "om" and it: "påminn mig om vad …"; not a reflexive further off, "läsa in mig
  // på KS verksamhetsplan – vilka delar …".)
  const object = requestObjects.includes(ws[embedded - 1]) ? embedded - 1 : ['om', 'about'].includes(ws[embedded - 1]) && requestObjects.includes(ws[embedded - 2]) ? embedded - 2 : -1;
  if (object < 1) return [];
  const verb = ['for', 'to'].includes(ws[object - 1]) ? object - 2 : object - 1;
  return verb >= 0 ? span(verb) : [];
}

/** Words that say what kind of answer is wanted, never what it is about. */
const formCues = [
  ...whichBody, ...q.genericDecisionVerbs, ...q.prepareVerbs, ...q.whenWords, ...q.seasonWords, ...q.howManyWords, ...q.howOftenWords, ...q.contentsWords, ...q.reasonWords,
  ...q.differenceWords, ...q.defineOpeners, ...q.aboutOpeners, ...q.defineWords, ...q.termNouns, ...q.questionWords, ...q.happenWords, ...q.nextWords, ...q.afterWords, ...q.whoWords, ...q.listOpeners, ...q.smallTalk, ...q.currentCues, ...q.wordingCues, ...q.hedges, ...q.exampleWords, ...q.restatementWords, ...q.guessWords, ...q.yearFrames, ...q.expectVerbs, ...q.howPhrases, ...q.saysAnythingCues, 'artal',
];

/**
 * Where a question's (folded) words say what kind of answer is wanted, not what it is about. A noun of preparing says
 * what is asked only of who prepares; in a question of another kind it names the step ("… och i vilken månad sker
 * beredningen?").
 */
export function formSpans(ws: string[], kind?: QuestionKind): Set<number> {
  const form = cueSpans(ws, formCues);
  for (const i of requestVerb(ws)) form.add(i);
  // The progressive "håller på att/med", however split ("varför håller vi ens på med internkontroll?"), says that
  // someone is doing something, not what is asked about.
  ws.forEach((w, i) => {
    if (!progressive.includes(w)) return;
    const on = ws.indexOf('pa', i + 1);
    if (on > i && on <= i + 3 && ['att', 'med'].includes(ws[on + 1] ?? '')) [i, on].forEach((at) => form.add(at));
  });
  // So does "lägger (så stor) vikt vid …" before what is stressed ("Varför lägger styrmodellen så stor vikt vid dialog?").
  ws.forEach((w, i) => {
    const weight = ws.indexOf('vikt', i + 1);
    if (!/^(lagger|lagga|lade|lagt)$/.test(w) || weight < 0 || weight > i + 5 || ws[weight + 1] !== 'vid' || ws.length <= weight + 2) return;
    // (The verb, "vikt vid", and between them only how much: "så stor", "mycket"; a subject between them stays.)
    [i, weight, weight + 1, ...ws.slice(i + 1, weight).flatMap((x, k) => (isCue(x, emphasisFillers) ? [i + 1 + k] : []))].forEach((at) => form.add(at));
  });
  // An adverb of respect ("tidsmässigt", "innehållsmässigt", "budget-wise") says in what respect it is asked, not about what.
  ws.forEach((w, i) => {
    if (/^\p{L}{3,}(?:massigt|massiga|wise)$/u.test(w)) form.add(i);
  });
  // In a question of what comes next, how the step is said done names no step ("När nämnderna har tagit fram sina genomlysningar …").
  if (kind === 'next') cueSpans(ws, q.doneStepVerbs).forEach((i) => form.add(i));
  if (kind !== undefined && kind !== 'prepares') for (const i of [...form]) if (isVerbalNoun(ws[i]) && isCue(ws[i], q.prepareVerbs)) form.delete(i);
  // Nor does "antalet" ask a count in a question of why: "varför hålla nere antalet?" asks of the number itself.
  if (kind === 'reason') for (const i of [...form]) if (isCue(ws[i], countNouns)) form.delete(i);
  return form;
}
