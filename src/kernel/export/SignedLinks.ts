import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i).max(100);

/** What a download link grants: one period's export of one kommun, for one person, until `exp`. */
export const exportClaimSchema = z.object({
  kommun: id,
  period: id,
  year: z.number().int().min(2000).max(2100),
  body: id.optional(),
  format: z.enum(['csv', 'xlsx']),
  /** The person who asked; the download re-checks what they may view. */
  by: id,
  /** Expiry, seconds since the epoch. */
  exp: z.number().int(),
});

export type ExportClaim = z.infer<typeof exportClaimSchema>;
export type VerifyResult = { ok: true; claim: ExportClaim } | { ok: false; reason: 'invalid' | 'expired' };

/** How long a link works. */
export const linkTtlMs = 15 * 60_000;

/**
 * Short-lived signed download links served by the bot's own server: `/exports?t=<claim>.<HMAC-SHA256>`,
 * both base64url (in the query: restify's router caps path parameters at 100 characters).
 * Without a configured secret a random one per process is used (links die with a restart: fine locally).
 */
export class ExportLinks {
  private readonly secret: Buffer;

  constructor(
    secret: string | undefined,
    private readonly baseUrl: () => string,
    private readonly clock: () => Date,
  ) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  /** A link for the claim, valid for linkTtlMs from now. */
  create(claim: Omit<ExportClaim, 'exp'>): { url: string; expiresAt: Date } {
    const expiresAt = new Date(this.clock().getTime() + linkTtlMs);
    const body = Buffer.from(JSON.stringify({ ...claim, exp: Math.floor(expiresAt.getTime() / 1000) })).toString('base64url');
    return { url: `${this.baseUrl().replace(/\/+$/, '')}/exports?t=${body}.${this.sign(body)}`, expiresAt };
  }

  /** Checks signature first (a tampered link tells nothing), then shape, then expiry. */
  verify(token: string): VerifyResult {
    const [body, signature, ...extra] = token.split('.');
    if (!body || !signature || extra.length) return { ok: false, reason: 'invalid' };
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
    let claim: ExportClaim;
    try {
      claim = exportClaimSchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    } catch {
      // Signed by us but unreadable: only possible with a changed schema; treat as invalid.
      return { ok: false, reason: 'invalid' };
    }
    if (claim.exp * 1000 <= this.clock().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, claim };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(`export:${body}`).digest('base64url');
  }
}
