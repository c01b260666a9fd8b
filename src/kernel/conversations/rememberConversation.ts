import { createHash } from 'node:crypto';
import type { ConversationRefRepository, StoredConversationRef } from './ConversationRefRepository';

export type NewConversationRef = Omit<StoredConversationRef, 'fingerprint' | 'updatedAt'>;

/**
 * Keeps the stored conversation reference current, writing only when it changed. A per-instance cache
 * of fingerprints spares the read on most turns; the store stays the source of truth.
 */
export class ConversationMemory {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly repo: ConversationRefRepository,
    private readonly maxCached = 10_000,
  ) {}

  /** Returns true when a write happened. */
  async remember(ref: NewConversationRef, now = new Date()): Promise<boolean> {
    const fingerprint = createHash('sha256').update(JSON.stringify(ref)).digest('base64url');
    const cacheKey = `${ref.tenant}/${ref.id}`;
    if (this.seen.get(cacheKey) === fingerprint) return false;
    const stored = await this.repo.get(ref.tenant, ref.id);
    if (stored?.fingerprint !== fingerprint) {
      await this.repo.save({ ...ref, fingerprint, updatedAt: now.toISOString() });
    }
    if (this.seen.size >= this.maxCached) this.seen.delete(this.seen.keys().next().value as string);
    this.seen.set(cacheKey, fingerprint);
    return stored?.fingerprint !== fingerprint;
  }
}
