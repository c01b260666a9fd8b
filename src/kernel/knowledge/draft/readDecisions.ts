import { fold } from '../../../shared/text';
import { findMonthPhrase } from './monthPhrase';
import { nounPhrase, nounPhraseBefore } from './nounPhrase';
import { wholeWords, namesOf, type DraftBody } from './DraftBody';

/** A decision read from one clause: who decides what, and when if the clause says it. */
export interface ReadDecision {
  subject: string;
  verb: string;
  decidedBy: string[];
  when?: string;
  months: number[];
}

const passiveOf: Record<string, string> = {
  beslutar: 'beslutas', besluta: 'beslutas', fastställer: 'fastställs', fastställa: 'fastställs', antar: 'antas', anta: 'antas',
  godkänner: 'godkänns', godkänna: 'godkänns', 'tar beslut': 'beslutas', 'ta beslut': 'beslutas', 'fattar beslut': 'beslutas', 'fatta beslut': 'beslutas',
  beslutas: 'beslutas', fastställs: 'fastställs', fastställas: 'fastställs', antas: 'antas', godkänns: 'godkänns', godkännas: 'godkänns',
};
const finite = ['beslutar', 'fastställer', 'antar', 'godkänner', 'tar beslut', 'fattar beslut'];
const infinitive = ['besluta', 'fastställa', 'anta', 'godkänna', 'ta beslut', 'fatta beslut'];
const passive = ['beslutas', 'fastställs', 'fastställas', 'antas', 'godkänns', 'godkännas'];
const modal = '(?:ska|skall|bör|kan|får|måste)(?![\\p{L}])';
const quantifier = '(?:(?:respektive|varje|samtliga|alla|övriga|berörda?|ansvariga?)\\s+)?';
const filler = /^(?:(?:även|också|sedan|därefter|årligen|vidare|alltså)\s+)*/iu;
/** Words that start a fronted adverbial, after which Swedish puts the verb before the subject. */
const adverbial = /^(?:i|under|efter|utifrån|enligt|från|vid|inom|med|genom|när|om|då|innan|likaså|därefter|sedan|därför|dessutom|även|också|årligen|varje|bland annat|härefter|slutligen|senast|och)(?![\p{L}])/iu;
const negation = /(?<![\p{L}])(?:inte|ej|aldrig|icke)(?![\p{L}])/iu;
/** A second clause that shares the first one's subject ("… beslutas i nämnderna i maj och fastställs av KF i juni"). */
const clauseBreak = new RegExp(
  `;\\s|,?\\s+och\\s+(?=(?:därefter|sedan)\\s)|,?\\s+och\\s+(?=(?:ska\\s+|bör\\s+)?${wholeWords(passive)})` +
    // "Arbetet leds av ledningsgruppen och planen fastställs av förvaltningschef": a clause with its own agent, then a new subject.
    `|(?<=\\p{L}s\\s+av\\s+[^,;]+?)\\s+och\\s+(?=\\p{L}+\\s+(?:ska\\s+|bör\\s+)?${wholeWords(passive)})`,
  'iu',
);

/**
 * The decisions a sentence states: a body and a decision verb (beslutar, fastställer, antar,
 * godkänner, tar beslut) about a thing, in the active ("Kommunfullmäktige fastställer budgeten",
 * "I maj ska kommunstyrelsen besluta om mål") or the passive ("Budgeten fastställs av
 * kommunfullmäktige", "… delårsrapport som fastställs av kommunfullmäktige"). Negated clauses,
 * past tense and deciders that are not bodies give nothing: a missed decision costs less than a wrong one.
 */
