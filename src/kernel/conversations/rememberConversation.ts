import { createHash } from 'node:crypto';
import type { ConversationRefRepository, StoredConversationRef } from './ConversationRefRepository';

export type NewConversationRef = Omit<StoredConversationRef, 'fingerprint' | 'updatedAt'>;

/** A cached reference is checked against the store again after a day, so a long-lived process notices gaps. */
const recheckAfterMs = 86_400_000;
/** An unchanged reference is written again after 30 days: its `updatedAt` says the chat is still in use (gallring counts from it). */
export const touchAfterMs = 30 * 86_400_000;

/**
 * Keeps the stored conversation reference current, writing only when it changed, or when it was last
 * written more than 30 days ago (so gallring never removes the reference of someone still using the bot).
 * A per-instance cache of fingerprints spares the read on most turns; the store stays the source of truth.
 */
export class ConversationMemory {
  private readonly seen = new Map<string, { fingerprint: string; checkedAt: number }>();

  constructor(
    private readonly repo: ConversationRefRepository,
    private readonly maxCached = 10_000,
  ) {}

  /** Returns true when a write happened. */
  async remember(ref: NewConversationRef, now = new Date()): Promise<boolean> {
    const fingerprint = createHash('sha256').update(JSON.stringify(ref)).digest('base64url');
    const cacheKey = `${ref.tenant}/${ref.id}`;
    const cached = this.seen.get(cacheKey);
    if (cached?.fingerprint === fingerprint && now.getTime() - cached.checkedAt < recheckAfterMs) return false;
    const stored = await this.repo.get(ref.tenant, ref.id);
    const write = stored?.fingerprint !== fingerprint || !(now.getTime() - Date.parse(stored.updatedAt) < touchAfterMs);
    if (write) await this.repo.save({ ...ref, fingerprint, updatedAt: now.toISOString() });
    this.seen.delete(cacheKey);
    if (this.seen.size >= this.maxCached) this.seen.delete(this.seen.keys().next().value as string);
    this.seen.set(cacheKey, { fingerprint, checkedAt: now.getTime() });
    return write;
  }
}
