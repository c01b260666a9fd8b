/**
 * Counts the hand-made parts of the question-answering engine, so a change shows whether it added
 * mechanisms or more special cases: `npx tsx scripts/qa/engineStats.ts [DIR]` (default src/features/qa).
 * - hand-listed words: words in string literals that are list entries (arrays of strings, or one
 *   space-separated string of ≥ 5 words split into a list), map keys/values of word maps;
 * - regex literals; hand-set weights: numeric literals other than 0, 1, -1, 2 and 100 (array indexes,
 *   counts and limits named as constants are counted too: they are tuning knobs all the same).
 * Spec files are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(__dirname, '..', '..', 'src', 'features', 'qa');
const files = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(d, e.name)] : []));

let words = 0;
let regexes = 0;
let weights = 0;
const perFile: Record<string, { words: number; regexes: number; weights: number }> = {};
for (const file of files(dir)) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const counts = { words: 0, regexes: 0, weights: 0 };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) counts.regexes++;
    else if (ts.isNumericLiteral(node) && ![0, 1, 2, 100].includes(Number(node.text))) counts.weights++;
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parent = node.parent;
      const inList = ts.isArrayLiteralExpression(parent);
      const spaced = node.text.trim().split(/\s+/).length >= 5 && /^[\p{L}\s'-]+$/u.test(node.text);
      const inWordMap = ts.isPropertyAssignment(parent) && /^[\p{L}\s]+$/u.test(node.text);
      if (spaced) counts.words += node.text.trim().split(/\s+/).length;
      else if ((inList || inWordMap) && /^[\p{L}][\p{L} '-]*$/u.test(node.text)) counts.words++;
    } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && ts.isStringLiteral(node.initializer) && /^[\p{L}]+$/u.test(node.initializer.text)) {
      // word maps such as { va: 'vad' } count their keys (the values are counted as strings)
      counts.words++;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  perFile[relative(dir, file)] = counts;
  words += counts.words;
  regexes += counts.regexes;
  weights += counts.weights;
}
if (process.argv.includes('--files')) for (const [f, c] of Object.entries(perFile).filter(([, c]) => c.words + c.regexes + c.weights > 0)) console.log(`${f}: ${c.words} words, ${c.regexes} regexes, ${c.weights} weights`);
console.log(JSON.stringify({ handListedWords: words, regexLiterals: regexes, handSetWeights: weights }));
