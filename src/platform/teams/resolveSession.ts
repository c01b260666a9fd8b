import { TeamsInfo, TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { ConversationMemory } from '../../kernel/conversations/rememberConversation';
import type { PackRegistry } from '../../kernel/knowledge/PackRegistry';
import { identifyPerson } from '../../kernel/org/identifyPerson';
import type { OrgRepository } from '../../kernel/org/OrgRepository';
import type { ChatSettings } from '../../kernel/session/ChatSettings';
import type { Session } from '../../kernel/turn/Session';
import type { RecentLookups } from './RecentLookups';
import { scopeOf, tenantOf } from './tenantOf';

/** What resolving a session needs (built by the app). */
export interface SessionServices {
  chatSettings: ChatSettings;
  packs: PackRegistry;
  org: OrgRepository;
  conversations: ConversationMemory;
  recentLookups: RecentLookups;
  defaultKommun: string;
}

/** Builds the turn's session: kommun (chat override or default), the person, and remembers the conversation. */
export async function resolveSession(context: TurnContext, deps: SessionServices): Promise<Session> {
  const a = context.activity;
  const entraTenantId = tenantOf(a);
  const conversationId = a.conversation.id;
  const override = await deps.chatSettings.kommunFor(entraTenantId, conversationId);
  const kommun = override && deps.packs.has(override) ? override : deps.defaultKommun;
  const aadObjectId = a.from?.aadObjectId;
  const person = await identifyPerson(deps.org, kommun, {
    aadObjectId,
    lookupEmails: async () => (a.channelId === 'msteams' && deps.recentLookups.shouldLookup(`${kommun}/${a.from.id}`) ? memberEmails(context) : []),
  });
  const scope = scopeOf(a);
  // The SDK's reference, without the activity id (it changes every turn and is not needed to write later).
  const { activityId: _ignored, ...reference } = TurnContext.getConversationReference(a);
  await deps.conversations.remember({
    id: scope === 'personal' ? `user:${aadObjectId ?? a.from.id}` : `conv:${conversationId}`,
    tenant: kommun,
    scope,
    aadObjectId: scope === 'personal' ? aadObjectId : undefined,
    entraTenantId,
    reference: JSON.parse(JSON.stringify(reference)),
  });
  return { correlationId: randomUUID(), kommun, entraTenantId, conversationId, scope, person, userId: a.from.id, aadObjectId };
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
