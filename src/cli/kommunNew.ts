/**
 * `npm run kommun:new -- --id <id> --name "<Namn> kommun" [--short-name <Namn>] [--knowledge-dir DIR] FILE[=Titel] …`:
 * a new kommun's knowledge pack drafted from its own documents (pdf, docx, md, txt). Every fact read
 * from the text is marked `draft: true`; `npm run pack:check` lists them for review.
 */
import { isAbsolute, join, relative } from 'node:path';
import { defaultKnowledgeDir } from '../kernel/knowledge/loadPack';
import { draftPack } from '../kernel/knowledge/draft/draftPack';
import { writeNewPack } from '../kernel/knowledge/draft/writeNewPack';
import { readDocument } from '../kernel/knowledge/ingest/readDocument';

const usage = 'usage: npm run kommun:new -- --id <id> --name "<Namn> kommun" [--short-name <Namn>] [--knowledge-dir DIR] FILE[=Titel] [FILE[=Titel] …]';
const flags = ['id', 'name', 'short-name', 'knowledge-dir'];

function parseArgs(argv: string[]) {
  const value = (flag: string) => (argv.indexOf(`--${flag}`) >= 0 ? argv[argv.indexOf(`--${flag}`) + 1] : undefined);
  const files = argv
    .filter((a, i) => !a.startsWith('--') && !flags.some((f) => argv[i - 1] === `--${f}`))
    .map((a) => {
      const named = /^(.+\.(?:pdf|docx|md|txt))=(.+)$/i.exec(a);
      return named ? { file: named[1], title: named[2].trim() || undefined } : { file: a, title: undefined };
    });
  return { id: value('id'), name: value('name'), shortName: value('short-name'), dir: value('knowledge-dir') ?? defaultKnowledgeDir, files };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.id || !args.name || !args.files.length) {
    console.error(usage);
    process.exit(2);
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(args.id)) throw new Error(`--id "${args.id}": använd små bokstäver a–z, siffror och bindestreck.`);
  const documents = [];
  for (const f of args.files) documents.push(await readDocument(f.file, f.title));
  const draft = draftPack({ id: args.id, name: args.name, shortName: args.shortName, documents });
  const pack = writeNewPack(draft, args.dir, `npm run kommun:new ${new Date().toISOString().slice(0, 10)}`);
  const where = isAbsolute(args.dir) && !relative(process.cwd(), args.dir).startsWith('..') ? relative(process.cwd(), join(args.dir, args.id)) : join(args.dir, args.id);
  console.log(
    `${where}: ${pack.documents.length} dokument, ${pack.passages.length} avsnitt, ${pack.bodies.length} organ; utkast: ` +
      `${pack.decisions.length} beslut, ${pack.events.length} händelser i årshjulet, ${pack.documentTypes.length} dokumenttyper, ` +
      `${pack.glossary.length} begrepp, rollfördelning ${pack.roleOverview ? 'ja' : 'nej'}.`,
  );
  for (const d of pack.documents) console.log(`  ${d.id}: "${d.title}"`);
  console.log(`Granska utkasten: npm run pack:check -- ${args.dir === defaultKnowledgeDir ? '' : `--knowledge-dir ${args.dir} `}${args.id}`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
