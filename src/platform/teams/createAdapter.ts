import { ActivityTypes, CallerIdConstants, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { errorFields, type Logger } from '../../shared/logger';
import { TeamsAdapter } from './TeamsAdapter';

/** The bot's identity; without an app id the bot runs unauthenticated (local mode only). */
export interface BotIdentity {
  appId?: string;
  appPassword?: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  tenantId?: string;
  authenticated: boolean;
  /** Where the JWT check fetches its signing keys; unset = Microsoft's public endpoints (tests point it at a local key server). */
  openIdMetadataUrl?: string;
}

/**
 * The SDK's public-cloud settings with another key endpoint. Setting any one of these makes the SDK
 * expect them all (else it takes none of them), so the other values are the SDK's own public-cloud
 * defaults (AuthenticationConstants), written out.
 */
const publicCloudWithKeysFrom = (openIdMetadataUrl: string) => ({
  ValidateAuthority: true,
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  CallerId: CallerIdConstants.PublicAzureChannel,
  ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
  ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
});

/** Said when a turn failed unexpectedly; the code lets an administrator find the log line. */
const sorry = (errorId: string) => `Förlåt, något gick fel hos mig. Försök igen om en stund. Om felet kvarstår, ange felkod ${errorId} till din administratör.`;

/**
 * The Bot Framework adapter: JWT authentication whenever credentials are configured (anonymous only in
 * local mode), and one catch-all that logs and answers the user kindly in Swedish: an invoke in its
 * response (the card stays as it was), a message or an install in the same conversation. It never
 * writes anywhere else: a failed proactive message (an 'event' turn) is the sender's to report.
 */
export function createAdapter(identity: BotIdentity, logger: Logger): TeamsAdapter {
  const metadata = identity.openIdMetadataUrl ? publicCloudWithKeysFrom(identity.openIdMetadataUrl) : {};
  const auth = new ConfigurationBotFrameworkAuthentication(
    identity.authenticated
      ? { MicrosoftAppId: identity.appId, MicrosoftAppPassword: identity.appPassword, MicrosoftAppType: identity.appType, MicrosoftAppTenantId: identity.tenantId, ...metadata }
      : {},
  );
  const adapter = new TeamsAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const errorId = randomUUID().slice(0, 8);
    const { type, name } = context.activity;
    logger.error({ event: 'turn_error', errorId, type, name, err: errorFields(error, logger.isLevelEnabled('debug')) }, 'unhandled error in turn');
    if (type === ActivityTypes.Invoke) {
      const body = { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'internal', message: sorry(errorId) } };
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
      return;
    }
    if (type !== ActivityTypes.Message && type !== ActivityTypes.ConversationUpdate) return;
    try {
      await context.sendActivity(sorry(errorId));
    } catch (sendError) {
      logger.error({ event: 'turn_error_reply_failed', errorId, err: errorFields(sendError) }, 'could not tell the user about the error');
    }
  };
  return adapter;
}
