import restify, { type Server } from 'restify';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Logger } from '../../shared/logger';
import type { DocumentStore } from '../../kernel/store/Collection';
import type { HttpRoute } from '../../kernel/http/HttpRoute';
import { InFlight } from './InFlight';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  store: DocumentStore;
  logger: Logger;
  bodyLimitBytes: number;
  /** The features' routes (e.g. GET /exports?t=<token> for signed download links). */
  routes?: HttpRoute[];
}

/**
 * The HTTP server: POST /api/messages through the CloudAdapter, GET /healthz (alive) and
 * GET /readyz (store reachable), and the features' routes. Every route has a body size limit; turns
 * in flight are counted so a shutdown can wait for them.
 */
export function createServer(deps: ServerDeps): { server: Server; inFlight: InFlight } {
  const server = restify.createServer({ name: 'styrmodellsboten', handleUncaughtExceptions: false });
  const inFlight = new InFlight();
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.bodyLimitBytes, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req, res) => {
    const done = inFlight.start();
    try {
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    } finally {
      done();
    }
  });
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
      res.send(200, { status: 'ready', store: deps.store.kind });
    } catch (e) {
      deps.logger.warn({ event: 'not_ready', code: (e as { code?: string }).code }, 'store not reachable');
      res.send(503, { status: 'unavailable', store: deps.store.kind });
    }
  });
  for (const route of deps.routes ?? []) {
    server.get(route.path, async (req, res) => {
      const response = await route.handle({ url: new URL(req.url ?? '', 'http://localhost') });
      if ('json' in response) res.send(response.status, response.json);
      else res.sendRaw(response.status, response.body, response.headers);
    });
  }
  return { server, inFlight };
}
