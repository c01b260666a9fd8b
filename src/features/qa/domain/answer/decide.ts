import { monthNumbers, words } from '../lexicon/normalize';
import { stem } from '../lexicon/stem';
import { asksMany, hasCue, isCue } from '../question/cues';
import { bodyNouns, deadlineCues, eachWords, genericDecisionVerbs } from '../question/vocabularyOfQuestions';
import { numberValue, statesUnit, uncounted } from '../lexicon/numberWords';
import type { QuestionPart } from '../question/analyzeQuestion';
import { knownShareOf } from '../question/narrowPart';
import { keyWord, ownWords } from './scoreFacts';
import { splitSentences } from '../../../../kernel/knowledge/sentences';
import { listsNone, listsOtherKind, namesKindAsItem } from './listsNone';
import { decidesUnknownThing, holdsUnknownRole } from './unknownThing';
import type { AnswerSource } from '../Answer';
import type { Candidate } from './Candidate';
import { decisionFeatures, decisionGate, decisionThresholds, rightProbability, type DecisionFeatures } from './decisionModel';

export type Decision =
  | { outcome: 'sure' | 'unsure'; confidence: number; inputs?: DecisionFeatures }
  | { outcome: 'refuse'; confidence: number; reason?: string; inputs?: DecisionFeatures; /** Where the reason is said, cited with the refusal. */ sources?: AnswerSource[] };

/** What the decision reads besides the candidates: the question's language and parts, and who found the candidates. */
export interface DecisionContext {
  english: boolean;
  parts: number;
  /** A kind strategy (not the general one) found the candidates. */
  fromStrategy: boolean;
  /** Whether a text names something by its proper name ("I Stratsys arbetar vi …"), for a name asked for. */
  namesSomething?: (text: string) => boolean;
  /** Whether a candidate names the step or document whose time is asked ("… godkänna årsredovisningen?"), when the question names one. */
  namesStep?: (c: Candidate) => boolean;
}

/**
 * The answer says the model does not list what it is of ("Styrmodellen räknar inte upp fokusområdena."), whether a list
 * was asked for or what the things are ("What exactly are Ånge's focus areas?"), or a month asked for by name and the
 * answer says the model gives none ("Styrmodellen anger inte när den behandlas."): then that is the honest answer, as
 * "Det vet jag inte". (A "när" answer that says the model gives no month may still give the date it is made up on, "per
 * den sista april", so it stays.)
 */
function silenceOn(text: string, part: QuestionPart): string | undefined {
  const unlisted = /Styrmodellen räknar inte upp [^.]*\./.exec(text)?.[0];
  if (unlisted) return unlisted;
  // (A month asked for by name, "I vilken månad …", is not given by a date the thing is made up on.)
  return part.wants === 'month' ? /Styrmodellen anger inte när [^.]*\./.exec(text)?.[0] : undefined;
}

/** "Vilka sju risker …?", "vilka är de sju risker …", "which are the seven …": the number of things a list is asked for by, if any. */
function countAsked(ws: string[]): number | undefined {
  const at = ws.findIndex((w) => w === 'vilka' || w === 'which');
  if (at < 0) return undefined;
  const value = (w = '') => numberValue[w] ?? (/^\d+$/.test(w) && !/^(19|20)\d\d$/.test(w) ? Number(w) : undefined);
  const n = ws.slice(at + 1, at + 4).map(value).find((v) => v !== undefined);
  return n !== undefined && n >= 2 && n <= 20 ? n : undefined;
}

/**
 * "Vilka utskott har KS?" – "… ordförande för respektive utskott … kommunstyrelsen och utskottens presidier"; "Vilka helägda
 * bolag har Ånge?" – "… ägardirektiv för helägda bolag och bolagsordningen för respektive bolag": a text that speaks of the
 * kind asked for only as each of them, as all of them (definite: "utskotten"), or in the question's own words, and lists
 * nothing (no colon, no list lines, no sentence of three items or more), names none of them. The kind is the topic word
 * right after "vilka"/"which" (or "vilket"/"vilken": "Vilket utskott ansvarar för äldreomsorgen?" is not answered by what
 * "respektive utskott" does) (the head of a phrase, "helägda bolag"); the label of a fact ("Kommunstyrelsens utskott: …")
 * does not count, and a compound of the kind ("arbetsutskottet") names one. When one is asked for ("vilken nämnd"), a sentence
 * of three clauses lists none ("Nämnderna ansvarar för att sätta mål …, att utforma … och att …").
 */
