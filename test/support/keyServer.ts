import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer of tokens the Bot Connector sends to bots. */
export const channelIssuer = 'https://api.botframework.com';

const b64 = (x: unknown) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)).toString('base64url');

/** An RSA key pair as the key server publishes it: the private key to sign with and the public JWK. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  jwk: Record<string, unknown>;
}

export function makeKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', endorsements: ['msteams', 'webchat'] } };
}

/** A JWT made by hand, so tests can forge any header and signature (alg none, HS256, a foreign key …). */
export function jwt(header: Record<string, unknown>, claims: Record<string, unknown>, signWith?: { rsa: KeyObject } | { hmac: string }): string {
  const data = `${b64(header)}.${b64(claims)}`;
  if (!signWith) return `${data}.`;
  const signature = 'rsa' in signWith ? sign('sha256', Buffer.from(data), signWith.rsa) : createHmac('sha256', signWith.hmac).update(data).digest();
  return `${data}.${signature.toString('base64url')}`;
}

/** The claims of a token the Bot Connector would send for this bot and service URL, valid for an hour. */
export function channelClaims(appId: string, serviceUrl: string, nowSeconds = Math.floor(Date.now() / 1000)): Record<string, unknown> {
  return { iss: channelIssuer, aud: appId, serviceurl: serviceUrl, nbf: nowSeconds - 60, iat: nowSeconds - 60, exp: nowSeconds + 3600 };
}

export interface KeyServer {
  /** OpenID metadata URL to configure (BOT_OPENID_METADATA_URL). */
  metadataUrl: string;
  key: SigningKey;
  /** `ok`, or the key endpoint failing with 500, or accepting and never answering. */
  mode: 'ok' | 'error' | 'hang';
  requests: number;
  stop(): Promise<void>;
}

/** A local stand-in for the Bot Framework's OpenID metadata and signing keys (login.botframework.com). */
export async function startKeyServer(): Promise<KeyServer> {
  const held: ServerResponse[] = [];
  const ks: KeyServer = { metadataUrl: '', key: makeKey('test-key-1'), mode: 'ok', requests: 0, stop: async () => undefined };
  const server: Server = createServer((req, res) => {
    ks.requests++;
    if (ks.mode === 'hang') return void held.push(res);
    // Plain statusCode/end: restify patches ServerResponse.writeHead in this process, so no chaining on it.
    if (ks.mode === 'error') return void ((res.statusCode = 500), res.end());
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') res.end(JSON.stringify({ issuer: channelIssuer, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    else if (req.url === '/keys') res.end(JSON.stringify({ keys: [ks.key.jwk] }));
    else (res.statusCode = 404), res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ks.metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid`;
  ks.stop = async () => {
    held.forEach((r) => r.destroy());
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return ks;
}
