import type { Candidate } from './answer/Candidate';
import type { FactEntry } from './retrieval/FactIndex';

const lower = (s: string) => (/^[A-ZÅÄÖ][a-zåäö]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/**
 * The ways a structured fact can be asked, made from its own fields: who decides it, when, who
 * prepares it, what it contains, what it means. Used for "Menade du …" and to check that every fact
 * is found by its own questions.
 */
export function askedAs(e: FactEntry): string[] {
  switch (e.kind) {
    case 'decision': {
      const s = lower(e.fact.subject);
      return [`Vem beslutar om ${s}?`, ...(e.fact.months.length || e.fact.when ? [`När beslutas ${s}?`] : []), ...(e.fact.preparedBy.length ? [`Vem bereder ${s}?`] : [])];
    }
    case 'event':
      return [`När är ${lower(e.fact.title)}?`, `Vad händer vid ${lower(e.fact.title)}?`];
    case 'period':
      return [`När görs ${lower(e.fact.name)}?`, `Vad är ${lower(e.fact.name)}?`];
    case 'documentType':
      return [`Vad är ${lower(e.fact.name)}?`, ...(e.fact.contents.length ? [`Vad ska ${lower(e.fact.name)} innehålla?`] : []), ...(e.fact.decidedBy.length ? [`Vem beslutar om ${lower(e.fact.name)}?`] : [])];
    case 'glossary':
      return [`Vad är ${lower(e.fact.term)}?`];
    case 'body':
      return [`Vad är ${lower(e.fact.name)}?`];
    case 'periodList':
      return ['Vilka uppföljningar görs under året?'];
    case 'documentTypeList':
      return ['Vilka styrdokument finns?'];
    case 'riskList':
      return [`Vilka risker har ${e.body ? lower(e.body.name) : 'kommunen'}?`];
  }
}

/** Up to three questions the user may have meant, from the runners-up (a fact's own question, or a section). */
export function suggestionsFrom(candidates: Candidate[], factById: (where: string) => FactEntry | undefined, asked: string): string[] {
  const out: string[] = [];
  for (const c of candidates) {
    const fact = factById(c.where);
    const q = fact ? askedAs(fact)[0] : c.sources[0] && `Vad säger styrmodellen om ${lower(c.sources[0].section)}?`;
    if (q && !out.includes(q) && q.toLowerCase() !== asked.trim().toLowerCase()) out.push(q);
    if (out.length === 3) break;
  }
  return out;
}