function onlyEachOf(text: string, part: QuestionPart): boolean {
  const at = part.words.findIndex((w) => w === 'vilka' || w === 'which' || w === 'vilket' || w === 'vilken');
  if (at < 0) return false;
  // ("Vilket av KS utskott …": of what it is one, the kind; whose they are, "KS", only says whose.)
  const after = part.words.slice(at + 1, at + 5).filter((w) => !['ar', 'de', 'are', 'the', 'av', 'of'].includes(w) && numberValue[w] === undefined);
  const noun = ['av', 'of'].includes(part.words[at + 1]) ? (after.find((w) => isCue(w, bodyNouns)) ?? after[0]) : after[0];
  const asked = noun && part.topic.find((t) => t.word === noun || t.word.split('_').includes(noun));
  if (!asked) return false;
  const head = (t: { stem: string; parts: string[] }) => (t.stem.includes('_') ? t.parts[t.parts.length - 1] : t.stem);
  // (An English word by its translations; a Swedish one by itself, not by what the pack groups with it: "ägardirektiv" with "bolag".)
  const kinds = new Set([head(asked), ...asked.alternatives.filter((a) => a.via === 'english').map(head)].filter((x) => x && x.length >= 4));
  // (Less the labels of a fact and of what it puts out: "Utskottsordförande tar fram förslag … (juni–september): …", "Resultat: …".)
  const body = text.replace(/(^|\n)[^:\n]{1,100}:\s/g, '$1').replace(/(?<=[.!?]\s)[^:.\n]{1,30}:\s/g, '');
  if (/:|\n-/.test(body) || (!['vilken', 'vilket'].includes(part.words[at]) && (itemsIn(body) >= 3 || /\bdels\b/.test(body)))) return false;
  const ws = words(body);
  const modifiers = asked.word.split('_').slice(0, -1);
  const mentions = ws.flatMap((w, i) => ([...kinds].some((k) => stem(w).endsWith(k)) ? [i] : []));
  const definite = (w: string) => stem(w) !== w && /(?:na|nas|en|ens|et|ets)$/.test(w);
  // (Asked which one, the kind in the plural speaks of them all: "Kommunens nämnder ansvarar för …" names none.)
  const one = ['vilken', 'vilket'].includes(part.words[at]);
  const plural = (w: string) => one && stem(w) !== w && /(?:er|ar|or)$/.test(w);
  const generic = (i: number) =>
    [...kinds].some((k) => stem(ws[i]) === k) && (definite(ws[i]) || plural(ws[i]) || ws.slice(Math.max(0, i - 2), i).some((w) => isCue(w, eachWords) || modifiers.includes(w)));
  return mentions.length > 0 && mentions.every(generic);
}

/**
 * How many items a text lists at most: its list lines, or of one sentence its separators (commas, semicolons, a last
 * "och") and one; items spread over several sentences are no list of them. (A comma before a relative clause, ", som …",
 * and an "och" between two numbers, "mellan fem och tio nyckeltal", separate no items.)
 */
const separators = /[;,](?!\s+(?:som|vilket|vilka|där|which|who)\b)/g;
const isNumber = (w: string) => /^\d+$/.test(w) || numberValue[w.toLowerCase()] !== undefined;
const joinsItems = (s: string) => [...s.matchAll(/(\S+)\s(?:och|samt|and)\s(\S+)/g)].some(([, a, b]) => !(isNumber(a) && isNumber(b)));
const itemsIn = (text: string) => {
  const lines = text.match(/\n-/g)?.length ?? 0;
  // (Not split after an item's number: "1. Kommunala föreskrifter, 2. Budget, …".)
  const inSentence = text.split(/(?<=[.!?])(?<!\b\d+\.)\s+|\n+/).map((s) => (s.match(separators)?.length ?? 0) + (joinsItems(s) ? 1 : 0) + 1);
  return Math.max(lines, ...inSentence);
};

/** A report handed to a body: "lämnas till", "upp i" ("… ska årsredovisningen upp i fullmäktige?"), "presented to". */
const submitCues = ['lamnas till', 'lamnas over', 'upp i', 'tas upp', 'presented to', 'submitted to'];

/**
 * Whether a text names a month ("i juni"), a day ("den 22 september", "per den sista april", "2025-09-22")
 * when a date is asked for, or a year or a day when a time in the past is ("antogs 2021"; not a year the
 * question names itself, as in "Vision 2040").
 */
