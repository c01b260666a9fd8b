import type { AdaptiveCardJson } from '../cards/renderCard';
import type { Session } from './Session';

/** A message the bot sends: plain text (Teams markdown) or an Adaptive Card with a short summary for notifications. */
export type Reply = string | { card: AdaptiveCardJson; summary?: string };

/** A file the user attached to a message (Teams personal chat), read on demand. */
export interface IncomingFile {
  name: string;
  /** Reads the file as UTF-8 text; rejects when it is larger than `maxBytes` or cannot be fetched. */
  text(maxBytes: number): Promise<string>;
}

/** One incoming activity as features see it: who, where and what was typed; never the SDK's TurnContext. */
export interface Turn {
  readonly session: Session;
  /** The text after the command word (messages); empty for card actions. */
  readonly args: string;
  /** Files attached to the message (none for card actions). */
  readonly files?: IncomingFile[];
  /** Sends a message to this conversation. */
  reply(message: Reply): Promise<void>;
  /**
   * Sends a message to the user's personal chat with the bot (the same as `reply` in a personal chat):
   * for what only they may see when they asked in a team or group chat. `no_chat` when there is none yet, `failed` when Teams did not take it.
   */
  replyPrivately?(message: Reply): Promise<'sent' | 'no_chat' | 'failed'>;
}
