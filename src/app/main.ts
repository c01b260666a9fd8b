/** Process entry: configuration, start-up banner, signals. Everything else is built in createApp. */
import { createApp } from './createApp';
import { startProcess } from './processStart';
import { seedSampleOrg } from '../kernel/org/seedSampleOrg';
import { errorFields } from '../shared/logger';

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const { config, logger } = startProcess();
  const app = await createApp(config, { logger });
  if (!config.bot.authenticated) {
    const seeded = await seedSampleOrg(app.org, config.defaultKommun);
    if (seeded) process.stderr.write(`Local mode: imported the SAMPLE organisation of ${seeded.kommun} (${seeded.people} invented people; the playground user Alex Wilber is admin).\n`);
  }
  const port = await app.listen();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  app.logger.info({ event: 'started', port, store: app.store.kind, kommun: config.defaultKommun, startupMs: Math.round(ms) }, 'listening');
  if (!config.bot.authenticated) {
    const warning = [
      '',
      '!!! LOCAL MODE: Bot Framework authentication is OFF (no MicrosoftAppId/MicrosoftAppPassword). !!!',
      '!!! Anyone who can reach this port can talk to the bot. Never expose it like this.           !!!',
      '',
    ].join('\n');
    app.logger.warn({ event: 'auth_off' }, 'authentication is off (local mode)');
    process.stderr.write(`${warning}\n`);
  }
  // The banner is for a developer's terminal; production output is JSON log lines only.
  if (config.env !== 'production') {
    process.stderr.write(`${[
      `Styrmodellsboten listens on http://localhost:${port}/api/messages (store: ${app.store.kind}, kommun: ${config.defaultKommun})`,
      `  Try it:   npm run playground   (Microsoft 365 Agents Playground, in another terminal)`,
      `  Health:   curl http://localhost:${port}/healthz   ·   Ready: curl http://localhost:${port}/readyz`,
      `  Roles:    type "roller" in the chat; org files: npm run org:import -- FILE (with the bot stopped when on the embedded store)`,
    ].join('\n')}\n`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ event: 'stopping', signal }, 'stopping');
    try {
      await app.stop();
      app.logger.info({ event: 'stopped' }, 'stopped');
      process.exit(0);
    } catch (e) {
      app.logger.error({ event: 'stop_failed', err: errorFields(e) }, 'stop failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e) => {
  console.error('Start-up failed:', (e as Error).message);
  process.exit(1);
});