function names(said: string, wants: 'month' | 'date' | 'year', asked: string[]): boolean {
  // A deadline asked ("vilket datum måste vi senast lämna in …"), or when a decision is taken ("i vilken månad fastställer
  // fullmäktige årsredovisningen?"), is not the day a report is made up on ("per den sista augusti", "per 31 december"),
  // nor the day of a meeting's minutes ("antagen den 1 september, § 160": what was done once, not when it is due).
  // (Nor, of a month asked of when a report goes to a body, "i vilken månad ska årsredovisningen lämnas till / upp i
  // fullmäktige?", "Årsredovisning upprättas per 31 december".)
  const whenDone = hasCue(asked, deadlineCues) || (hasCue(asked, [...genericDecisionVerbs, 'behandl*', ...submitCues]) && !asked.includes('per'));
  const text = wants === 'date' && hasCue(asked, deadlineCues) ? said.replace(/\bden \d{1,2} \p{L}+(?: \d{4})?,? §\s*\d+/gu, '') : said;
  const ws = words(text);
  const month = (i: number) => monthNumbers[ws[i]] !== undefined;
  const asOf = (i: number) => whenDone && ws.slice(Math.max(0, i - 3), i).includes('per');
  const day = /\b\d{4}-\d\d-\d\d\b/.test(text) || ws.some((w, i) => month(i) && /^(\d{1,2}|sista|forsta|last|first)$/.test(ws[i - 1] ?? '') && !asOf(i));
  // (A year to come is no time in the past, but a name: "vision 2040".)
  const past = (w: string) => /^(19|20)\d\d$/.test(w) && Number(w) <= new Date().getFullYear() && !asked.includes(w);
  return wants === 'month' ? ws.some((_, i) => month(i) && !asOf(i)) : wants === 'date' ? day : day || ws.some(past);
}

/**
 * The sentences of an answer that name the question's most telling word ("Årsredovisning upprättas per 31 december"),
 * or all of it when none does: a month asked of one thing is not that of the report beside it ("Tertialrapport per
 * april ska tillsändas kommunfullmäktige i juni").
 */
function ofKey(text: string, part: QuestionPart, labelled: boolean): string {
  const key = keyWord(part.topic);
  // (Of an English answer from a fact, its first sentence is the label, which names it in translation: "Environmental
  // scanning day (January).")
  const named = key && key.stem.length >= 4 ? splitSentences(text).filter((s, i) => (labelled && i === 0) || words(s).some((w) => w.startsWith(key.stem.split('_')[0]))) : [];
  return named.length ? named.join(' ') : text;
}

/** The fit for "vem beslutar" of a sentence that names a body but no decision (fit.ts); less names neither. */
const DECIDES_BODY_ONLY = 0.5;

const wanted = { month: { sv: 'vilken månad', en: 'the month' }, date: { sv: 'vilket datum', en: 'the date' }, year: { sv: 'när', en: 'when' } };

/**
 * Whether to answer, answer as unsure (with "Menade du …"), or say "Det vet jag inte": on the best
 * candidate's probability of being right by a logistic model fitted on the question sets, against two
 * thresholds chosen on them (scripts/qa/trainDecision.ts). A question whose topic the pack mostly does
 * not know is refused first (the model's gate, also fitted).
 */
