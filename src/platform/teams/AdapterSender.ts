import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { personalRefId, type ConversationRefRepository } from '../../kernel/conversations/ConversationRefRepository';
import { sendResultOf, type ProactiveSender, type SendResult } from '../../kernel/notify/Notifier';
import type { PrivateReply } from './TeamsTurn';
import { toActivity } from './TeamsTurn';

/** What a Bot Framework send error carries: the HTTP status and, on a 429, the Retry-After header. */
interface SendError {
  statusCode?: number;
  response?: { headers?: { get?(name: string): string | undefined | null } };
}

/**
 * The proactive sender at the edge: one `continueConversationAsync` per message on the stored
 * conversation reference, with the connector's own retry policy taken out of its pipeline, so the
 * dispatcher sees every 429 and 5xx (and paces and retries them itself). The send's error is caught
 * inside the callback: the adapter would otherwise swallow it in its turn error handler.
 */
export function createAdapterSender(deps: { adapter: CloudAdapter; appId: string | undefined }): ProactiveSender {
  return {
    async send(ref, message): Promise<SendResult> {
      let failure: SendError | undefined;
      try {
        await deps.adapter.continueConversationAsync(deps.appId ?? '', ref.reference as Partial<ConversationReference>, async (context) => {
          withoutRetries(context, deps.adapter);
          try {
            await context.sendActivity(toActivity(message.card ? { card: message.card, summary: message.text } : message.text));
          } catch (e) {
            failure = e as SendError;
          }
        });
      } catch (e) {
        failure = e as SendError;
      }
      if (!failure) return { outcome: 'sent' };
      return sendResultOf(failure.statusCode, failure.response?.headers?.get?.('retry-after'));
    },
  };
}

/** Removes the SDK's retry policy from this turn's connector client (a fresh client per proactive turn). */
function withoutRetries(context: TurnContext, adapter: CloudAdapter): void {
  const connector = context.turnState.get(adapter.ConnectorClientKey) as { client?: { pipeline?: { removePolicy(p: { name: string }): unknown } } } | undefined;
  connector?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

/** A reply sent to the person's personal chat, found by their Entra object id among the stored references. */
export function privateReply(refs: ConversationRefRepository, sender: ProactiveSender): PrivateReply {
  return async (session, message) => {
    const ref = session.aadObjectId ? await refs.get(session.kommun, personalRefId(session.aadObjectId)) : undefined;
    if (!ref) return 'no_chat';
    const text = typeof message === 'string' ? message : (message.summary ?? 'Styrmodellsboten');
    const result = await sender.send(ref, typeof message === 'string' ? { text } : { text, card: message.card });
    return result.outcome === 'sent' ? 'sent' : result.outcome === 'blocked' ? 'no_chat' : 'failed';
  };
}
