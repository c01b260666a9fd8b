import { randomUUID } from 'node:crypto';
import { ConflictError } from '../../shared/errors';
import type { DocumentStore } from '../store/Collection';

interface LeaseDoc {
  id: string;
  tenant: string;
  holder: string;
  expiresAt: string;
}

/** The partition of the app-wide leases (they belong to no kommun). */
const leaseTenant = '_jobs';

/**
 * A named lease in the store, taken and renewed with ETag-conditional writes: at most one instance
 * holds it at a time, and when the holder dies it expires and another takes over. The holder knows
 * until when it may act (`validUntil`) from its own clock and stops acting a margin before that.
 */
export class Lease {
  readonly holder = randomUUID();
  private until = 0;
  private readonly docs;

  constructor(
    store: DocumentStore,
    private readonly name: string,
    private readonly ttlMs: number,
    private readonly clock: () => Date,
  ) {
    this.docs = store.collection<LeaseDoc>('leases');
  }

  /** How often a holder renews: three times per lifetime. */
  get renewEveryMs(): number {
    return Math.max(100, Math.floor(this.ttlMs / 3));
  }

  /** True while this instance may act: it holds the lease with at least a fifth of its time left. */
  get valid(): boolean {
    return this.clock().getTime() < this.until - this.ttlMs / 5;
  }

  /** Takes the lease if free or expired, renews it if ours; returns whether we hold it now. */
  async acquire(): Promise<boolean> {
    const now = this.clock().getTime();
    const doc: LeaseDoc = { id: this.name, tenant: leaseTenant, holder: this.holder, expiresAt: new Date(now + this.ttlMs).toISOString() };
    try {
      const current = await this.docs.get(leaseTenant, this.name);
      if (!current) await this.docs.create(doc);
      else if (current.doc.holder === this.holder || Date.parse(current.doc.expiresAt) <= now) await this.docs.replace(doc, current.etag);
      else return (this.until = 0), false;
    } catch (e) {
      if (e instanceof ConflictError) return (this.until = 0), false; // another instance was quicker
      throw e;
    }
    this.until = now + this.ttlMs;
    return true;
  }

  /** Gives the lease up (an orderly stop), so another instance need not wait for it to expire. */
  async release(): Promise<void> {
    if (!this.until) return;
    this.until = 0;
    const current = await this.docs.get(leaseTenant, this.name);
    if (current?.doc.holder === this.holder) await this.docs.replace({ ...current.doc, expiresAt: new Date(0).toISOString() }, current.etag).catch(() => undefined);
  }
}
