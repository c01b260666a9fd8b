/**
 * `npm run ingest -- --kommun <id> --title "…" [--year 2025] [--diarienummer "KS 22/327"] [--knowledge-dir DIR] FILE`:
 * adds a document to a pack (default folder: the repository's knowledge/).
 */
import { addDocument } from '../kernel/knowledge/ingest/addDocument';
import { documentToMarkdown } from '../kernel/knowledge/ingest/extractText';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const kommun = arg(argv, 'kommun');
  const title = arg(argv, 'title');
  const file = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')).pop();
  if (!kommun || !title || !file) {
    console.error('usage: npm run ingest -- --kommun <id> --title "Titel" [--year ÅÅÅÅ] [--diarienummer "…"] FILE(.txt|.md|.pdf|.docx)');
    process.exit(2);
  }
  const year = arg(argv, 'year');
  const markdown = await documentToMarkdown(file, title);
  const dir = arg(argv, 'knowledge-dir');
  const doc = { kommun, title, markdown, year: year ? Number(year) : undefined, diarienummer: arg(argv, 'diarienummer') };
  const { id, passages } = dir ? addDocument(doc, dir) : addDocument(doc);
  console.log(`${file} → knowledge/${kommun}/documents/${id}.md: ${passages} avsnitt. Frågor söker nu även i "${title}".`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
