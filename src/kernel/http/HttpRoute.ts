import type { Readable } from 'node:stream';

/** An HTTP route as plain data, so features never see the web framework; the platform's server adapts it. */
export interface HttpRequest {
  url: URL;
}

export type HttpResponse =
  | { status: number; json: unknown }
  | { status: number; body: Buffer; headers: Record<string, string> }
  /** A body written as it is made (a large export); the server pipes it to the response. */
  | { status: number; stream: Readable; headers: Record<string, string> };

export interface HttpRoute {
  method: 'GET';
  /** A fixed path ("/exports"); parameters travel in the query string. */
  path: string;
  handle(request: HttpRequest): Promise<HttpResponse>;
}
