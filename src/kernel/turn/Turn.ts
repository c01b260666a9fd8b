import type { AdaptiveCardJson } from '../cards/renderCard';
import type { Session } from './Session';

/** A message the bot sends: plain text (Teams markdown) or an Adaptive Card with a short summary for notifications. */
export type Reply = string | { card: AdaptiveCardJson; summary?: string };

/** One incoming activity as features see it: who, where and what was typed; never the SDK's TurnContext. */
export interface Turn {
  readonly session: Session;
  /** The text after the command word (messages); empty for card actions. */
  readonly args: string;
  /** Sends a message to this conversation. */
  reply(message: Reply): Promise<void>;
}