export function readDecisions(sentence: string, bodies: DraftBody[], topic?: string): ReadDecision[] {
  if (!bodies.length) return [];
  const one = `${quantifier}(?:${bodies.flatMap(namesOf).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}])`;
  const list = `${one}(?:\\s*(?:,|och|/|samt|eller)\\s*${one})*`;
  const out: ReadDecision[] = [];
  let shared: string | undefined;
  for (const [n, clause] of sentence.split(clauseBreak).entries()) {
    const pronoun = topic && ((n === 0 && /^(?:de|den|det|dessa|detta|denna)\s/iu.test(clause)) || namesTopic(clause, topic)) ? topic : undefined;
    const found = negation.test(clause)
      ? []
      : [activeClause(clause, list, bodies), passiveClause(pronoun ? clause.replace(/^\S+\s/u, '') : clause, list, bodies, pronoun ?? shared)].filter((d): d is ReadDecision => Boolean(d));
    shared = found[found.length - 1]?.subject ?? leadingNoun(clause);
    out.push(...found);
  }
  return [...out, ...nominalDecisions(sentence, bodies)];
}

/** "Planen fastställs …" under the heading "Verksamhetsplan på förvaltningsnivå": a definite noun that the heading's first word ends in points back at it. */
function namesTopic(clause: string, topic: string): boolean {
  const lone = /^(\p{L}{3,}?)(?:en|et|na|n|t)\s/iu.exec(clause);
  return Boolean(lone) && fold(topic.split(/\s+/)[0]).endsWith(fold(lone![1]));
}

/** "Kommunstyrelsens beslut om planeringsförutsättningar": a body's decision named as a noun. */
function nominalDecisions(sentence: string, bodies: DraftBody[]): ReadDecision[] {
  const owners = bodies.flatMap((b) => [...b.forms, ...b.abbreviations].map((f) => ({ id: b.id, form: `${f}s` })));
  return owners.flatMap(({ id, form }) => {
    const m = new RegExp(`${wholeWords([form])}\\s+beslut\\s+om\\s+(.+)$`, 'iu').exec(sentence);
    const subject = m && !negation.test(sentence) ? nounPhrase(m[1]) : undefined;
    return subject ? [{ subject, verb: 'beslutas', decidedBy: [id], ...timing(sentence, m!.index) }] : [];
  });
}

