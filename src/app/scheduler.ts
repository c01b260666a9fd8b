/**
 * `npm run scheduler`: the reminder planner and the dispatcher without the HTTP endpoint, for
 * deployments that run them apart (set SCHEDULER=off on the bot instances then). Several may run: the
 * scheduler lease lets one act at a time, and another takes over when it dies.
 */
import { createApp } from './createApp';
import { startProcess } from './processStart';
import { errorFields } from '../shared/logger';

async function main(): Promise<void> {
  const { config, logger } = startProcess();
  const app = await createApp(config, { logger });
  app.started.scheduler.start();
  logger.info({ event: 'scheduler_started', store: app.store.kind }, 'scheduler running (no HTTP endpoint)');
  const stop = async (signal: string) => {
    logger.info({ event: 'stopping', signal }, 'stopping');
    await app.started.scheduler.stop();
    await app.started.dispatcher.stop();
    await app.store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e) => {
  console.error('Start-up failed:', errorFields(e).message ?? (e as Error).message);
  process.exit(1);
});
