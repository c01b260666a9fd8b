import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { personalRefId, type ConversationRefRepository } from '../../kernel/conversations/ConversationRefRepository';
import type { Notifier } from '../../kernel/notify/Notifier';
import { pseudonym, type Logger } from '../../shared/logger';
import { toActivity } from './TeamsTurn';

/**
 * The Notifier at the edge: writes to a person's personal chat with the bot through
 * `continueConversationAsync`, using the conversation reference stored when they last wrote to it.
 * The outcome is the send's real outcome: the send's error is caught inside the callback (the adapter
 * would otherwise swallow it in its turn error handler and report success).
 */
export function createAdapterNotifier(deps: { adapter: CloudAdapter; appId: string | undefined; refs: ConversationRefRepository; logger: Logger }): Notifier {
  return {
    async notifyPerson(kommun, person, message) {
      const ref = person.aadObjectId ? await deps.refs.get(kommun, personalRefId(person.aadObjectId)) : undefined;
      if (!ref) return 'no_reference';
      let failure: unknown;
      try {
        await deps.adapter.continueConversationAsync(deps.appId ?? '', ref.reference as Partial<ConversationReference>, async (context) => {
          try {
            await context.sendActivity(toActivity(message.card ? { card: message.card, summary: message.text } : message.text));
          } catch (e) {
            failure = e;
          }
        });
      } catch (e) {
        failure = e;
      }
      if (failure === undefined) return 'sent';
      // 403 means the user blocked or removed the bot; either way this person was not reached.
      const status = (failure as { statusCode?: number }).statusCode;
      deps.logger.warn({ event: 'notify_failed', kommun, person: pseudonym(person.id), status, err: { name: (failure as Error).name } }, 'proactive message failed');
      return 'failed';
    },
  };
}