export function decide(candidates: Candidate[], part: QuestionPart, ctx: DecisionContext): Decision {
  const [best] = candidates;
  if (!best) return { outcome: 'refuse', confidence: 0 };
  const nowReason = ctx.english ? 'The governance model describes how things are done, not what applies right now.' : 'Styrmodellen beskriver hur det går till, inte vad som gäller just nu.';
  // What holds right now is the reason whenever it is asked ("vad ligger skatten på just nu?"): the model describes how, not what is.
  if (best.refusal !== undefined) return { outcome: 'refuse', confidence: 0, reason: (part.current && !part.wording ? nowReason : undefined) ?? (best.refusal || undefined) };
  if (best.from === 'strategy') return { outcome: 'sure', confidence: 1 };
  const silent = silenceOn(best.text, part);
  // (The pack says it in Swedish; an English question gets it in English.)
  if (silent) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? 'The governance model does not list them.' : silent };
  // A list asked for by its count ("Vilka sju risker valde KS?") needs that many items, not the count alone.
  const asked = part.kind === 'list' ? countAsked(part.words) : undefined;
  if (part.kind === 'list' && (itemsIn(best.text) < (asked ?? (asksMany(part.words) ? 2 : 1)) || (asksMany(part.words) && (onlyEachOf(best.text, part) || namesKindAsItem(best.text, part) || listsOtherKind(best.text, part) || listsNone(best, part))))) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? 'The governance model does not list them.' : 'Styrmodellen räknar inte upp dem.' };
  // (As asked: "Vilken nämnd …?" – "anger inte vilken", "Vilket utskott …?" – "anger inte vilket".)
  // (So is one asked as the one that prepares or decides: "Vilket av KS utskott är det som tar fram …?".)
  if ((part.kind === 'who' || ((part.kind === 'prepares' || part.kind === 'decides') && isCue(part.words[0] ?? '', ['vilket', 'vilken', 'which']))) && onlyEachOf(best.text, part)) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? 'The governance model does not name it.' : `Styrmodellen anger inte ${part.words.includes('vilken') ? 'vilken' : 'vilket'}.` };
  // What holds right now needs a value in the answer: a number or a date, or a quotation; the very wording a quotation.
  if (part.wording && !/[”"«]/.test(best.text)) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? 'The governance model does not quote the wording.' : 'Styrmodellen återger inte själva formuleringen.' };
  // (A section's number, "4.1 Beskrivning av …", or a list item's is no value.)
  if (part.current && !/\d|[”"«]/.test(uncounted(best.text))) return { outcome: 'refuse', confidence: 0, reason: nowReason };
  // A year asked about ("skattesatsen för 2026") must be the answer's: in its text, or its document's or section's title.
  // (When a time in the past is asked, a year in the question is rather a name, "Vision 2040": the check below says so.)
  // (Only a year the question itself names: not one of a remark on it, "… har hört att den antogs 2021".)
  const year = part.wants === 'year' ? undefined : ownWords(part).find((w) => /^20\d\d$/.test(w.word) && !best.text.includes(w.word) && !best.sources.some((s) => `${s.document} ${s.section}`.includes(w.word)))?.word;
  if (year) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? `The governance model does not state that for ${year}.` : `Styrmodellen anger inte det för ${year}.` };
  // A month or a day asked for by name must be named in the answer ("Vilken månad antas planen?" – "varje år" does
  // not say), unless it is asked besides a count or a frequency, which the answer's first sentence gives.
  if (part.wants === 'name') {
    if (ctx.namesSomething && !ctx.namesSomething(best.text)) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? 'The governance model does not name it.' : 'Styrmodellen anger inte namnet.' };
  } else if (part.wants && part.wants in wanted && part.kind !== 'howmany' && part.kind !== 'howoften' && (!names(part.wants === 'month' ? ofKey(best.text, part, best.from === 'fact' && ctx.english) : best.text, part.wants as keyof typeof wanted, part.words) || (ctx.namesStep && !ctx.namesStep(best)))) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? `The governance model does not state ${wanted[part.wants as keyof typeof wanted].en}.` : `Styrmodellen anger inte ${wanted[part.wants as keyof typeof wanted].sv}.` };
  // Who decides is not answered by what names neither a body nor a decision ("Policy: En policy ger en princip …").
  if (part.kind === 'decides' && (best.fit < DECIDES_BODY_ONLY || decidesUnknownThing(best.text, part))) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? 'The governance model does not state who decides it.' : 'Styrmodellen anger inte vem som beslutar om det.' };
  // Nor who holds a role by what does not name the role ("Vem är systemägare för Stratsys?").
  if ((part.kind === 'who' || part.kind === 'person') && holdsUnknownRole(best.text, part)) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? 'The governance model does not state who that is.' : 'Styrmodellen anger inte vem det är.' };
  // A figure asked in a unit ("i procent", "i kronor") is answered only by a figure in it.
  if (part.units && !statesUnit(best.text, part.units)) return { outcome: 'refuse', confidence: 0, reason: ctx.english ? 'The governance model does not state that figure.' : 'Styrmodellen anger inte den siffran.' };
  const knownShare = knownShareOf(part);
  const inputs = decisionFeatures(candidates, part, knownShare, ctx.english, ctx.parts, ctx.fromStrategy);
  if (knownShare < decisionGate()[ctx.english ? 'en' : 'sv']) return { outcome: 'refuse', confidence: 0, inputs };
  const p = rightProbability(inputs);
  const t = decisionThresholds();
  if (p >= t.sure) return { outcome: 'sure', confidence: p, inputs };
  if (p >= t.unsure) return { outcome: 'unsure', confidence: p, inputs };
  return { outcome: 'refuse', confidence: p, inputs, ...(part.current && !part.wording ? { reason: nowReason } : {}) };
}
