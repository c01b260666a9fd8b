import { randomUUID } from 'node:crypto';

/** Builders of Teams-like activities for posting to /api/messages in tests. */
export interface Who {
  id: string;
  aadObjectId?: string;
  name?: string;
}

export const TENANT = '00000000-0000-0000-0000-0000000000001';
export const BOT = { id: '28:styrmodellsboten', name: 'Styrmodellsboten' };

function base(serviceUrl: string, from: Who, conversationId: string, tenantId = TENANT) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    from,
    recipient: BOT,
    conversation: { id: conversationId, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: 'sv-SE',
    timestamp: new Date().toISOString(),
  };
}

export function message(serviceUrl: string, from: Who, text: string, opts: { conversationId?: string; tenantId?: string } = {}) {
  return { ...base(serviceUrl, from, opts.conversationId ?? `a:${from.id}`, opts.tenantId), type: 'message', text };
}

export function botAdded(serviceUrl: string, from: Who, opts: { conversationId?: string } = {}) {
  return { ...base(serviceUrl, from, opts.conversationId ?? `a:${from.id}`), type: 'conversationUpdate', membersAdded: [BOT] };
}

export function cardAction(serviceUrl: string, from: Who, verb: string, data: Record<string, unknown>, opts: { conversationId?: string } = {}) {
  return {
    ...base(serviceUrl, from, opts.conversationId ?? `a:${from.id}`),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}
