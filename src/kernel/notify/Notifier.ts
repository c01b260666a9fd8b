import type { AdaptiveCardJson } from '../cards/renderCard';
import type { Person } from '../org/orgSchema';

/** A message for one person: text (the card's summary when there is a card), and optionally an Adaptive Card. */
export interface NotifyMessage {
  text: string;
  card?: AdaptiveCardJson;
}

/** `no_reference`: the person never talked to the bot in a personal chat, so it cannot write to them. */
export type NotifyOutcome = 'sent' | 'no_reference' | 'failed';

/** Port for proactive messages; the edge implements it with the Bot Framework adapter. */
export interface Notifier {
  notifyPerson(kommun: string, person: Person, message: NotifyMessage): Promise<NotifyOutcome>;
}
