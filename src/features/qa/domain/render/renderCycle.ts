import type { KnowledgePack } from '../../../../kernel/knowledge/loadPack';
import type { Body, SourceRef } from '../../../../kernel/knowledge/packSchema';
import { monthsText } from './months';
import { uniqueSources } from '../sources';
import type { AnswerSource } from '../Answer';

/** A whole answer a renderer made: text, sources, language and kind. */
export interface Rendered {
  text: string;
  sources: AnswerSource[];
  language: 'sv' | 'en';
  via: 'month' | 'roles' | 'list';
}
import { englishMonths, swedishMonths } from '../lexicon/normalize';

type Cite = (ref: SourceRef) => AnswerSource;
const max = 780;

/** How many steps of the nearest month before and after are named when a month has none. */
const NEAREST_TITLES = 2;

/** "Vad händer i oktober?": the annual-cycle events of one month; of a month without any, the nearest steps around it. */
export function answerMonth(pack: KnowledgePack, month: number, english: boolean, cite: Cite): Rendered {
  const events = pack.events.filter((e) => e.months.includes(month));
  const name = english ? englishMonths[month - 1] : swedishMonths[month - 1];
  if (!events.length) {
    // The nearest steps before and after the month, for who plans around it.
    const nearest = (step: 1 | -1) => {
      for (let d = 1; d < 12; d++) {
        const m = ((month - 1 + step * d + 12) % 12) + 1;
        const found = pack.events.filter((e) => e.months[0] === m);
        if (found.length) return { m, found };
      }
      return undefined;
    };
    const [before, after] = [nearest(-1), nearest(1)];
    const names = english ? englishMonths : swedishMonths;
    const told = (n: ReturnType<typeof nearest>) => {
      if (!n) return '';
      const titles = n.found.map((e) => (english && e.en ? e.en.title : e.title));
      return `${titles.slice(0, NEAREST_TITLES).join(', ')}${titles.length > NEAREST_TITLES ? (english ? ' and more' : ' m.fl.') : ''} (${names[n.m - 1]})`;
    };
    const around = before && after ? (english ? ` Nearest before: ${told(before)}; after: ${told(after)}.` : ` Närmast före: ${told(before)}; närmast efter: ${told(after)}.`) : '';
    return {
      text: (english ? `${pack.name}'s annual cycle has no step in ${name}.` : `I ${pack.name}s årshjul finns ingen hållpunkt i ${name}.`) + around,
      sources: uniqueSources([...(before?.found ?? []), ...(after?.found ?? [])].map((e) => cite(e.source))),
      language: english ? 'en' : 'sv', via: 'month',
    };
  }
  const items = events.map((e) => (english && e.en ? e.en.title : e.title) + (e.onlyWhen ? ` (${e.onlyWhen})` : ''));
  const text = listWithin(english ? `In ${name}: ` : `I ${name}: `, items);
  return { text, sources: uniqueSources(events.map((e) => cite(e.source))), language: english ? 'en' : 'sv', via: 'month' };
}

/** "Årshjulet": the year's steps, month by month, as far as fits. */
export function answerCycle(pack: KnowledgePack, english: boolean, cite: Cite): Rendered {
  const names = english ? englishMonths : swedishMonths;
  const lines: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const titles = pack.events.filter((e) => e.months[0] === m).map((e) => (english && e.en ? e.en.title : e.title));
    if (titles.length) lines.push(`${names[m - 1]}: ${titles.join(', ')}`);
  }
  let text = english ? `${pack.name}'s annual cycle – ` : `${pack.name}s årshjul – `;
  for (const line of lines) {
    if (text.length + line.length + 2 > max) {
      text += '…';
      break;
    }
    text += `${line}; `;
  }
  return { text: text.replace(/; $/, '.'), sources: uniqueSources(pack.events.slice(0, 3).map((e) => cite(e.source))), language: english ? 'en' : 'sv', via: 'month' };
}

/** "Vem gör vad?": politics decides what and when, the administration how and by whom. */
export function answerRoles(r: NonNullable<KnowledgePack['roleOverview']>, english: boolean, cite: Cite): Rendered {
  return {
    text: english && r.en ? r.en : r.text,
    sources: [cite(r.source)],
    language: english && r.en ? 'en' : 'sv',
    via: 'roles',
  };
}

/** "Prefix: a; b; c." with as many items as fit in the answer, then "…". */
function listWithin(prefix: string, items: string[]): string {
  let text = prefix;
  for (const [i, item] of items.entries()) {
    const next = `${item}${i < items.length - 1 ? '; ' : '.'}`;
    if (text.length + next.length > max) return `${text.replace(/; $/, '')} …`;
    text += next;
  }
  return text;
}


/** "Vad beslutar kommunfullmäktige om (i juni)?": the decisions the pack gives to one body. */
export function answerBodyDecisions(pack: KnowledgePack, body: Body, month: number | undefined, english: boolean, cite: Cite): Rendered {
  const decisions = pack.decisions.filter((d) => d.decidedBy.includes(body.id) && (!month || d.months.includes(month)));
  const name = english && body.en ? body.en.name : body.name;
  if (!decisions.length) {
    if (english) return { text: `The governance model names no decisions of the ${name.toLowerCase()}${month ? ` in ${englishMonths[month - 1]}` : ''}.`, sources: [cite(body.source)], language: 'en', via: 'list' };
    return { text: `Styrmodellen anger inga beslut för ${name.toLowerCase()}${month ? ` i ${swedishMonths[month - 1]}` : ''}.`, sources: [cite(body.source)], language: 'sv', via: 'list' };
  }
  const items = decisions.map((d) => {
    const raw = english && d.en ? d.en.subject : d.subject;
    const subject = /^[A-ZÅÄÖ][a-zåäö]/.test(raw) ? raw[0].toLowerCase() + raw.slice(1) : raw;
    return d.months.length && !month ? `${subject} (${monthsText(d.months, english)})` : subject;
  });
  const text = listWithin(english ? `The ${name.toLowerCase()} decides among other things on: ` : `${name} beslutar bland annat om: `, items);
  return { text, sources: uniqueSources(decisions.map((d) => cite(d.source))), language: english ? 'en' : 'sv', via: 'list' };
}
