/**
 * Validates knowledge packs, prints what each holds and what an editor should review (draft facts with
 * their source sentences, bodies without facts, weak or repeated headings, long passages):
 * `npm run pack:check -- [--knowledge-dir DIR] [kommun…]`. Exits with 1 only when a pack is invalid.
 */
import { defaultKnowledgeDir, listPacks, loadPack } from '../src/kernel/knowledge/loadPack';
import { formatReview } from '../src/kernel/knowledge/review/formatReview';
import { reviewPack } from '../src/kernel/knowledge/review/reviewPack';

const argv = process.argv.slice(2);
const at = argv.indexOf('--knowledge-dir');
const dir = at >= 0 ? argv[at + 1] : defaultKnowledgeDir;
const named = argv.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1));
const ids = named.length ? named : listPacks(dir);
let failed = false;
for (const id of ids) {
  try {
    const p = loadPack(id, dir);
    console.log(
      `${id}: ${p.documents.length} documents, ${p.passages.length} passages, ${p.bodies.length} bodies, ` +
        `${p.decisions.length} decisions, ${p.events.length} events, ${p.periods.length} periods, ` +
        `${p.documentTypes.length} document types, ${p.glossary.length} glossary terms, ${p.risks.length} risks`,
    );
    for (const line of formatReview(reviewPack(p))) console.log(line);
  } catch (e) {
    failed = true;
    console.error((e as Error).message);
  }
}
process.exit(failed ? 1 : 0);
