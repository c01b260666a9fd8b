import { ActivityHandler } from 'botbuilder';
import type { Server } from 'restify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config';
import { createAdapter } from '../../src/platform/teams/createAdapter';
import { createApp, type App, type AppOverrides } from '../../src/app/createApp';
import { createServer } from '../../src/platform/http/createServer';
import { ConnectorStub } from '../../test/support/connectorStub';

/** Our app on a loopback port with a fresh embedded store, its replies going to a local stub connector. */
export interface BenchApp {
  app: App;
  url: string;
  connector: ConnectorStub;
  stop(): Promise<void>;
}

/** Starts the real app (createApp) quietly for measuring; `env` adds or overrides configuration. */
export async function startBenchApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<BenchApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, overrides);
  const connector = await new ConnectorStub().start();
  const port = await app.listen();
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    connector,
    async stop() {
      await app.stop();
      await connector.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The baseline: an ActivityHandler that replies with the text, on the same createServer + CloudAdapter stack. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(context.activity.text ?? '');
      await next();
    });
  }
}

/** Serves the echo bot with the app's configuration, logger and store; resolves with its URL. */
export async function startEchoServer(app: App): Promise<{ url: string; stop(): Promise<void> }> {
  const { server } = createServer({
    adapter: createAdapter(app.config.bot, app.logger),
    bot: new EchoBot(),
    store: app.store,
    logger: app.logger,
    authenticated: app.config.bot.authenticated,
    bodyLimitBytes: app.config.bodyLimitBytes,
    turnTimeoutMs: app.config.turnTimeoutMs,
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => (server.server.closeAllConnections(), server.close(() => resolve()))),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}
