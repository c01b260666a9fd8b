/** Base of the application's named errors: a stable `code` for logs and for deciding what to tell the user. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Optimistic concurrency lost: the document changed since it was read (HTTP 412), or already exists (409). */
export class ConflictError extends AppError {
  constructor(message = 'Dokumentet har ändrats av någon annan', options?: { cause?: unknown }) {
    super('conflict', message, options);
  }
}

/** The document to replace does not exist (HTTP 404 on a write). */
export class NotFoundError extends AppError {
  constructor(message = 'Dokumentet finns inte', options?: { cause?: unknown }) {
    super('not_found', message, options);
  }
}

/** The store could not be reached or failed after its retries; trying again later may well succeed. */
export class StoreUnavailableError extends AppError {
  readonly retryable = true;

  constructor(message: string, options?: { cause?: unknown; code?: 'store_unavailable' | 'store_timeout' }) {
    super(options?.code ?? 'store_unavailable', message, options);
  }
}

/**
 * A store call did not finish within its deadline (STORE_TIMEOUT_MS). A write that timed out may still
 * land later: it is never replayed as if it had not arrived (the save id recognises it on a retry).
 */
export class StoreTimeoutError extends StoreUnavailableError {
  constructor(what: string, readonly timeoutMs: number) {
    super(`${what} svarade inte inom ${timeoutMs} ms`, { code: 'store_timeout' });
  }
}

/** Input that fails validation; `fields` maps field ids to messages shown next to them. */
export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super('validation', message);
  }
}
