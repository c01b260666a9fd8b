import { SignedLinks } from './SignedLinks';

const claim = { exporter: 'followup', kommun: 'provkommun', params: { period: 'resultatprognos', year: 2026 }, format: 'csv' as const, by: 'sekr' };
const tokenOf = (url: string) => new URL(url).searchParams.get('t')!;

describe('Signed export links', () => {
  let now = new Date('2026-05-02T12:00:00Z');
  const links = new SignedLinks('hemlig', () => 'https://bot.example.se/', () => now);

  it('When a link is made, then it points at /exports on the base URL and verifies to its claim for 15 minutes', () => {
    const { url, expiresAt } = links.create(claim);
    expect(url.startsWith('https://bot.example.se/exports?t=')).toBe(true);
    expect(expiresAt.toISOString()).toBe('2026-05-02T12:15:00.000Z');
    expect(links.verify(tokenOf(url))).toEqual({ ok: true, claim: { ...claim, exp: expiresAt.getTime() / 1000 } });
  });

  it('When the claim or the signature is changed, or another secret signed it, then it is invalid', () => {
    const token = tokenOf(links.create(claim).url);
    const [body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), kommun: 'annan' })).toString('base64url');
    expect(links.verify(`${forged}.${sig}`)).toEqual({ ok: false, reason: 'invalid' });
    const flipped = `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    expect(links.verify(`${body}.${flipped}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(new SignedLinks('annan', () => '', () => now).verify(token)).toEqual({ ok: false, reason: 'invalid' });
    expect(links.verify('')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('When the time is up, then the link is expired', () => {
    const token = tokenOf(links.create(claim).url);
    now = new Date(now.getTime() + 15 * 60_000);
    expect(links.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });
});
