import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** A running Microsoft 365 Agents Playground (the `agentsplayground` CLI) as a child process. */
export interface Playground {
  child: ChildProcess;
  /** The web UI, e.g. http://localhost:56150 (the playground picks a random port if the asked one is taken). */
  url: string;
  /** Ends the process and resolves once it has exited. */
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  endpoint: string;
  /** Port of the playground's web UI and its mocked Bot Connector. */
  port: number;
  /** The playground's own log (it defaults to ./devTools/ in the working directory). */
  logFile: string;
  /** Where the playground's output goes; defaults to this process's stderr. */
  output?: 'inherit' | 'ignore';
  /** A playground configuration file (e.g. another current user); the built-in one otherwise. */
  configPath?: string;
}

/**
 * Starts the playground offline against a local bot on the Teams channel, without opening a browser
 * (TEAMSAPPTESTER_BROWSER=none) and without telemetry; resolves when it listens.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const args = [cli, 'start', '-e', options.endpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      TEAMSAPPTESTER_LOGFILE: options.logFile,
      ...(options.configPath ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath } : {}),
    },
    stdio: ['ignore', 'pipe', options.output === 'ignore' ? 'ignore' : 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /Listening on (\d+)/.exec(out);
      if (listening) resolve(Number(listening[1]));
    });
    child.once('exit', (code) => reject(new Error(`the playground exited (${code}) before listening:\n${out}`)));
  });
  if (options.output !== 'ignore') child.stdout!.pipe(process.stderr);
  return {
    child,
    url: `http://localhost:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
