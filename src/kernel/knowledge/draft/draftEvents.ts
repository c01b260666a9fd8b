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

const monthRow = new RegExp(`^-\\s+(${monthPattern})(?:\\s*[-–]\\s*(${monthPattern}))?\\s*[:–-]\\s+(.+)$`, 'iu');
const cycleSection = /årshjul|årscykel|tidplan|tidsplan|planeringsprocess|uppföljningsprocess/iu;
const startsWithMonth = new RegExp(`^(?:(?:senast|redan)\\s+)?(?:från|i|under|i slutet av|i början av|i mitten av)\\s+${monthPattern}(?![\\p{L}])`, 'iu');

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
  const add = (e: Omit<CycleEvent, 'id' | 'terms' | 'source'>, t: PassageText, sentence: string) => {
    const key = `${fold(e.title)}|${e.months.join(',')}`;
    if (seen.has(key) || !e.months.length) return;
    seen.add(key);
    out.push({ fact: { id: uniqueId(e.title, taken), ...e, terms: [], draft: true, source: sourceOf(t.passage) } as CycleEvent, passage: t.passage, sentence });
  };
  for (const t of texts) {
    const heading = plainHeading(t.passage);
    const months = headingMonths(heading);
    if (months.length && / [-–] /.test(heading)) {
      const action = t.sentences.find((s) => /[.!]$/.test(s) && !/^\p{Lu}\p{Ll}+:\s/u.test(s) && s.split(/\s+/).length >= 5);
      if (action) {
        add({ title: heading.replace(/^.*? [-–] /, ''), months, actor: subjectBodies(action, bodies), action: cutAtWord(action, 400), ...field(t, /^(?:inflöde|underlag|input):\s*(.+)$/imu, 'input'), ...field(t, /^(?:resultat|output|utfall):\s*(.+)$/imu, 'output') }, t, action);
      }
    }
    for (const line of t.passage.text.split('\n')) {
      const row = monthRow.exec(line);
      if (!row) continue;
      const rowMonths = row[2] ? headingMonths(`${row[1]}–${row[2]}`) : [monthNumber(row[1])!];
      const onlyWhen = /(?<![\p{L}])VALÅR(?![\p{L}])/u.test(row[3]) ? 'valår' : undefined;
      for (const part of row[3].replace(/^\p{Lu}{3,}:\s*/u, '').split(/(?<=[.;])\s+(?=\p{Lu})|;\s+/u)) {
        const action = part.replace(/[.;]$/, '').trim();
        if (action.split(/\s+/).length < 2) continue;
        add({ title: cutAtWord(action, 70), months: rowMonths, actor: subjectBodies(action, bodies), action: `${action}.`, ...(onlyWhen ? { onlyWhen } : {}) }, t, line.replace(/^-\s+/, ''));
      }
    }
    const monthly = t.sentences.filter((s) => startsWithMonth.test(s));
    if (monthly.length >= 2 || (monthly.length && [heading, ...t.passage.parents].some((h) => cycleSection.test(h)))) {
      for (const s of monthly) {
        const when = findMonthPhrase(s);
        if (!when) continue;
        const decision = readDecisions(s, bodies)[0];
        add({ title: decision ? `Beslut om ${decision.subject.charAt(0).toLowerCase()}${decision.subject.slice(1)}` : titleOf(s.slice(when.index + when.phrase.length)), months: when.months, actor: subjectBodies(s, bodies), action: cutAtWord(s, 400), ...(/(?<![\p{L}])valår(?![\p{L}])/iu.test(s) ? { onlyWhen: 'valår' } : {}) }, t, s);
      }
    }
  }
  return out;
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
