import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { idSchema } from '../../shared/text';

/** What a download link grants: one export of one kommun, for one person, until `exp`. */
export const linkClaimSchema = z.object({
  /** The exporter (feature) that makes the file. */
  exporter: idSchema,
  kommun: idSchema,
  params: z.record(z.string(), z.union([z.string().max(100), z.number()])),
  format: z.enum(['csv', 'xlsx', 'ics', 'json']),
  /** The person who asked; the download re-checks what they may view. */
  by: idSchema,
  /** Expiry, seconds since the epoch. */
  exp: z.number().int(),
});

export type LinkClaim = z.infer<typeof linkClaimSchema>;
export type VerifyResult = { ok: true; claim: LinkClaim } | { ok: false; reason: 'invalid' | 'expired' };

/** How long a link works. */
export const linkTtlMs = 15 * 60_000;

/**
 * Short-lived signed download links served by the bot's own server: `/exports?t=<claim>.<HMAC-SHA256>`,
 * both base64url. Like a SAS link it is a bearer link: whoever holds it can download until it expires.
 * Without a configured secret a random one per process is used (links die with a restart: fine locally).
 */
export class SignedLinks {
  private readonly secret: Buffer;

  constructor(
    secret: string | undefined,
    private readonly baseUrl: () => string,
    private readonly clock: () => Date,
  ) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  /** A link for the claim, valid for linkTtlMs from now. */
  create(claim: Omit<LinkClaim, 'exp'>): { url: string; expiresAt: Date } {
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
    const parsed = linkClaimSchema.safeParse(safeJson(Buffer.from(body, 'base64url').toString('utf8')));
    // Signed by us but unreadable: only possible after a change of the claim's schema.
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    if (parsed.data.exp * 1000 <= this.clock().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, claim: parsed.data };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(`export:${body}`).digest('base64url');
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
