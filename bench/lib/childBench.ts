import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Runs an npm script in a process of its own (its output passed through) and parses its last line as JSON. */
export function runJsonScript<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      process.stdout.write(d);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exit code ${code}`);
        resolve(JSON.parse(last) as T);
      } catch (e) {
        reject(new Error(`npm run ${script}: ${(e as Error).message}; last line: ${last}`));
      }
    });
  });
}