/** Body ids named in a phrase like "respektive nämnd och styrelse". */
export function bodiesNamed(phrase: string, bodies: DraftBody[]): string[] {
  return bodies
    .map((b) => ({ id: b.id, at: phrase.search(new RegExp(wholeWords(namesOf(b)), 'iu')) }))
    .filter((b) => b.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((b) => b.id);
}

function timing(clause: string, from: number): { when?: string; months: number[] } {
  const m = findMonthPhrase(clause.slice(from)) ?? findMonthPhrase(clause);
  if (m) return { when: m.phrase, months: m.months };
  const yearly = /(?<![\p{L}])(årligen|varje år)(?![\p{L}])/iu.exec(clause);
  return { when: yearly?.[1].toLowerCase(), months: [] };
}

const shortAdverbial = (text: string) => adverbial.test(text) && text.split(/\s+/).length <= 3;

function passiveClause(clause: string, list: string, bodies: DraftBody[], shared?: string): ReadDecision | undefined {
  const verb = new RegExp(wholeWords(passive), 'iu').exec(clause);
  if (!verb) return undefined;
  const before = clause.slice(0, verb.index).replace(new RegExp(`\\s*(?<![\\p{L}])${modal}\\s*$`, 'iu'), '').trim();
  const after = clause.slice(verb.index + verb[0].length).trim().replace(filler, '');
  const agent = new RegExp(`^(?:av|i|inom)\\s+(${list})`, 'iu');
  let subject: string | undefined;
  let deciders: RegExpExecArray | null = null;
  if (/(?:^|[\s,])som$/iu.test(before)) {
    subject = nounPhraseBefore(before.replace(/,?\s*som$/iu, ''));
    deciders = agent.exec(after);
  } else if (!before || shortAdverbial(before)) {
    const objectFirst = new RegExp(`^(?:om\\s+)?(.+?)\\s+(?:av|i|inom)\\s+(${list})`, 'iu').exec(after);
    if (objectFirst && (before || /^om\s/iu.test(after))) [subject, deciders] = [nounPhrase(objectFirst[1]), objectFirst.slice(1) as RegExpExecArray];
    else [subject, deciders] = [shared, agent.exec(after)];
  } else if (!/(?<![\p{L}])(?:bereds|görs|tas|är|har|innan|när|då|eftersom|de|den|det)(?![\p{L}])/iu.test(before.replace(/^(?:de|den|det)\s+(?=\S+\s+\S)/iu, ''))) {
    // A clause of its own before the verb ("… bereds av KS i december innan de beslutas …") is not its subject.
    subject = nounPhrase(before);
    deciders = agent.exec(after);
  }
  if (!subject || !deciders || (bodiesNamed(subject, bodies).length && subject.split(/\s+/).length <= 2)) return undefined;
  return { subject, verb: passiveOf[verb[0].toLowerCase()], decidedBy: bodiesNamed(deciders[1], bodies), ...timing(clause, verb.index) };
}

function activeClause(clause: string, list: string, bodies: DraftBody[]): ReadDecision | undefined {
  const verb = new RegExp(`${wholeWords(finite)}|${wholeWords(infinitive)}`, 'iu').exec(clause);
  if (!verb) return undefined;
  const before = clause.slice(0, verb.index).trim();
  let rest = clause.slice(verb.index + verb[0].length).trim();
  let deciders: string | undefined;
  if (infinitive.includes(verb[0].toLowerCase())) {
    // "<Body> ska …", "… att <body> ska", "I maj ska <body>" with at most two adverbs before the infinitive.
    const subjectFirst = new RegExp(`(?:^|(?<![\\p{L}])att\\s+)(${list})\\s+(?:\\p{L}+\\s+){0,4}?(?:${modal}|har\\s+(?:\\p{L}+\\s+){0,2}?att|att)(?:\\s+\\p{L}+){0,4}$`, 'iu').exec(before);
    const inverted = new RegExp(`(?<![\\p{L}])${modal}\\s+(${list})(?:\\s+\\p{L}+){0,2}$`, 'iu').exec(before);
    if (subjectFirst) deciders = subjectFirst[1];
    else if (inverted && adverbial.test(before)) deciders = inverted[1];
  } else {
    const lead = new RegExp(`^(${list})((?:\\s+\\p{L}+){0,2})$`, 'iu').exec(before);
    if (lead && !/(?<![\p{L}])(?:som|där|vilket|när|om)(?![\p{L}])/iu.test(lead[2])) deciders = lead[1];
    else if (adverbial.test(before)) {
      const inverted = new RegExp(`^(${list})`, 'iu').exec(rest.replace(filler, ''));
      if (inverted) [deciders, rest] = [inverted[1], rest.replace(filler, '').slice(inverted[0].length)];
    }
  }
  const object = rest.replace(filler, '').replace(/^om\s+/iu, '');
  const own = deciders && bodiesNamed(deciders, bodies);
  // "Varje nämnd beslutar om sin verksamhetsplan": the plan is the decider's own.
  const owner = own?.length === 1 && /^(?:sin|sitt|sina)\s/iu.test(object) ? `${bodies.find((b) => b.id === own[0])!.name}s ` : '';
  const subject = deciders && nounPhrase(owner ? `${owner}${object.replace(/^\S+\s+/u, '')}` : object);
  if (!deciders || !subject) return undefined;
  return { subject, verb: passiveOf[verb[0].toLowerCase()], decidedBy: bodiesNamed(deciders, bodies), ...timing(clause, verb.index) };
}

/**
 * The noun phrase a clause starts with, for a following clause that shares it ("Ett förslag … bereds … och beslutas …"),
 * or the name a clause gives ("Styrdokument som inte är politiska kallas stödjande dokument, och antas av …").
 */
function leadingNoun(clause: string): string | undefined {
  const named = /(?<![\p{L}])(?:kallas|benämns)\s+(.+)$/iu.exec(clause.trim());
  if (named) return nounPhrase(named[1]);
  const m = /^(.+?)\s+(?:bereds|tas fram|görs|upprättas|sker|ska|bör|är)(?![\p{L}])/iu.exec(clause.trim());
  return m ? nounPhrase(m[1]) : undefined;
}
