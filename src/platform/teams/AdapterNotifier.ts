import { CardFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ConversationRefRepository } from '../domain/conversations/ConversationRefRepository';
import type { Notifier } from '../domain/notify/Notifier';
import { pseudonym, type Logger } from '../logger';

/**
 * The Notifier at the edge: writes to a person's personal chat with the bot through
 * `continueConversationAsync`, using the conversation reference stored when they last wrote to it.
 */
export function createAdapterNotifier(deps: { adapter: CloudAdapter; appId: string | undefined; refs: ConversationRefRepository; logger: Logger }): Notifier {
  return {
    async notifyPerson(kommun, person, message) {
      const ref = person.aadObjectId ? await deps.refs.get(kommun, `user:${person.aadObjectId}`) : undefined;
      if (!ref) return 'no_reference';
      try {
        await deps.adapter.continueConversationAsync(deps.appId ?? '', ref.reference as Partial<ConversationReference>, async (context) => {
          await context.sendActivity(message.card ? { summary: message.text, attachments: [CardFactory.adaptiveCard(message.card)] } : message.text);
        });
        return 'sent';
      } catch (e) {
        // 403 means the user blocked or removed the bot; either way this person was not reached.
        deps.logger.warn({ event: 'notify_failed', kommun, person: pseudonym(person.id), status: (e as { statusCode?: number }).statusCode, err: { message: (e as Error).message } }, 'proactive message failed');
        return 'failed';
      }
    },
  };
}
