import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { teamsLimits } from '../src/kernel/jobs/SendLimiter';

const root = join(__dirname, '..');

/** Runs `bench/reminders.ts` with these arguments as `npm run bench:reminders` does (tsx), and collects its output. */
function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', 'reminders.ts'), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** Keeps `npm run bench:reminders` working (a small, fast run); the 10,000-recipient figures are not judged here. */
describe('Reminder delivery bench (bench:reminders)', () => {
  it('When 200 recipients are sent at 200/s with a crash on the way, then the last line says all 200 were reached, none lost, duplicates at most the limiter concurrency', async () => {
    const { code, stdout, stderr } = await runBench(['--recipients', '200', '--rate', '200']);
    if (code !== 0) throw new Error(`bench:reminders exited ${code}:\n${stderr}`);
    const lines = stdout.trim().split('\n');
    const result = JSON.parse(lines[lines.length - 1]) as Record<string, number>;
    expect(Object.keys(result).sort()).toEqual(['delivered', 'duplicates', 'lost', 'planned', 'rateRatio', 'seconds']);
    expect(result).toMatchObject({ planned: 200, delivered: 200, lost: 0 });
    expect(result.duplicates).toBeLessThanOrEqual(teamsLimits.maxConcurrent);
    expect(result.rateRatio).toBeGreaterThan(0);
    expect(result.seconds).toBeGreaterThan(0);
    // The summary says what happened: the takeover, the 429s and 503s, and that the queue ended all sent.
    expect(stdout).toMatch(/takeover pause \d+\.\d+ s/);
    expect(stdout).toMatch(/\d+ × 429, \d+ × 503/);
    expect(stdout).toContain('queue at the end: 200 sent;');
  }, 60_000);
});
