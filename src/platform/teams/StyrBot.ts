import { ActivityHandler, type AdaptiveCardInvokeValue, type InvokeResponse, type TurnContext } from 'botbuilder';
import { pseudonym } from '../logger';
import type { BotDeps } from './BotDeps';
import type { CardActionRouter } from './CardActionRouter';
import type { CommandRouter } from './CommandRouter';
import { sendWelcome } from './handlers/welcome';
import { resolveSession } from './resolveSession';
import type { Session } from './Session';
import { tenantAllowed, tenantOf } from './tenantOf';

const sessionKey = Symbol('session');

/** The bot edge: refuses foreign tenants, resolves the session, and routes by typed keys. No domain logic here. */
export class StyrBot extends ActivityHandler {
  constructor(
    private readonly deps: BotDeps,
    private readonly commands: CommandRouter,
    private readonly cardActions: CardActionRouter,
  ) {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? (context.activity.value as { command?: string } | undefined)?.command ?? '';
      await this.commands.route(this.turn(context), removeMentions(context, text));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await sendWelcome({ ...this.turn(context), args: '' });
      await next();
    });
  }

  /** Entry point for every activity: tenant allow-list first, then session, then routing. */
  override async run(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context.activity);
    if (!tenantAllowed(this.deps.config.allowedTenantIds, tenantId)) {
      this.deps.logger.warn({ event: 'tenant_refused', tenant: pseudonym(tenantId) ?? 'none', type: context.activity.type }, 'activity from a tenant outside the allow-list refused');
      return;
    }
    const session = await resolveSession(context, this.deps);
    context.turnState.set(sessionKey, session);
    this.deps.logger.info(
      { event: 'turn', correlationId: session.correlationId, type: context.activity.type, name: context.activity.name, kommun: session.kommun, user: pseudonym(session.aadObjectId ?? session.userId), known: Boolean(session.person) },
      'turn',
    );
    await super.run(context);
  }

  /** Universal Actions: always HTTP 200, the outcome (incl. errors) is in the body's statusCode, as Teams expects. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const value = context.activity.value as AdaptiveCardInvokeValue;
    return { status: 200, body: await this.cardActions.route({ ...this.turn(context), args: '' }, value) };
  }

  private turn(context: TurnContext) {
    return { context, deps: this.deps, session: context.turnState.get(sessionKey) as Session };
  }
}

/** Strips the bot's @mention in channels so "@Styrmodellsboten hjälp" routes as "hjälp". */
function removeMentions(context: TurnContext, text: string): string {
  const botId = context.activity.recipient?.id;
  let result = text;
  for (const e of context.activity.entities ?? []) {
    if (e.type === 'mention' && e.mentioned?.id === botId && typeof e.text === 'string') result = result.replace(e.text, '');
  }
  return result.replace(/<at>[^<]*<\/at>/g, '').trim();
}
