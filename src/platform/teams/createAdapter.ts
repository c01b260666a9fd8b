import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config';
import type { Logger } from '../logger';

/**
 * The Bot Framework adapter: JWT authentication whenever credentials are configured
 * (anonymous only in local mode), and one catch-all that logs and answers kindly in Swedish.
 */
export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    config.bot.authenticated
      ? {
          MicrosoftAppId: config.bot.appId,
          MicrosoftAppPassword: config.bot.appPassword,
          MicrosoftAppType: config.bot.appType,
          MicrosoftAppTenantId: config.bot.tenantId,
        }
      : {},
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const errorId = randomUUID().slice(0, 8);
    logger.error(
      { event: 'turn_error', errorId, correlationId: context.activity.id, code: (error as { code?: string }).code, err: { name: error.name, message: error.message, stack: error.stack } },
      'unhandled error in turn',
    );
    try {
      await context.sendActivity(`Förlåt, något gick fel hos mig. Försök igen om en stund. Om felet kvarstår, ange felkod ${errorId} till din administratör.`);
    } catch (sendError) {
      logger.error({ event: 'turn_error_reply_failed', errorId, err: { message: (sendError as Error).message } }, 'could not tell the user about the error');
    }
  };
  return adapter;
}
