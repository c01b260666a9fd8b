import { headingProblem } from '../headingProblem';
import type { KnowledgePack } from '../loadPack';
import type { Body, SourceRef } from '../packSchema';
import type { Passage } from '../splitPassages';
import { capitalize, monthNames } from '../swedishMonths';
import { sourceSentence } from './sourceSentence';

/** What an editor should look at in a pack, found without judging the facts themselves. */
export interface PackReview {
  /** Facts marked `draft: true`, each with the sentence it was most likely read from. */
  drafts: { kind: string; label: string; source: SourceRef; sentence?: string }[];
  /** Bodies no decision, event, document type or risk refers to. */
  idleBodies: Body[];
  /** Passages named after the document (text before the first heading) or under a heading that reads like a fragment. */
  weakHeadings: { passage: Passage; problem: string }[];
  /** Passages over {@link longPassage} characters, too long to cite as one source. */
  longPassages: Passage[];
  /** Headings used twice in one document: a citation of them is ambiguous. */
  repeatedHeadings: { document: string; section: string; count: number }[];
}

export const longPassage = 2500;

/** "oktober–januari" for a run of months, else "mars, september". */
const months = (m: number[]) =>
  m.length > 2 && m.every((n, i) => i === 0 || n === (m[i - 1] % 12) + 1) ? `${monthNames[m[0] - 1]}–${monthNames[m[m.length - 1] - 1]}` : m.map((n) => monthNames[n - 1]).join(', ');

/** The review of a loaded pack (see {@link PackReview}). */
export function reviewPack(pack: KnowledgePack): PackReview {
  const name = (id: string) => pack.bodies.find((b) => b.id === id)?.name ?? id;
  const drafts: PackReview['drafts'] = [];
  const add = (kind: string, label: string, source: SourceRef, factText: string) => drafts.push({ kind, label, source, sentence: sourceSentence(pack, source, factText) });
  if (pack.roleOverview?.draft) drafts.push({ kind: 'rollfördelning', label: 'vad/när – hur/vem', source: pack.roleOverview.source, sentence: pack.roleOverview.text });
  for (const b of pack.bodies.filter((f) => f.draft)) add('organ', `${b.name}${b.abbreviations.length ? ` (${b.abbreviations.join(', ')})` : ''}`, b.source, b.description);
  for (const d of pack.decisions.filter((f) => f.draft)) add('beslut', `${d.subject} ${d.verb} av ${d.decidedBy.map(name).join(' och ')}${d.when ? ` ${d.when}` : ''}`, d.source, `${d.subject} ${d.verb} ${d.decidedBy.map(name).join(' ')} ${d.when ?? ''}`);
  for (const e of pack.events.filter((f) => f.draft)) add('händelse', `${capitalize(months(e.months))}: ${e.title}${e.actor.length ? ` (${e.actor.map(name).join(', ')})` : ''}`, e.source, e.action);
  for (const t of pack.documentTypes.filter((f) => f.draft)) add('dokumenttyp', `${t.order ? `${t.order}. ` : ''}${t.name}${t.category ? ` (${t.category})` : ''}`, t.source, `${t.name} ${t.description}`);
  for (const g of pack.glossary.filter((f) => f.draft)) add('begrepp', g.term, g.source, g.definition);
  for (const p of pack.periods.filter((f) => f.draft)) add('period', p.name, p.source, `${p.name} ${p.description}`);
  for (const r of pack.risks.filter((f) => f.draft)) add('risk', r.name, r.source, r.name);

  const referred = new Set([...pack.decisions.flatMap((d) => [...d.decidedBy, ...d.preparedBy]), ...pack.events.flatMap((e) => e.actor), ...pack.documentTypes.flatMap((t) => t.decidedBy), ...pack.risks.map((r) => r.body)]);
  const titles = new Map(pack.documents.map((d) => [d.id, d.title]));
  const weakHeadings = pack.passages.flatMap((p) => {
    const problem = p.section === titles.get(p.document) && !p.parents.length ? 'ingen egen rubrik (text före första rubriken)' : headingProblem(p.section);
    return problem ? [{ passage: p, problem }] : [];
  });
  const counts = new Map<string, { document: string; section: string; count: number }>();
  for (const p of pack.passages) {
    const key = `${p.document}\n${p.section}`;
    counts.set(key, { document: p.document, section: p.section, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  return {
    drafts,
    idleBodies: pack.bodies.filter((b) => !referred.has(b.id)),
    weakHeadings,
    longPassages: pack.passages.filter((p) => p.text.length > longPassage),
    repeatedHeadings: [...counts.values()].filter((c) => c.count > 1),
  };
}
