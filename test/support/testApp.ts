import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/app/config';
import { createApp, type App, type AppOverrides } from '../../src/app/createApp';

/** A fresh data directory under the OS temp dir. */
export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'styrbot-'));

/** Starts the real app on a random port with the embedded store; returns it with its base URL. */
export async function startTestApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<{ app: App; url: string; config: Config }> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDataDir(), LOG_LEVEL: 'silent', SCHEDULER: 'off', ...env });
  const app = await createApp(config, { logger: pino({ level: 'silent' }), ...overrides });
  const port = await app.listen();
  return { app, url: `http://127.0.0.1:${port}`, config };
}

/** POSTs an activity to /api/messages and returns status and parsed body. */
export async function post(url: string, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body };
}
