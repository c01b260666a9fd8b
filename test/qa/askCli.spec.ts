import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** The `ask` contract the scorer (../shared/tools/qa-eval.mjs) relies on: one JSON line per question, in order. */
describe('npm run ask -- --json', () => {
  it('When two questions come on stdin, then two JSON lines come back in order: an answer with its source and certainty, and an honest refusal without', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'ask.ts'), '--kommun', 'hallstahammar', '--json'], {
      cwd: root,
      input: 'Vem beslutar om budgeten?\nVad blir det för väder i morgon?\n',
      encoding: 'utf8',
    });
    const [answer, refusal, ...rest] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rest).toEqual([]);
    expect(answer).toMatchObject({ answered: true, certainty: 'sure' });
    expect(answer.text).toMatch(/kommunfullmäktige/i);
    expect(answer.sources[0]).toEqual({ document: expect.stringContaining('Hallstahammar'), section: expect.any(String) });
    expect(refusal).toEqual({ answered: false, text: expect.stringMatching(/^Det vet jag inte/), sources: [] });
  });
});
