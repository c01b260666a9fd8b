import { TeamsInfo, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { identifyPerson } from '../domain/org/identifyPerson';
import type { BotDeps } from './BotDeps';
import type { Session } from './Session';
import { scopeOf, tenantOf } from './tenantOf';

/** Builds the turn's session: kommun (chat override or default), the person, and remembers the conversation. */
export async function resolveSession(context: TurnContext, deps: BotDeps): Promise<Session> {
  const a = context.activity;
  const entraTenantId = tenantOf(a);
  const conversationId = a.conversation.id;
  const override = await deps.settings.kommunFor(entraTenantId, conversationId);
  const kommun = override && deps.packs.has(override) ? override : deps.config.defaultKommun;
  const aadObjectId = a.from?.aadObjectId;
  const person = await identifyPerson(deps.org, kommun, {
    aadObjectId,
    lookupEmails: async () => (a.channelId === 'msteams' && deps.recentLookups.shouldLookup(`${kommun}/${a.from.id}`) ? memberEmails(context) : []),
  });
  const scope = scopeOf(a);
  const reference = TurnContextReference(context);
  await deps.conversations.remember({
    id: scope === 'personal' ? `user:${aadObjectId ?? a.from.id}` : `conv:${conversationId}`,
    tenant: kommun,
    scope,
    aadObjectId: scope === 'personal' ? aadObjectId : undefined,
    entraTenantId,
    reference,
  });
  return { correlationId: a.id ?? randomUUID(), kommun, entraTenantId, conversationId, scope, person, userId: a.from.id, aadObjectId };
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

/** The plain conversation reference (without the activity id, which changes every turn). */
function TurnContextReference(context: TurnContext): Record<string, unknown> {
  const { activityId: _ignored, ...ref } = TurnContextRef(context);
  return JSON.parse(JSON.stringify(ref));
}

function TurnContextRef(context: TurnContext) {
  const a = context.activity;
  return {
    activityId: a.id,
    user: a.from,
    bot: a.recipient,
    conversation: a.conversation,
    channelId: a.channelId,
    locale: a.locale,
    serviceUrl: a.serviceUrl,
  };
}
