import type { KnowledgePack } from '../../../../kernel/knowledge/loadPack';
import type { FactEntry } from '../retrieval/FactIndex';
import type { QuestionKind } from '../question/QuestionKind';
import { dayText, joinList, monthsText } from './months';

/** Lower-cases the first letter of a body name for use inside a sentence ("Kommunfullmäktige" → "kommunfullmäktige"). */
const inSentence = (s: string) => (/^[A-ZÅÄÖ][a-zåäö]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const sentence = (s: string) => s.trim().replace(/([^.!?:])$/, '$1.');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Whether an English subject is plural, by its head noun: its last word before what qualifies it ("The council's goals for
 * the term of office", "The auditors"; not "Goals and budget (Mål- och budget)", "The annual cycle process").
 */
export function pluralSubject(subject: string): boolean {
  // Less what is in brackets, a range of numbers ("three to five goals") and what follows the head: a preposition, a
  // comma, a participle ("Politicians serving under …").
  const plain = subject.replace(/\s*\([^)]*\)/g, '').replace(/\b(\w+)\s+to\s+(\w+)\b(?=\s+\w)/i, (m, a, b) => (/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(a) ? b : m));
  const words = plain.split(/\s+(?:for|of|with|in|on|from|to|as|at|within|under|between)\s+|\s*[,;:]/)[0].trim().split(/\s+/);
  while (words.length > 1 && /ing$/i.test(words[words.length - 1])) words.pop();
  return /[^suiy'’]s$/i.test(words[words.length - 1] ?? '');
}

const englishVerb: Record<string, string> = {
  beslutas: 'decided', fastställs: 'adopted', antas: 'adopted', tillsätts: 'appointed', utses: 'appointed', leds: 'led', godkänns: 'approved', upprättas: 'drawn up',
};

/** Names of bodies (ids) or free text, for answers in Swedish or English. */
function names(pack: KnowledgePack, ids: string[], english: boolean): string {
  const list = ids.map((id) => {
    const body = pack.bodies.find((b) => b.id === id);
    if (!body) return id;
    // English answers keep the Swedish name too: it is what the user meets in the kommun's documents.
    return english && body.en ? `the ${body.en.name.toLowerCase()} (${inSentence(body.name)})` : inSentence(body.name);
  });
  return joinList(list, english ? 'and' : 'och');
}

/**
 * The answer text for a structured fact, shaped by what was asked. Undefined when English is asked but the fact has no English.
 * `named`: whether the question names a list item ("Vilka risker som har med upphandling att göra …"): a list gives those.
 */
export function renderFact(pack: KnowledgePack, entry: FactEntry, intent: QuestionKind, english: boolean, named?: (item: string) => boolean): string | undefined {
  const en = english;
  switch (entry.kind) {
    case 'decision': {
      const f = entry.fact;
      if (en) {
        if (!f.en) return undefined;
        const be = pluralSubject(f.en.subject) ? 'are' : 'is';
        const decidedEn = sentence(`${capital(f.en.subject)} ${be} ${englishVerb[f.verb] ?? 'decided'} by ${names(pack, f.decidedBy, true)}${f.en.when ? ` ${f.en.when}` : ''}`);
        // "Who prepares …?": who prepares it first, then who decides, as the Swedish answer says it.
        // (What the Swedish answer says beside who decides, as it says it: who prepares, and a note not translated.)
        const noteEn = f.en.note ? ` ${sentence(f.en.note)}` : f.note ? ` In Swedish: ${sentence(f.note)}` : '';
        if (intent === 'prepares' && f.preparedBy.length) return `${sentence(`${capital(f.en.subject)} ${be} prepared by ${names(pack, f.preparedBy, true)}`)} ${sentence(`The decision is made by ${names(pack, f.decidedBy, true)}${f.en.when ? ` ${f.en.when}` : ''}`)}${noteEn}`;
        const preparedEn = f.preparedBy.length ? ` ${sentence(`The matter is prepared by ${names(pack, f.preparedBy, true)}`)}` : '';
        return decidedEn + preparedEn + noteEn;
      }
      const decided = sentence(`${f.subject} ${f.verb} av ${names(pack, f.decidedBy, false)}${f.when ? ` ${f.when}` : ''}`);
      const prepared = f.preparedBy.length ? sentence(`Ärendet bereds av ${names(pack, f.preparedBy, false)}`) : '';
      if (intent === 'prepares' && prepared) return `${sentence(`${f.subject} bereds av ${names(pack, f.preparedBy, false)}`)} ${sentence(`Beslutet fattas av ${names(pack, f.decidedBy, false)}${f.when ? ` ${f.when}` : ''}`)}`;
      return [decided, prepared, f.note ? sentence(f.note) : ''].filter(Boolean).join(' ');
    }
    case 'event': {
      const f = entry.fact;
      const when = monthsText(f.months, en);
      if (en) return f.en ? `${sentence(`${f.en.title} (${when})${f.en.action ? `: ${f.en.action}` : ''}`)}${f.en.action ? '' : ` In Swedish: ${sentence(f.action)}`}` : undefined;
      const only = f.onlyWhen ? ` Gäller ${f.onlyWhen}.` : '';
      const out = f.output && intent !== 'when' ? ` Resultat: ${sentence(inSentence(f.output))}` : '';
      return `${f.title} (${when}): ${sentence(f.action)}${only}${out}`;
    }
    case 'period': {
      const f = entry.fact;
      if (en) return f.en ? sentence(`${f.en.name}, as of ${dayText(f.asOf, true)}${f.en.description ? `. ${f.en.description}` : ''}`) : undefined;
      return `${f.name} – per ${dayText(f.asOf)}. ${sentence(f.description)}`;
    }
    case 'documentType': {
      const f = entry.fact;
      // An English name alone says less than the Swedish description or contents: those are given in Swedish.
      // (What it must contain, asked in English, is its Swedish list of contents: the English description does not hold it.)
      if (en) return f.en?.description && !(intent === 'contents' && f.contents.length) ? sentence(`${f.en.name}: ${f.en.description}`) : undefined;
      if (intent === 'contents' && f.contents.length) return sentence(`${f.name} ska innehålla: ${f.contents.map(inSentence).join('; ')}`);
      if (intent === 'decides' && f.decidedBy.length) return `${sentence(`${f.name} beslutas av ${names(pack, f.decidedBy, false)}`)} ${sentence(f.description)}`;
      const contents = f.contents.length ? ` Innehåll: ${sentence(f.contents.map(inSentence).join('; '))}` : '';
      return `${f.name}: ${sentence(f.description)}${contents}`;
    }
    case 'glossary': {
      const f = entry.fact;
      if (en) return f.en?.definition ? sentence(`${f.en.term}: ${f.en.definition}`) : undefined;
      return `${f.term}: ${sentence(f.definition)}`;
    }
    case 'body': {
      const f = entry.fact;
      const abbr = f.abbreviations.length ? ` (${f.abbreviations.join(', ')})` : '';
      if (en) return f.en && (f.en.description || !f.description) ? sentence(`${f.en.name}${abbr}${f.en.description ? `: ${f.en.description}` : ''}`) : undefined;
      return `${f.name}${abbr}: ${sentence(f.description)}`;
    }
    case 'periodList': {
      const items = entry.fact.map((p) => `${en && p.en ? p.en.name.toLowerCase() : inSentence(p.name)} (${en ? 'as of' : 'per'} ${dayText(p.asOf, en)})`);
      return en
        ? `${pack.shortName} has ${entry.fact.length} follow-ups during the year: ${joinList(items, 'and')}.`
        : `${pack.shortName} gör ${entry.fact.length} gemensamma uppföljningar under året: ${joinList(items)}.`;
    }
    case 'documentTypeList': {
      const sorted = [...entry.fact].sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
      const items = sorted.map((d) => (d.order !== undefined ? `${d.order}. ${d.name}` : d.name));
      return en ? `Types of governing documents in ${pack.shortName}: ${items.join(', ')}.` : `Styrdokumenttyper i ${pack.shortName}: ${joinList(items)}.`;
    }
    case 'riskList': {
      const who = entry.body ? inSentence(entry.body.name) : pack.shortName;
      const top = [...entry.fact].sort((a, b) => b.value - a.value).slice(0, 5);
      // (The risks the question names, unless those with the highest values are they: "… undrar om cyberhot kom med".)
      const asked = named ? entry.fact.filter((r) => named(r.name)) : [];
      const items = (rs: typeof top) => joinList(rs.map((r) => `${r.name.toLowerCase()} (riskvärde ${r.value})`));
      if (asked.length && asked.length < entry.fact.length && asked.some((r) => !top.includes(r))) {
        return `Risker i risk- och väsentlighetsanalysen för ${who} (${asked[0].year}) som rör det du frågar om: ${items(asked)}. Totalt ${entry.fact.length} risker.`;
      }
      return `Störst riskvärde i risk- och väsentlighetsanalysen för ${who} (${top[0].year}): ${items(top)}. Totalt ${entry.fact.length} risker.`;
    }
  }
}
