import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../shared/logger';

/** The bot's identity; without an app id the bot runs unauthenticated (local mode only). */
export interface BotIdentity {
  appId?: string;
  appPassword?: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  tenantId?: string;
  authenticated: boolean;
}

/**
 * The Bot Framework adapter: JWT authentication whenever credentials are configured (anonymous only in
 * local mode), and one catch-all that logs and answers the user kindly in Swedish. It never writes to a
 * conversation the turn did not come from: a failed proactive message is the sender's to report.
 */
export function createAdapter(identity: BotIdentity, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    identity.authenticated
      ? { MicrosoftAppId: identity.appId, MicrosoftAppPassword: identity.appPassword, MicrosoftAppType: identity.appType, MicrosoftAppTenantId: identity.tenantId }
      : {},
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const errorId = randomUUID().slice(0, 8);
    logger.error({ event: 'turn_error', errorId, type: context.activity.type, name: context.activity.name, code: (error as { code?: string }).code, err: { name: error.name, message: error.message, stack: error.stack } }, 'unhandled error in turn');
    if (context.activity.type !== 'message' && context.activity.type !== 'invoke' && context.activity.type !== 'conversationUpdate') return;
    try {
      await context.sendActivity(`Förlåt, något gick fel hos mig. Försök igen om en stund. Om felet kvarstår, ange felkod ${errorId} till din administratör.`);
    } catch (sendError) {
      logger.error({ event: 'turn_error_reply_failed', errorId, err: { name: (sendError as Error).name, message: (sendError as Error).message } }, 'could not tell the user about the error');
    }
  };
  return adapter;
}
