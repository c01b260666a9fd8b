import { ActivityHandler, ActivityTypes, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse } from 'botbuilder';
import { StoreUnavailableError } from '../../shared/errors';
import { errorFields, pseudonym, type Logger } from '../../shared/logger';
import type { Session } from '../../kernel/turn/Session';
import type { Turn } from '../../kernel/turn/Turn';
import type { CardActionRouter } from './CardActionRouter';
import { storeDown, type CommandRouter } from './CommandRouter';
import { correlationIdKey } from './resolveSession';
import { teamsTurn, type PrivateReply } from './TeamsTurn';
import { tenantAllowed, tenantOf } from './tenantOf';

const sessionKey = Symbol('session');

export interface StyrBotParts {
  logger: Logger;
  allowedTenantIds: string[];
  resolveSession(context: TurnContext): Promise<Session>;
  commands: CommandRouter;
  cardActions: CardActionRouter;
  onInstall: ((turn: Turn) => Promise<void>)[];
  /** Hosts an attached file may be fetched from (SharePoint Online; tests add a local server). */
  fileHosts?: (url: URL) => boolean;
  /** Sends to a person's personal chat (private answers asked for in a team or group chat). */
  privately?: PrivateReply;
}

const refusedTenant: AdaptiveCardInvokeResponse = { statusCode: 403, type: 'application/vnd.microsoft.error', value: { code: 'forbidden', message: 'Den här organisationen använder inte Styrmodellsboten.' } as never };

/** An invoke's answer, given before (or instead of) the handler chain. */
const answerInvoke = (context: TurnContext, body: AdaptiveCardInvokeResponse) =>
  context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } satisfies InvokeResponse });

/** The bot edge: refuses foreign tenants, resolves the session, and routes by typed keys. No domain logic here. */
export class StyrBot extends ActivityHandler {
  constructor(private readonly parts: StyrBotParts) {
    super();
    this.onMessage(async (context, next) => {
      const typed = context.activity.text ?? (context.activity.value as { command?: unknown } | undefined)?.command;
      const text = TurnContext.removeRecipientMention(context.activity) ?? (typeof typed === 'string' ? typed : '');
      await parts.commands.route(this.turn(context), text.replace(/<at>[^<]*<\/at>/g, '').trim());
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
      if (botAdded) for (const install of parts.onInstall) await install(this.turn(context));
      await next();
    });
  }

  /** Entry point for every activity: tenant allow-list first, then session, then routing. */
  override async run(context: TurnContext): Promise<void> {
    const { type, name } = context.activity;
    const tenantId = tenantOf(context.activity);
    if (!tenantAllowed(this.parts.allowedTenantIds, tenantId)) {
      this.parts.logger.warn({ event: 'tenant_refused', correlationId: context.turnState.get(correlationIdKey), tenant: pseudonym(tenantId) ?? 'none', type }, 'activity from a tenant outside the allow-list refused');
      if (type === ActivityTypes.Invoke) await answerInvoke(context, refusedTenant);
      return;
    }
    let session: Session;
    try {
      session = await this.parts.resolveSession(context);
    } catch (e) {
      if (!(e instanceof StoreUnavailableError)) throw e;
      await this.storeDown(context, e);
      return;
    }
    context.turnState.set(sessionKey, session);
    this.parts.logger.info(
      { event: 'turn', correlationId: session.correlationId, type, name, kommun: session.kommun, user: pseudonym(session.aadObjectId ?? session.userId), known: Boolean(session.person) },
      'turn',
    );
    await super.run(context);
  }

  /** Universal Actions: always HTTP 200, the outcome (incl. errors) is in the body's statusCode, as Teams expects. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const value = context.activity.value as AdaptiveCardInvokeValue | undefined;
    return { status: 200, body: await this.parts.cardActions.route(this.turn(context), value) };
  }

  /** The store cannot say who is talking: the user is told kindly, in the answer the activity expects. */
  private async storeDown(context: TurnContext, error: StoreUnavailableError): Promise<void> {
    const { type } = context.activity;
    this.parts.logger.warn({ event: 'session_unavailable', correlationId: context.turnState.get(correlationIdKey), type, err: errorFields(error) }, 'store unavailable while resolving the session');
    if (type === ActivityTypes.Invoke) await answerInvoke(context, this.parts.cardActions.storeDown((context.activity.value as AdaptiveCardInvokeValue | undefined)?.action?.verb));
    else if (type === ActivityTypes.Message) await context.sendActivity(storeDown);
  }

  private turn(context: TurnContext): Turn {
    return teamsTurn(context, context.turnState.get(sessionKey) as Session, '', this.parts.fileHosts, this.parts.privately);
  }
}
