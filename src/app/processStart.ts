import { ConfigError, loadConfig, type Config } from './config';
import { jsonConsole } from './jsonConsole';
import { createLogger, errorFields, type Logger } from '../shared/logger';

/**
 * What every process entry (the bot, `npm run scheduler`) does first: the configuration (a bad one ends
 * the process with exit code 2 and one message listing every problem), the JSON logger, libraries'
 * console output and Node's warnings as JSON log lines, and a bug that escapes every handler ending the
 * process as one JSON line (its state is unknown).
 */
export function startProcess(): { config: Config; logger: Logger } {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  // Before the first await: what was queued while modules loaded goes through the logger too.
  const logger = createLogger(config.log);
  jsonConsole(logger);
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(event, (e: unknown) => {
      logger.fatal({ event: 'crash', kind: event, err: errorFields(e, true) }, 'unhandled error; exiting');
      process.exit(1);
    });
  }
  return { config, logger };
}
