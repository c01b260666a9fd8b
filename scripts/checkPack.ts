/** Validates knowledge packs and prints what each holds: `npx tsx scripts/checkPack.ts [kommun…]`. */
import { listPacks, loadPack } from '../src/kernel/knowledge/loadPack';

const ids = process.argv.slice(2).length ? process.argv.slice(2) : listPacks();
let failed = false;
for (const id of ids) {
  try {
    const p = loadPack(id);
    console.log(
      `${id}: ${p.documents.length} documents, ${p.passages.length} passages, ${p.bodies.length} bodies, ` +
        `${p.decisions.length} decisions, ${p.events.length} events, ${p.periods.length} periods, ` +
        `${p.documentTypes.length} document types, ${p.glossary.length} glossary terms, ${p.risks.length} risks`,
    );
  } catch (e) {
    failed = true;
    console.error((e as Error).message);
  }
}
process.exit(failed ? 1 : 0);
