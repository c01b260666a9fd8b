import { cutAtWord, fold } from '../../../shared/text';
import { capitalize, monthNumber, monthPattern } from '../swedishMonths';
import { uniqueId } from '../slugId';
import type { CycleEvent } from '../packSchema';
import type { DraftBody } from './DraftBody';
import type { Drafted } from './DraftFact';
import { findMonthPhrase, headingMonths } from './monthPhrase';
import { nounPhrase } from './nounPhrase';
import { plainHeading, sourceOf, type PassageText } from './PassageText';
import { readDecisions } from './readDecisions';
import { subjectBodies } from './subjectBodies';

type NewEvent = Omit<CycleEvent, 'id' | 'terms' | 'source'>;
type Found = { event: NewEvent; sentence: string };

const monthRow = new RegExp(`^-\\s+(${monthPattern})(?:\\s*[-–]\\s*(${monthPattern}))?\\s*[:–-]\\s+(.+)$`, 'iu');
const cycleSection = /årshjul|årscykel|tidplan|tidsplan|planeringsprocess|uppföljningsprocess/iu;
const startsWithMonth = new RegExp(`^(?:(?:senast|redan)\\s+)?(?:från|i|under|i slutet av|i början av|i mitten av)\\s+${monthPattern}(?![\\p{L}])`, 'iu');
const electionYear = (text: string) => (/(?<![\p{L}])valår(?![\p{L}])/iu.test(text) ? { onlyWhen: 'valår' } : {});

/**
 * Draft annual-cycle events from text organised by month: sections under a month heading
 * ("Juni – Beslut mål- och budget", with its "Inflöde:" and "Resultat:" lines), month rows of a table
 * or list ("- Oktober: …"), and sentences that open with a month ("I april …") in a section about
 * the cycle or among several such sentences. Actors are the bodies that act in the sentence.
 */
export function draftEvents(texts: PassageText[], bodies: DraftBody[]): Drafted<CycleEvent>[] {
  const taken = new Set<string>();
  const seen = new Set<string>();
  const out: Drafted<CycleEvent>[] = [];
  for (const t of texts) {
    for (const { event, sentence } of [...fromMonthHeading(t, bodies), ...fromMonthRows(t, bodies), ...fromMonthSentences(t, bodies)]) {
      const key = `${fold(event.title)}|${event.months.join(',')}`;
      if (seen.has(key) || !event.months.length) continue;
      seen.add(key);
      out.push({ fact: { id: uniqueId(event.title, taken), ...event, terms: [], draft: true, source: sourceOf(t.passage) } as CycleEvent, passage: t.passage, sentence });
    }
  }
  // "- November: Teknisk omräkning av budget.": a step that only names itself is told by the text's own
  // sentence about it ("I november gör kommunfullmäktige en teknisk omräkning av budget, utifrån …").
  const prose = texts.flatMap((t) => t.sentences.filter((s) => !/^-\s/.test(s)));
  for (const { fact } of out) {
    const title = fold(fact.title);
    if (fold(fact.action.replace(/\.$/, '')) !== title) continue;
    const about = prose.filter((s) => fold(s).includes(title) && s.length > fact.action.length + 20);
    const told = about.find((s) => findMonthPhrase(s)?.months.some((m) => fact.months.includes(m))) ?? about[0];
    if (told) fact.action = cutAtWord(told, 400);
  }
  return out;
}

/** "Juni – Beslut mål- och budget": the step is the heading, the action its first full sentence. */
function fromMonthHeading(t: PassageText, bodies: DraftBody[]): Found[] {
  const heading = plainHeading(t.passage);
  const months = headingMonths(heading);
  const at = t.sentences.findIndex((s) => /[.!]$/.test(s) && !/^\p{Lu}\p{Ll}+:\s/u.test(s) && s.split(/\s+/).length >= 5);
  // A sentence after it that points back ("Denna bryts sedan ner till planer för …") goes on with the action.
  const next = t.sentences[at + 1];
  const action = at < 0 ? undefined : next && /^(?:denna|dessa|den \p{L}+[rs])\s/iu.test(next) ? `${t.sentences[at]} ${next}` : t.sentences[at];
  if (!months.length || !/ [-–] /.test(heading) || !action) return [];
  const event = { title: heading.replace(/^.*? [-–] /, ''), months, actor: subjectBodies(action, bodies), action: cutAtWord(action, 400), ...field(t, /^(?:inflöde|underlag|input):\s*(.+)$/imu, 'input'), ...field(t, /^(?:resultat|output|utfall):\s*(.+)$/imu, 'output') };
  return [{ event, sentence: action }];
}

/** "- Maj: Anta mål för kommande år. Påbörja arbetet …": one event for each thing done in the month. */
function fromMonthRows(t: PassageText, bodies: DraftBody[]): Found[] {
  return t.passage.text.split('\n').flatMap((line) => {
    const row = monthRow.exec(line);
    if (!row) return [];
    const months = row[2] ? headingMonths(`${row[1]}–${row[2]}`) : [monthNumber(row[1])!];
    return row[3]
      .replace(/^\p{Lu}{3,}:\s*/u, '')
      .split(/(?<=[.;])\s+(?=\p{Lu})|;\s+/u)
      .map((part) => part.replace(/[.;]$/, '').trim())
      .filter((action) => action.split(/\s+/).length >= 2)
      .map((action) => ({ event: { title: cutAtWord(action, 70), months, actor: subjectBodies(action, bodies), action: `${action}.`, ...electionYear(row[3]) }, sentence: line.replace(/^-\s+/, '') }));
  });
}

/** "I maj sker en politikerdag …" in a section about the cycle, or among several sentences that open with a month. */
function fromMonthSentences(t: PassageText, bodies: DraftBody[]): Found[] {
  const monthly = t.sentences.filter((s) => startsWithMonth.test(s));
  const aboutCycle = [plainHeading(t.passage), ...t.passage.parents].some((h) => cycleSection.test(h));
  if (monthly.length < 2 && !(monthly.length && aboutCycle)) return [];
  return monthly.flatMap((s) => {
    const when = findMonthPhrase(s);
    if (!when) return [];
    const decision = readDecisions(s, bodies)[0];
    const title = decision ? `Beslut om ${decision.subject.charAt(0).toLowerCase()}${decision.subject.slice(1)}` : titleOf(s.slice(when.index + when.phrase.length));
    return [{ event: { title, months: when.months, actor: subjectBodies(s, bodies), action: cutAtWord(s, 400), ...electionYear(s) }, sentence: s }];
  });
}

/** What happens, from the words after the month: "sker en politikerdag där …" → "Politikerdag". */
function titleOf(rest: string): string {
  const words = rest.trim().replace(/[.!]$/, '');
  const happening = /^(?:sker|hålls|genomförs|äger rum|anordnas)\s+(.+)$/iu.exec(words);
  const name = happening && nounPhrase(happening[1].split(/\s+(?:där|som|med|för|då)\s+/u)[0]);
  return name ?? capitalize(cutAtWord(words.replace(/^(?:ska|bör|kan)\s+/iu, ''), 70));
}

function field(t: PassageText, pattern: RegExp, key: 'input' | 'output'): Partial<CycleEvent> {
  const m = pattern.exec(t.passage.text);
  return m ? { [key]: m[1].trim().replace(/\.$/, '') } : {};
}
