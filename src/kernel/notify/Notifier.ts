import type { AdaptiveCardJson } from '../cards/renderCard';
import type { StoredConversationRef } from '../conversations/ConversationRefRepository';

/** A message for one person: text (the card's summary when there is a card), and optionally an Adaptive Card. */
export interface NotifyMessage {
  text: string;
  card?: AdaptiveCardJson;
}

/**
 * What one proactive send did, as the dispatcher needs it to decide what comes next:
 * `sent`; `throttled` (429: wait `retryAfterMs`); `transient` (412, 502, 503, 504, a network error:
 * back off and retry); `blocked` (403: the user blocked or removed the bot: stop); `failed` (anything else).
 */
export interface SendResult {
  outcome: 'sent' | 'throttled' | 'transient' | 'blocked' | 'failed';
  status?: number;
  retryAfterMs?: number;
}

/** Port for proactive messages: one attempt, no retries of its own (the dispatcher retries). */
export interface ProactiveSender {
  send(ref: StoredConversationRef, message: NotifyMessage): Promise<SendResult>;
}

/** Classifies an HTTP status (or none: a network error) the way the Teams documentation asks callers to. */
export function sendResultOf(status: number | undefined, retryAfter?: string | null): SendResult {
  if (status === 429) return { outcome: 'throttled', status, retryAfterMs: retryAfterMs(retryAfter) };
  if (status === undefined || [408, 412, 500, 502, 503, 504].includes(status)) return { outcome: 'transient', status };
  if (status === 403) return { outcome: 'blocked', status };
  return { outcome: 'failed', status };
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header: string | null | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
