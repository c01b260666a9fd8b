import type { StoredDoc } from '../store/Collection';

/**
 * waiting → sending → sent, or back to waiting (throttled, transient error, crash recovery), or a final
 * failed / blocked (403) / no_reference (no chat with the bot) / skipped (nothing left to say: the unit
 * submitted) / cancelled (the deadline moved or was cancelled before it went out).
 */
export type DeliveryStatus = 'waiting' | 'sending' | 'sent' | 'failed' | 'blocked' | 'no_reference' | 'skipped' | 'cancelled';

/**
 * One planned proactive message to one person, stored in 'deliveries' (partition: kommun) with a
 * deterministic id, so a retry, a restart or a second instance finds the same record and cannot send it
 * twice. The topic names the feature part that composes it when it goes out.
 */
export interface Delivery extends StoredDoc {
  topic: string;
  /** Organisation person id. */
  person: string;
  /** The person's Entra object id when planned (the chat is looked up by it). */
  aadObjectId?: string;
  /** YYYY-MM-DD (Sweden) it is planned for. */
  date: string;
  /** Not sent before this instant (ISO). */
  notBefore: string;
  /** `working`: only in office hours of a working day; `any`: as soon as possible (a secretary pressed Påminn). */
  window: 'working' | 'any';
  /** Deliveries of one person with the same group go out as one message (a weekly digest). */
  group?: string;
  /** The topic's own data (deadline id, lead …). */
  data: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  /** Why it is waiting again, or how it ended: "throttled", "http_503", "crash_recovery", "blocked" … */
  note?: string;
  claimedBy?: string;
  claimedAt?: string;
  sentAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** A delivery as a planner proposes it. */
export type NewDelivery = Pick<Delivery, 'id' | 'topic' | 'person' | 'aadObjectId' | 'date' | 'notBefore' | 'window' | 'group' | 'data'>;

/** Final statuses: nothing more happens to the delivery. */
export const finalStatuses: readonly DeliveryStatus[] = ['sent', 'failed', 'blocked', 'no_reference', 'skipped', 'cancelled'];
