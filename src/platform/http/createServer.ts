import { pipeline } from 'node:stream';
import restify, { type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import { errorFields, type Logger } from '../../shared/logger';
import type { DocumentStore } from '../../kernel/store/Collection';
import type { HttpRoute } from '../../kernel/http/HttpRoute';
import type { TeamsAdapter } from '../teams/TeamsAdapter';
import { InFlight } from './InFlight';
import { messagesEndpoint, type Answer } from './messagesEndpoint';

export interface ServerDeps {
  adapter: TeamsAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  store: DocumentStore;
  logger: Logger;
  /** Bot Framework JWT authentication is on (credentials configured). */
  authenticated: boolean;
  bodyLimitBytes: number;
  turnTimeoutMs: number;
  /** The features' routes (e.g. GET /exports?t=<token> for signed download links). */
  routes?: HttpRoute[];
}

/** Slow senders are cut off: a request has this long to arrive whole (headers and body). */
const requestTimeoutMs = 30_000;

/** Sends an answer; a refusal before the body was read closes the connection instead of reading the rest. */
function send(res: Response, answer: Answer): void {
  if (answer.status >= 400) res.setHeader('connection', 'close');
  if (answer.body === undefined) res.send(answer.status);
  else res.send(answer.status, answer.body);
}

/**
 * The HTTP server: POST /api/messages (see messagesEndpoint), GET /healthz (alive), GET /readyz (store
 * reachable), and the features' routes. There is no body parser at all: the one route that takes a body
 * reads it itself, as JSON only, with a limit on its decoded size, and nothing is ever written to disk.
 * Turns in flight are counted so a shutdown can wait for them; restify logs through the app's logger.
 */
export function createServer(deps: ServerDeps): { server: Server; inFlight: InFlight } {
  const server = restify.createServer({ name: 'styrmodellsboten', handleUncaughtExceptions: false, log: deps.logger.child({ component: 'restify' }) as never });
  server.server.requestTimeout = requestTimeoutMs;
  server.server.headersTimeout = Math.min(server.server.headersTimeout, requestTimeoutMs);
  const inFlight = new InFlight();
  const receive = messagesEndpoint(deps);

  server.post('/api/messages', async (req, res) => {
    const done = inFlight.start();
    try {
      const answer = await receive(req);
      send(res, answer);
      await answer.pending;
    } catch (e) {
      deps.logger.error({ event: 'http_failed', err: errorFields(e, deps.logger.isLevelEnabled('debug')) }, 'request failed');
      if (!res.headersSent) send(res, { status: 500, body: { error: 'internal' } });
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
      else if ('body' in response) res.sendRaw(response.status, response.body, response.headers);
      else {
        res.writeHead(response.status, response.headers);
        // A download cut off by the client ends here; any other failure midway is logged (the status is already sent).
        pipeline(response.stream, res, (e) => e && e.code !== 'ERR_STREAM_PREMATURE_CLOSE' && deps.logger.warn({ event: 'route_stream_failed', path: route.path, ...errorFields(e) }, 'response stream failed'));
      }
    });
  }
  return { server, inFlight };
}
