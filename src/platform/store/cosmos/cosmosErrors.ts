/** Status codes and network errors after which trying again may well succeed. */
const transientStatuses = new Set([408, 449, 500, 502, 503, 504]);
const transientNetworkCodes = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'TimeoutError']);

/**
 * Failures that prove a write never reached the data: the connection was refused, or the service
 * answered 449 "retry with". After a timeout, a reset or a 5xx the write may have been applied, and
 * replaying a create or a conditional write would then report our own success as a conflict — the
 * SDK refrains from retrying writes for the same reason.
 */
const unappliedStatuses = new Set([449]);
const unappliedNetworkCodes = new Set(['ECONNREFUSED']);

/** The HTTP status of a Cosmos SDK error (ErrorResponse.code or RestError.statusCode), if any. */
export function statusOf(error: unknown): number | undefined {
  const e = error as { code?: unknown; statusCode?: unknown } | undefined;
  if (typeof e?.code === 'number') return e.code;
  if (typeof e?.statusCode === 'number') return e.statusCode;
  return undefined;
}

function networkCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Worth retrying a read, a query or an idempotent write. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return transientStatuses.has(status);
  const code = networkCodeOf(error);
  return code !== undefined && transientNetworkCodes.has(code);
}

/** Worth retrying a non-idempotent write (create, conditional replace or delete). */
export function isTransientForWrite(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return unappliedStatuses.has(status);
  const code = networkCodeOf(error);
  return code !== undefined && unappliedNetworkCodes.has(code);
}

/** The credentials or their role assignment do not let us in: as good as unavailable. */
export function isAuthFailure(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || status === 403;
}
