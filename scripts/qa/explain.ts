/** `npx tsx scripts/qa/explain.ts <kommun> "question"`: the answer and its trace, for looking into one question. */
import { loadPack } from '../../src/kernel/knowledge/loadPack';
import { QuestionAnswerer } from '../../src/features/qa/domain/QuestionAnswerer';

const [kommun, ...rest] = process.argv.slice(2);
const { answer, trace } = new QuestionAnswerer(loadPack(kommun)).explain(rest.join(' '));
console.log(JSON.stringify(trace, null, 1));
console.log(answer.answered ? `ANSWER (${answer.certainty}, ${answer.confidence.toFixed(2)}): ${answer.text}` : `REFUSED: ${answer.text}`);
console.log(answer.sources.map((s) => `  ${s.document} – ${s.section}`).join('\n'));
