import { fold } from '../../../shared/text';
import { capitalize, monthNames } from '../swedishMonths';
import { uniqueId } from '../slugId';
import type { Decision } from '../packSchema';
import type { DraftBody } from './DraftBody';
import type { Drafted } from './DraftFact';
import { headingMonths } from './monthPhrase';
import { plainHeading, sourceOf, type PassageText } from './PassageText';
import { readDecisions } from './readDecisions';

/** "i juni", "under oktober–november": when, from a month heading. */
const whenOf = (months: number[]) => (months.length === 1 ? `i ${monthNames[months[0] - 1]}` : `under ${monthNames[months[0] - 1]}–${monthNames[months[months.length - 1] - 1]}`);

/**
 * "Budget- och årsplanen" and "Budget- och årsplan" (a definite ending more), or "Mål och budget" and
 * "Mål och budget för de kommande tre åren" (more words after it), are one thing.
 */
function sameThing(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)].sort((p, q) => p.length - q.length);
  return y === x || /^(?:en|et|n|t|na)$/.test(y.slice(x.length)) && y.startsWith(x) || y.startsWith(`${x} `);
}

/**
 * Draft decisions from every sentence that names a body and a decision verb about a thing. When the
 * sentence names no month, the months of a month heading ("Juni – Beslut mål- och budget") are used.
 * A sentence whose subject is "De"/"Den" takes a short section heading as its subject ("Prioriterade
 * mål" / "De beslutas av kommunfullmäktige."). The same thing decided again by some of the same bodies
 * is one decision (its bodies joined); decided by other bodies it is another (the nämnd's and KF's).
 */
export function draftDecisions(texts: PassageText[], bodies: DraftBody[]): Drafted<Decision>[] {
  const taken = new Set<string>();
  const out: Drafted<Decision>[] = [];
  for (const { passage, sentences } of texts) {
    const monthsOfHeading = headingMonths(plainHeading(passage));
    const topic = !/^\d/.test(passage.section) && !monthsOfHeading.length && plainHeading(passage).split(/\s+/).length <= 4 ? plainHeading(passage) : undefined;
    for (const sentence of sentences) {
      for (const d of readDecisions(sentence, bodies, topic)) {
        const same = out.find((o) => sameThing(o.fact.subject, d.subject) && o.fact.decidedBy.some((b) => d.decidedBy.includes(b)));
        if (same) {
          same.fact.decidedBy = [...new Set([...same.fact.decidedBy, ...d.decidedBy])];
          continue;
        }
        const months = d.months.length ? d.months : monthsOfHeading;
        const when = d.when ?? (months.length ? whenOf(months) : undefined);
        const fact = {
          id: uniqueId(d.subject, taken),
          subject: capitalize(d.subject),
          verb: d.verb,
          decidedBy: d.decidedBy,
          ...(when ? { when } : {}),
          months,
          preparedBy: [],
          terms: [],
          draft: true,
          source: sourceOf(passage),
        } as Decision;
        out.push({ fact, passage, sentence });
      }
    }
  }
  return out;
}
