import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** Why a body was not read: each maps to one HTTP status. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly reason: 'too_large' | 'unsupported_encoding' | 'bad_encoding' | 'aborted',
  ) {
    super(reason);
    this.name = 'BodyError';
  }
}

const decoders: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** The decoder of a Content-Encoding header; undefined for none; BodyError for anything else (e.g. "gzip, gzip"). */
function decoderFor(header: string | undefined): Transform | undefined {
  const encoding = (header ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return undefined;
  const make = decoders[encoding];
  if (!make) throw new BodyError(415, 'unsupported_encoding');
  return make();
}

/**
 * Reads a request body into memory, counting the DECODED bytes: a compressed body is inflated as a
 * stream and dropped the moment it passes `limit`, so a small gzip that would expand to gigabytes never
 * exists in memory (restify's bodyParser counted the compressed bytes, then inflated all of it). The raw
 * bytes are held to the same limit. Nothing is ever written to disk. Rejects with BodyError.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyError(413, 'too_large'));
  let decoder: Transform | undefined;
  try {
    decoder = decoderFor(req.headers['content-encoding']);
  } catch (e) {
    return Promise.reject(e);
  }
  const source = decoder ?? req;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let raw = 0;
    let decoded = 0;
    let settled = false;
    const fail = (error: BodyError) => {
      if (settled) return;
      settled = true;
      if (decoder) {
        req.unpipe(decoder);
        decoder.destroy();
      }
      chunks.length = 0;
      // What is left of the request is read and thrown away (never kept), so the answer can be sent.
      req.resume();
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      raw += chunk.length;
      if (raw > limit) fail(new BodyError(413, 'too_large'));
    });
    req.on('aborted', () => fail(new BodyError(400, 'aborted')));
    req.on('error', () => fail(new BodyError(400, 'aborted')));
    if (decoder) {
      decoder.on('data', (chunk: Buffer) => {
        if (settled) return;
        decoded += chunk.length;
        if (decoded > limit) return fail(new BodyError(413, 'too_large'));
        chunks.push(chunk);
      });
      decoder.on('error', () => fail(new BodyError(400, 'bad_encoding')));
      req.pipe(decoder);
    } else {
      req.on('data', (chunk: Buffer) => {
        if (!settled) chunks.push(chunk);
      });
    }
    source.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
  });
}
