import { readFileSync } from 'node:fs';
import { createServer, request, type Agent, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join } from 'node:path';

/**
 * What the proxy does with one request:
 * - `pass`: forward it and its answer;
 * - `reset`: cut the connection (TCP RST) without forwarding;
 * - `hang`: keep it open and never answer, never forward;
 * - `{ delayMs }`: forward it after a pause (slow network or server);
 * - `{ status }`: answer that status itself (e.g. 503) without forwarding;
 * - `{ applyThen }`: forward it, let the server apply it, then lose the answer (`reset` or `hang`).
 */
export type Fault = 'pass' | 'reset' | 'hang' | { delayMs: number } | { status: number } | { applyThen: 'reset' | 'hang' };

/** One request as the proxy saw it. */
export interface ProxiedRequest {
  method: string;
  path: string;
  query: boolean;
  fault: Fault;
}

export interface FaultProxy {
  /** The proxy's endpoint, to give the Cosmos client instead of the server's. */
  endpoint: string;
  /** Decides each request's fault (default: pass everything); `query` tells a query (a POST too) from a create. */
  rule: (req: { method: string; path: string; query: boolean }) => Fault;
  /** What went through, newest last. */
  seen: ProxiedRequest[];
  /** Stops listening and cuts every connection: new connections are refused (ECONNREFUSED). */
  refuse(): Promise<void>;
  /** Listens again on the same port. */
  accept(): Promise<void>;
  close(): Promise<void>;
}

const certDir = dirname(require.resolve('@vercel/cosmosdb-server/package.json'));

/**
 * A fault-injecting HTTPS proxy in front of the in-process Cosmos DB server, terminating TLS (with the
 * server's own test certificate) so it can tell requests apart: reads from writes, one container from
 * another. It rewrites the account's advertised endpoints to its own, or the SDK would go around it.
 */
export async function startFaultProxy(upstream: string, agent: Agent): Promise<FaultProxy> {
  const target = new URL(upstream);
  /** The raw TCP sockets by client port: a reset must go to the TCP socket under the TLS one. */
  const sockets = new Map<number, Socket>();
  const reset = (req: IncomingMessage) => {
    const raw = sockets.get(req.socket.remotePort ?? -1);
    if (raw) raw.resetAndDestroy();
    else req.socket.destroy();
  };
  const held = new Set<ServerResponse>();
  let port = 0;
  const proxy: FaultProxy = {
    endpoint: '',
    rule: () => 'pass',
    seen: [],
    refuse: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets.values()) s.destroy();
    },
    accept: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve())),
    close: async () => {
      for (const s of sockets.values()) s.destroy();
      await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
    },
  };

  const forward = (req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const out = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host }, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const reply = (res: ServerResponse, answer: Awaited<ReturnType<typeof forward>>) => {
    let body = answer.body;
    if (body.includes(`:${target.port}/`)) body = Buffer.from(body.toString('utf8').split(`:${target.port}/`).join(`:${port}/`));
    const headers = { ...answer.headers, 'content-length': String(body.length) };
    delete headers['transfer-encoding'];
    res.statusCode = answer.status;
    for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    res.end(body);
  };

  const server: Server = createServer(
    { cert: readFileSync(join(certDir, 'cert.pem')), key: readFileSync(join(certDir, 'key.pem')) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const seen = { method: req.method ?? 'GET', path: req.url ?? '/', query: req.headers['x-ms-documentdb-isquery'] === 'true' };
        const fault = proxy.rule(seen);
        proxy.seen.push({ ...seen, fault });
        const body = Buffer.concat(chunks);
        try {
          if (fault === 'reset') return reset(req);
          if (fault === 'hang') return void held.add(res);
          if (typeof fault === 'object' && 'status' in fault) {
            res.statusCode = fault.status;
            res.setHeader('content-type', 'application/json');
            return void res.end(JSON.stringify({ code: 'ServiceUnavailable', message: 'injected' }));
          }
          if (typeof fault === 'object' && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
          const answer = await forward(req, body);
          if (typeof fault === 'object' && 'applyThen' in fault) {
            if (fault.applyThen === 'reset') return reset(req);
            return void held.add(res);
          }
          if (!req.socket.destroyed) reply(res, answer);
        } catch {
          req.socket.destroy();
        }
      });
    },
  );
  server.on('connection', (s: Socket) => {
    const key = s.remotePort ?? -1;
    sockets.set(key, s);
    s.on('close', () => sockets.delete(key));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
  proxy.endpoint = `https://127.0.0.1:${port}`;
  return proxy;
}
