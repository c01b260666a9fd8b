import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { App } from '../../src/app/createApp';
import { message } from '../support/activities';
import { ConnectorStub } from '../support/connectorStub';
import { startTestApp } from '../support/testApp';

/** A raw POST with node:http (fetch would not send a multipart body or a broken encoding as it is). */
function rawPost(url: string, path: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', headers: { 'content-length': String(body.length), ...headers } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    // The server may answer and close before the whole body is sent: that is its right, the answer counts.
    req.on('error', (e) => (['EPIPE', 'ECONNRESET'].includes((e as { code?: string }).code ?? '') ? undefined : reject(e)));
    req.end(body);
  });
}

/** gzip members may be concatenated: 32 copies of 16 MiB of spaces make a 0.5 MB body that inflates to 512 MiB. */
const bomb = () => {
  const member = gzipSync(Buffer.alloc(16 << 20, 0x20), { level: 9 });
  return Buffer.concat(Array.from({ length: 32 }, () => member));
};

const uploads = () => readdirSync(tmpdir()).filter((f) => f.startsWith('upload_')).length;

describe('Request bodies on /api/messages: JSON only, a limit on the decoded size, nothing on disk', () => {
  const connector = new ConnectorStub();
  let app: App;
  let url: string;
  const json = { 'content-type': 'application/json' };
  const hello = () => Buffer.from(JSON.stringify(message(connector.url, { id: 'u-body', aadObjectId: 'aad-body' }, 'hjälp')));

  beforeAll(async () => {
    await connector.start();
    ({ app, url } = await startTestApp());
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('When an unauthenticated gzip body of 0.5 MB inflates to 512 MiB, then it gets 413, three at once keep memory flat, and the bot lives on', async () => {
    const body = bomb();
    expect(body.length).toBeLessThan(app.config.bodyLimitBytes);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = Date.now();
    const answers = await Promise.all([1, 2, 3].map(() => rawPost(url, '/api/messages', { ...json, 'content-encoding': 'gzip' }, body)));
    clearInterval(sampler);
    expect(answers.map((a) => [a.status, a.text])).toEqual(Array(3).fill([413, '{"error":"too_large"}']));
    expect(Date.now() - started).toBeLessThan(5000);
    console.log(`3 concurrent gzip bombs (${body.length} B → 512 MiB each): 413 ×3 in ${Date.now() - started} ms, peak RSS +${Math.round((peak - before) / 2 ** 20)} MiB`);
    expect((peak - before) / 2 ** 20).toBeLessThan(100);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('When a multipart upload of 5–30 MB arrives (before any authentication), then 415 at once and no upload file is written anywhere', async () => {
    const before = uploads();
    for (const mb of [5, 30]) {
      const boundary = 'x-boundary';
      const part = Buffer.concat([
        Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`),
        Buffer.alloc(mb << 20, 0x41),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const res = await rawPost(url, '/api/messages', { 'content-type': `multipart/form-data; boundary=${boundary}` }, part);
      expect([res.status, res.text]).toEqual([415, '{"error":"unsupported_media_type"}']);
      // The other routes take no body at all: nothing is parsed there either.
      expect((await rawPost(url, '/healthz', { 'content-type': `multipart/form-data; boundary=${boundary}` }, part)).status).toBe(405);
    }
    expect(uploads()).toBe(before);
  });

  it('When the body is not JSON, not in an encoding we read, broken, or too large, then 415, 400 or 413, never 500', async () => {
    const cases: [string, Record<string, string>, Buffer, number][] = [
      ['text/plain', { 'content-type': 'text/plain' }, hello(), 415],
      ['no content type', {}, hello(), 415],
      ['form-urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }, Buffer.from('a=1'), 415],
      ['unknown encoding', { ...json, 'content-encoding': 'compress' }, hello(), 415],
      ['two encodings', { ...json, 'content-encoding': 'gzip, gzip' }, gzipSync(gzipSync(hello())), 415],
      ['corrupt gzip', { ...json, 'content-encoding': 'gzip' }, Buffer.from('not gzip at all'), 400],
      ['not UTF-8', json, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400],
      ['not JSON', json, Buffer.from('{"type":'), 400],
      ['JSON null', json, Buffer.from('null'), 400],
      ['JSON list', json, Buffer.from('[{"type":"message"}]'), 400],
      ['{} (no activity type)', json, Buffer.from('{}'), 400],
      ['deeply nested', json, Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 400],
      ['over the limit', json, Buffer.alloc(app.config.bodyLimitBytes + 1, 0x20), 413],
      ['30 MB declared', json, Buffer.alloc(30 << 20, 0x20), 413],
    ];
    for (const [name, headers, body, status] of cases) {
      const res = await rawPost(url, '/api/messages', headers, body);
      expect({ name, status: res.status }).toEqual({ name, status });
      expect(JSON.parse(res.text)).toEqual({ error: expect.any(String) });
    }
  });

  it('When a chunked body has no length and grows past the limit, then 413', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = request(`${url}/api/messages`, { method: 'POST', headers: json }, (r) => (r.resume(), resolve(r.statusCode ?? 0)));
      req.on('error', (e) => (['EPIPE', 'ECONNRESET'].includes((e as { code?: string }).code ?? '') ? undefined : reject(e)));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 40 && req.write(chunk)) sent++;
        if (sent < 40) req.once('drain', pump);
        else req.end();
      };
      pump();
    });
    expect(res).toBe(413);
  });

  it('When the activity comes gzip-, deflate- or brotli-compressed, or as JSON with a charset, then it is read like any other', async () => {
    for (const [encoding, body] of [['gzip', gzipSync(hello())], ['deflate', deflateSync(hello())], ['br', brotliCompressSync(hello())], ['identity', hello()]] as const) {
      expect({ encoding, status: (await rawPost(url, '/api/messages', { ...json, 'content-encoding': encoding }, body)).status }).toEqual({ encoding, status: 200 });
    }
    expect((await rawPost(url, '/api/messages', { 'content-type': 'application/json; charset=utf-8' }, hello())).status).toBe(200);
  });
});
