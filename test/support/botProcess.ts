import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** A port that was free a moment ago: bind port 0, read the port, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The real entry (`node --import tsx src/app/main.ts`) running as a child process. */
export interface BotProcess {
  child: ChildProcess;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts src/app/main.ts with exactly `env` (plus PATH and HOME): nothing leaks in from the developer's
 * or jest's environment (jest sets NODE_ENV=test).
 */
export function spawnBot(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'app', 'main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Polls GET /healthz until it answers 200; resolves with the milliseconds that took. */
export async function waitForHealthy(url: string, bot: BotProcess, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  let ended = false;
  void bot.exited.then(() => (ended = true));
  while (performance.now() - started < timeoutMs) {
    if (ended) throw new Error(`the bot exited before it was healthy:\n${bot.stderr()}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return Math.round(performance.now() - started);
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no answer from ${url}/healthz within ${timeoutMs} ms:\n${bot.stderr()}`);
}

/** Resident memory of a process in MiB, from /proc (Linux only). */
export async function rssMiB(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : undefined;
}
