import type { PackReview } from './reviewPack';
import { longPassage } from './reviewPack';

const where = (s: { document: string; section: string }) => `${s.document} › ${s.section}`;

/** The review as lines for the terminal, in Swedish for the editor; empty parts are left out. */
export function formatReview(review: PackReview): string[] {
  const lines: string[] = [];
  const { drafts, idleBodies, weakHeadings, longPassages, repeatedHeadings } = review;
  const total = drafts.length + idleBodies.length + weakHeadings.length + longPassages.length + repeatedHeadings.length;
  if (!total) return ['  att granska: inget'];
  lines.push(
    `  att granska: ${drafts.length} utkast, ${idleBodies.length} organ utan fakta, ${weakHeadings.length} avsnitt utan riktig rubrik, ` +
      `${longPassages.length} långa avsnitt, ${repeatedHeadings.length} upprepade rubriker`,
  );
  for (const d of drafts) lines.push(`  utkast ${d.kind}: ${d.label} — ${where(d.source)}`, `      «${d.sentence ?? '(källavsnittet saknas)'}»`);
  for (const b of idleBodies) lines.push(`  organ utan fakta: ${b.name} (${b.id}) — ${where(b.source)}`);
  for (const w of weakHeadings) lines.push(`  avsnitt utan riktig rubrik: ${where(w.passage)} — ${w.problem}`);
  for (const p of longPassages) lines.push(`  långt avsnitt (över ${longPassage} tecken): ${where(p)} — ${p.text.length} tecken`);
  for (const r of repeatedHeadings) lines.push(`  rubriken finns ${r.count} gånger i samma dokument: ${where(r)}`);
  return lines;
}
