import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity the bot sent to the stand-in Bot Connector. */
export interface Captured {
  conversationId: string;
  replyToId?: string;
  activity: { type: string; text?: string; attachments?: { contentType: string; content: any }[]; [k: string]: unknown };
}

export interface Member {
  id: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
  name?: string;
}

/**
 * A local HTTP server standing in for the Bot Connector: captures what the bot sends to
 * `serviceUrl`, and answers Teams member look-ups from a member list.
 */
export class ConnectorStub {
  readonly sent: Captured[] = [];
  /** Every send the bot tried, answered or failed, in order (the SDK retries a 5xx itself). */
  readonly attempts: { conversationId: string; text?: string }[] = [];
  readonly members = new Map<string, Member>();
  /** When set, the next sends fail with this HTTP status (to test storage/send error paths). */
  failWith?: number;
  /** When set, each send is captured at once but answered only after this many ms (a slow connector). */
  delayMs = 0;
  private server?: Server;
  private waiters: { count: number; resolve: () => void }[] = [];

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const send = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
      const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(req.url ?? '');
      if (req.method === 'POST' && send) {
        this.attempts.push({ conversationId: decodeURIComponent(send[1]), text: (JSON.parse(body) as { text?: string }).text });
        if (this.failWith) {
          reply(res, this.failWith);
          return;
        }
        this.sent.push({ conversationId: decodeURIComponent(send[1]), replyToId: send[2] && decodeURIComponent(send[2]), activity: JSON.parse(body) });
        this.waiters = this.waiters.filter((w) => (this.sent.length >= w.count ? (w.resolve(), false) : true));
        const id = `sent-${this.sent.length}`;
        if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
        reply(res, 200, { id });
      } else if (req.method === 'GET' && member) {
        const m = this.members.get(decodeURIComponent(member[2]));
        reply(res, m ? 200 : 404, m);
      } else {
        reply(res, 404);
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** Resolves once `count` activities have been captured in total. */
  waitFor(count: number, timeoutMs = 5000): Promise<void> {
    if (this.sent.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} sent activities, got ${this.sent.length}`)), timeoutMs);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  reset(): void {
    this.sent.length = 0;
    this.attempts.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/** Plain-node reply (restify patches ServerResponse.writeHead in-process, so no chaining on it). */
export function reply(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  if (body !== undefined) res.setHeader('content-type', 'application/json');
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/** The whole request body as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
  });
}
