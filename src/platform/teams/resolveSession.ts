import { TeamsInfo, TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { ConversationMemory } from '../../kernel/conversations/rememberConversation';
import type { PackRegistry } from '../../kernel/knowledge/PackRegistry';
import { identifyPerson } from '../../kernel/org/identifyPerson';
import type { OrgRepository } from '../../kernel/org/OrgRepository';
import type { Person } from '../../kernel/org/orgSchema';
import { settingKey, type ChatSettings } from '../../kernel/session/ChatSettings';
import type { Session } from '../../kernel/turn/Session';
import { StoreUnavailableError } from '../../shared/errors';
import { errorFields, type Logger } from '../../shared/logger';
import type { RecentLookups } from './RecentLookups';
import { scopeOf, tenantOf } from './tenantOf';

/** Where the HTTP edge leaves the request's server-made correlation id for the turn. */
export const correlationIdKey = Symbol('correlationId');

/** What resolving a session needs (built by the app). */
export interface SessionServices {
  chatSettings: ChatSettings;
  packs: PackRegistry;
  org: OrgRepository;
  conversations: ConversationMemory;
  recentLookups: RecentLookups;
  defaultKommun: string;
  logger: Logger;
}

/**
 * Builds the turn's session: kommun (chat override or default), the person, and remembers the
 * conversation. The chat's setting and the person (in the default kommun, which almost every chat uses)
 * are read at once; only a chat pointed at another kommun reads the person again. A store that cannot
 * say which kommun the chat uses gives the default kommun, and one that cannot keep the conversation
 * reference costs only later reminders: neither stops the turn. The person lookup failing does
 * (StoreUnavailableError): nothing can be authorised without it.
 */
export async function resolveSession(context: TurnContext, deps: SessionServices): Promise<Session> {
  const a = context.activity;
  const correlationId = (context.turnState.get(correlationIdKey) as string | undefined) ?? randomUUID();
  const entraTenantId = tenantOf(a);
  const conversationId = a.conversation.id;
  const aadObjectId = a.from?.aadObjectId;
  const lookups = new Map<string, Promise<Person | undefined>>();
  const personIn = (kommun: string) => {
    let found = lookups.get(kommun);
    if (!found) {
      found = identifyPerson(deps.org, kommun, {
        aadObjectId,
        lookupEmails: async () => (a.channelId === 'msteams' && deps.recentLookups.shouldLookup(`${kommun}/${a.from.id}`) ? memberEmails(context) : []),
      });
      lookups.set(kommun, found);
    }
    return found;
  };
  const inDefault = personIn(deps.defaultKommun);
  // Awaited below only when the chat uses the default kommun; the outcome must not go unhandled otherwise.
  inDefault.catch(() => undefined);
  const scope = scopeOf(a);
  const kommun = await chatKommun(deps, entraTenantId, settingKey({ scope, aadObjectId, userId: a.from.id, conversationId }), correlationId);
  const [person] = await Promise.all([personIn(kommun), remember(context, deps, { kommun, scope, aadObjectId, entraTenantId, correlationId })]);
  return { correlationId, kommun, entraTenantId, conversationId, scope, person, userId: a.from.id, aadObjectId };
}

async function chatKommun(deps: SessionServices, entraTenantId: string | undefined, key: string, correlationId: string): Promise<string> {
  try {
    const override = await deps.chatSettings.kommunFor(entraTenantId, key);
    return override && deps.packs.has(override) ? override : deps.defaultKommun;
  } catch (e) {
    if (!(e instanceof StoreUnavailableError)) throw e;
    deps.logger.warn({ event: 'chat_settings_unavailable', correlationId, kommun: deps.defaultKommun, err: errorFields(e) }, 'chat settings not readable; using the default kommun');
    return deps.defaultKommun;
  }
}

/** Keeps the conversation reference for proactive messages; a store failure is logged, not fatal. */
async function remember(context: TurnContext, deps: SessionServices, at: { kommun: string; scope: Session['scope']; aadObjectId?: string; entraTenantId?: string; correlationId: string }): Promise<void> {
  const a = context.activity;
  // The SDK's reference, without the activity id (it changes every turn and is not needed to write later).
  const { activityId: _ignored, ...reference } = TurnContext.getConversationReference(a);
  try {
    await deps.conversations.remember({
      id: at.scope === 'personal' ? `user:${at.aadObjectId ?? a.from.id}` : `conv:${a.conversation.id}`,
      tenant: at.kommun,
      scope: at.scope,
      aadObjectId: at.scope === 'personal' ? at.aadObjectId : undefined,
      entraTenantId: at.entraTenantId,
      reference: JSON.parse(JSON.stringify(reference)),
    });
  } catch (e) {
    if (!(e instanceof StoreUnavailableError)) throw e;
    deps.logger.warn({ event: 'conversation_not_remembered', correlationId: at.correlationId, err: errorFields(e) }, 'conversation reference not stored');
  }
}

/** UPN and e-mail from Teams member info; empty when the lookup is not possible. */
async function memberEmails(context: TurnContext): Promise<string[]> {
  try {
    const m = await TeamsInfo.getMember(context, context.activity.from.id);
    return [m.userPrincipalName, m.email].filter((x): x is string => Boolean(x)).map((x) => x.toLowerCase());
  } catch {
    // Member info is unavailable outside Teams proper (e.g. some emulators): identify by object id only.
    return [];
  }
}
