/**
 * `npm run --silent ask -- --kommun <id> [--json] [--knowledge-dir DIR] [question]`: answers governance
 * questions. Without a question argument it reads questions from stdin, one per line, and answers in
 * order; with --json each answer is one line {"answered","text","sources":[{"document","section"}],"certainty"}
 * (certainty "sure" or "unsure" for answered questions: an unsure answer says so and offers other questions).
 * --knowledge-dir answers from the packs of another folder (e.g. packs made by `kommun:new`).
 */
import { createInterface } from 'node:readline';
import { loadConfig } from '../app/config';
import { loadPack } from '../kernel/knowledge/loadPack';
import type { Answer } from '../features/qa/domain/Answer';
import { QuestionAnswerer } from '../features/qa/domain/QuestionAnswerer';

function parseArgs(argv: string[]) {
  const json = argv.includes('--json');
  const valueOf = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const kommun = valueOf('--kommun') ?? loadConfig().defaultKommun;
  const knowledgeDir = valueOf('--knowledge-dir');
  const question = argv.filter((a, i) => !a.startsWith('--') && !['--kommun', '--knowledge-dir'].includes(argv[i - 1])).join(' ').trim();
  return { json, kommun, knowledgeDir, question };
}

function print(answer: Answer, json: boolean): void {
  if (json) {
    const { answered, text, sources, certainty } = answer;
    process.stdout.write(`${JSON.stringify({ answered, text, sources: sources.map((s) => ({ document: s.document, section: s.section })), ...(answered ? { certainty } : {}) })}\n`);
    return;
  }
  const cites = answer.sources.map((s) => `  Källa: ${s.document} – ${s.section}`).join('\n');
  process.stdout.write(`${answer.text}\n${cites}${cites ? '\n' : ''}\n`);
}

async function main(): Promise<void> {
  const { json, kommun, knowledgeDir, question } = parseArgs(process.argv.slice(2));
  const qa = new QuestionAnswerer(knowledgeDir ? loadPack(kommun, knowledgeDir) : loadPack(kommun));
  if (question) {
    print(qa.answer(question), json);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    print(qa.answer(line), json);
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
