import { fold } from '../../../shared/text';

/** "Begrepp Förklaring", "Dokumenttyp Beskrivning": the header of a two-column term table. */
export const isTermTableHeader = (line: string): boolean =>
  /^(begrepp|term|ord|benämning|dokumenttyp|styrdokument|typ)\s+(förklaring|beskrivning|definition|innebörd|betydelse)$/i.test(line.trim());

/**
 * A row of a two-column table flattened into one line: the term (one to four words, the first
 * capitalised, the rest not) and its definition, which starts with a capital letter
 * ("Årshjul Den årliga planeringen …", "Risk- och väsentlighetsanalys En analys av …"); tab-separated cells too.
 */
export function splitTermRow(line: string): { term: string; definition: string } | undefined {
  const cells = line.split(/\t+/).map((c) => c.trim()).filter(Boolean);
  if (cells.length === 2 && cells[0].split(/\s+/).length <= 4) return { term: cells[0], definition: cells[1] };
  const words = line.split(/\s+/);
  const k = words.findIndex((w, n) => n > 0 && /^\p{Lu}/u.test(w));
  if (k < 1 || k > 4 || words.length - k < 3) return undefined;
  const term = words.slice(0, k);
  if (!/^\p{Lu}\p{Ll}/u.test(term[0]) || term.some((w) => /[.,;:!?()"”]/.test(w))) return undefined;
  return { term: term.join(' '), definition: words.slice(k).join(' ') };
}

/** A row whose definition names its own term in its first sentence ("Regel Regler ska ge absoluta gränser …"). */
export function namesItsTerm(row: { term: string; definition: string }): boolean {
  const term = fold(row.term);
  const stem = term.slice(0, Math.max(3, Math.min(term.length, term.length - 2)));
  return fold(row.definition.split(/(?<=[.!?])\s/)[0]).includes(stem);
}

/** Lines that are rows of an unmarked term table: two or more rows naming their own term within ten lines. */
export function termRowLines(lines: string[]): Set<number> {
  const rows = lines.map((l, i) => ({ i, row: splitTermRow(l) })).filter((r) => r.row && namesItsTerm(r.row)).map((r) => r.i);
  return new Set(rows.filter((i) => rows.some((j) => j !== i && Math.abs(j - i) <= 10)));
}
