import { gzipSync } from 'node:zlib';
import { TENANT, cardAction } from '../support/activities';
import { freePort, spawnBot, waitForHealthy } from '../support/botProcess';
import { channelClaims, jwt, makeKey, startKeyServer } from '../support/keyServer';
import { tempDataDir } from '../support/testApp';

const appId = '11111111-2222-3333-4444-555555555555';
const serviceUrl = 'http://127.0.0.1:9/';

describe('The production process prints JSON log lines only', () => {
  it('When it refuses forged, expired and missing tokens, bombs and uploads, and is stopped, then every stdout line is JSON without a stack, stderr is empty and it exits 0', async () => {
    const keys = await startKeyServer();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const bot = spawnBot({
      NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: tempDataDir(), LOG_LEVEL: 'info',
      MicrosoftAppId: appId, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: TENANT, BOT_OPENID_METADATA_URL: keys.metadataUrl,
    });
    try {
      await waitForHealthy(url, bot, 25_000);
      const activity = JSON.stringify({ ...cardAction(serviceUrl, { id: '29:x' }, 'no-such-verb', {}), channelId: 'webchat' });
      const now = Math.floor(Date.now() / 1000);
      const expired = jwt({ alg: 'RS256', typ: 'JWT', kid: keys.key.kid }, { ...channelClaims(appId, serviceUrl), exp: now - 3600, nbf: now - 7200 }, { rsa: keys.key.privateKey });
      const foreign = jwt({ alg: 'RS256', typ: 'JWT', kid: keys.key.kid }, channelClaims(appId, serviceUrl), { rsa: makeKey('x').privateKey });
      const send = (body: string | Buffer, headers: Record<string, string> = {}) =>
        fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then((r) => r.status);
      const statuses = [
        await send(activity),
        await send(activity, { authorization: `Bearer ${expired}` }),
        await send(activity, { authorization: `Bearer ${foreign}` }),
        await send(gzipSync(Buffer.alloc(64 << 20, 0x20)), { authorization: `Bearer ${foreign}`, 'content-encoding': 'gzip' }),
        await send('--b\r\n\r\nx\r\n--b--', { 'content-type': 'multipart/form-data; boundary=b' }),
      ];
      expect(statuses).toEqual([401, 401, 401, 413, 415]);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toEqual({ code: 0, signal: null });
      const lines = bot.stdout().split('\n').filter(Boolean);
      const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(entries.filter((e) => e.event === 'http_refused')).toHaveLength(5);
      expect(entries.some((e) => e.event === 'console')).toBe(true); // the SDK's console.error of the expired token, as JSON
      expect(bot.stdout()).not.toMatch(/"stack"/);
      expect(bot.stderr()).toBe('');
    } finally {
      if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
      await keys.stop();
    }
  }, 45_000);
});
