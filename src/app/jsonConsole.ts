import { format } from 'node:util';
import { errorFields, scrubMessage, type Logger } from '../shared/logger';

/**
 * Makes every line the process prints a JSON log line: what libraries write with console.* (the Bot
 * Framework SDK prints rejected tokens and their stack traces that way) and Node's own warnings become
 * log entries, their text scrubbed and cut to one line, the stack only at LOG_LEVEL=debug.
 * Returns a function that puts the console back (for tests).
 */
export function jsonConsole(logger: Logger): () => void {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const debug = logger.isLevelEnabled('debug');
  const to = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const error = args.find((a): a is Error => a instanceof Error);
    const text = args.filter((a) => !(a instanceof Error)).map((a) => (typeof a === 'string' ? a : format('%o', a))).join(' ');
    logger[level]({ event: 'console', ...(error ? { err: errorFields(error, debug) } : {}) }, scrubMessage(text));
  };
  console.log = to('info');
  console.info = to('info');
  console.debug = to('debug');
  console.warn = to('warn');
  console.error = to('error');
  const warningListeners = process.listeners('warning');
  process.removeAllListeners('warning');
  const onWarning = (w: Error) => {
    // restify 11 → spdy → http-deceiver reads process.binding('http_parser') when loaded (DEP0111). It is
    // only used for HTTP/2 push, which the bot never serves; the warning says nothing an operator can act on.
    if ((w as { code?: string }).code === 'DEP0111') return;
    logger.warn({ event: 'node_warning', err: errorFields(w, debug) }, 'Node warning');
  };
  process.on('warning', onWarning);
  return () => {
    Object.assign(console, saved);
    process.off('warning', onWarning);
    for (const l of warningListeners) process.on('warning', l);
  };
}
