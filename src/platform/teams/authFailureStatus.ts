/** Network failures of the key discovery (Node's system error codes and node-fetch's FetchError). */
const networkCode = /^(E[A-Z_]+|UND_ERR_[A-Z_]+)$/;

/**
 * The HTTP status for a failed Bot Framework authentication: 503 when the bot could not fetch the keys
 * to check the token with (the SDK's AuthenticationError with a 5xx status, a network error, a timeout),
 * else 401: a missing, malformed, forged, misaddressed or expired token, or one with a foreign issuer.
 */
export function authFailureStatus(error: unknown): 401 | 503 {
  const e = error as { statusCode?: unknown; name?: unknown; code?: unknown; type?: unknown } | undefined;
  if (typeof e?.statusCode === 'number') return e.statusCode >= 500 ? 503 : 401;
  if (e?.name === 'FetchError' || e?.name === 'AbortError' || e?.name === 'KeyDiscoveryTimeout' || e?.type === 'system') return 503;
  if (typeof e?.code === 'string' && networkCode.test(e.code)) return 503;
  return 401;
}
