/**
 * Runs `op` with an AbortSignal that fires after `ms`, and rejects with `timeoutError()` at that moment
 * whether or not `op` heeds the signal (a hung socket, a library without cancellation). What `op` does
 * after the deadline is dropped on purpose: the caller has had its answer (the timeout), and must treat
 * a late write as possibly applied (see StoreTimeoutError).
 */
export function withDeadline<T>(ms: number, op: (signal: AbortSignal) => Promise<T>, timeoutError: () => Error): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(timeoutError());
      controller.abort();
    }, ms);
  });
  const work = (async () => op(controller.signal))();
  work.then(
    () => undefined,
    () => undefined, // a failure after the deadline: the caller already got the timeout
  );
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
