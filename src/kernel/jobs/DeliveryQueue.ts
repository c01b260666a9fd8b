import { ConflictError } from '../../shared/errors';
import type { DocumentStore, Filter, Versioned } from '../store/Collection';
import { finalStatuses, type Delivery, type DeliveryStatus, type NewDelivery } from './Delivery';

/** How planning changed the queue. */
export interface PlanCounts {
  created: number;
  updated: number;
  cancelled: number;
}

/** The 'deliveries' collection (partition: kommun) as the planner and the dispatcher use it. */
export class DeliveryQueue {
  private readonly docs;

  constructor(store: DocumentStore, private readonly clock: () => Date) {
    this.docs = store.collection<Delivery>('deliveries');
  }

  /** The records with these ids that exist (one read per 100 ids). */
  async byIds(kommun: string, ids: string[]): Promise<Map<string, Versioned<Delivery>>> {
    const found = new Map<string, Versioned<Delivery>>();
    for (let i = 0; i < ids.length; i += 100) for (const v of await this.docs.find(kommun, { id: ids.slice(i, i + 100) })) found.set(v.doc.id, v);
    return found;
  }

  /**
   * Makes the queue hold `planned` for the scope they were planned for: new ones are created, waiting
   * ones that changed (a moved deadline) are updated, and waiting ones of the scope that are no longer
   * planned are cancelled. Records that are sending or final are never touched: a plan cannot resend.
   */
  async plan(kommun: string, planned: NewDelivery[], scope: { topic: string; dates: string[] }): Promise<PlanCounts> {
    const counts: PlanCounts = { created: 0, updated: 0, cancelled: 0 };
    const now = this.clock().toISOString();
    const existing = await this.byIds(kommun, planned.map((p) => p.id));
    for (const p of planned) {
      const old = existing.get(p.id);
      if (!old) {
        try {
          await this.docs.create({ ...p, tenant: kommun, status: 'waiting', attempts: 0, createdAt: now, updatedAt: now });
          counts.created++;
        } catch (e) {
          if (!(e instanceof ConflictError)) throw e; // planned at the same moment by another instance
        }
      } else if (old.doc.status === 'waiting' && changed(old.doc, p)) {
        await this.replaceIfUnchanged({ ...old.doc, ...p, updatedAt: now }, old.etag);
        counts.updated++;
      }
    }
    const keep = new Set(planned.map((p) => p.id));
    for (const old of await this.docs.find(kommun, { topic: scope.topic, date: scope.dates, status: 'waiting' })) {
      if (keep.has(old.doc.id)) continue;
      if (await this.replaceIfUnchanged({ ...old.doc, status: 'cancelled', note: 'no_longer_planned', updatedAt: now }, old.etag)) counts.cancelled++;
    }
    return counts;
  }

  /**
   * Adds deliveries that must go out now (Påminn). An id that exists is left as it is when it was sent or
   * is on its way; one that ended without reaching the person (failed, blocked, no chat, skipped) is tried
   * again, and one waiting for a retry is due at once: someone pressed the button again. Returns the
   * ids that will go out.
   */
  async enqueue(kommun: string, deliveries: NewDelivery[]): Promise<string[]> {
    const now = this.clock().toISOString();
    const existing = await this.byIds(kommun, deliveries.map((d) => d.id));
    const queued: string[] = [];
    for (const d of deliveries) {
      const old = existing.get(d.id);
      const fresh: Delivery = { ...d, tenant: kommun, status: 'waiting', attempts: 0, createdAt: old?.doc.createdAt ?? now, updatedAt: now };
      if (!old) {
        try {
          await this.docs.create(fresh);
          queued.push(d.id);
        } catch (e) {
          if (!(e instanceof ConflictError)) throw e;
        }
      } else if (old.doc.status === 'sending' || old.doc.status === 'sent') {
        queued.push(d.id);
      } else if (old.doc.status === 'waiting') {
        // Waiting for a retry: a new press means now (the limiter still holds back after a 429).
        if (old.doc.notBefore > now) await this.replaceIfUnchanged({ ...old.doc, notBefore: now, updatedAt: now }, old.etag);
        queued.push(d.id);
      } else if (await this.replaceIfUnchanged(fresh, old.etag)) {
        queued.push(d.id);
      }
    }
    return queued;
  }

  /**
   * Waiting deliveries whose time has come, earliest first, leaving out `skip` (already handed to the
   * limiter). Those left out are read and dropped, so it reads twice the limit and more only when that
   * was not enough: `skip` grows with a dispatch pass, and reading all of it again for every batch made
   * a pass quadratic in its length.
   */
  async due(kommun: string, now: Date, options: { limit: number; workingTime: boolean; skip: Set<string> }): Promise<Versioned<Delivery>[]> {
    const iso = now.toISOString();
    for (let read = 2 * options.limit; ; read *= 2) {
      const waiting = await this.docs.find(kommun, { status: 'waiting' }, { orderBy: { field: 'notBefore' }, limit: read });
      const due = waiting.filter((v) => v.doc.notBefore <= iso && (options.workingTime || v.doc.window === 'any') && !options.skip.has(v.doc.id));
      if (due.length >= options.limit || waiting.length < read || waiting[read - 1].doc.notBefore > iso) return due.slice(0, options.limit);
    }
  }

  /** Takes a waiting delivery for sending; false when someone else changed it first (it is theirs). */
  async claim(delivery: Versioned<Delivery>, holder: string): Promise<Versioned<Delivery> | undefined> {
    const at = this.clock().toISOString();
    return this.replaceIfUnchanged({ ...delivery.doc, status: 'sending', claimedBy: holder, claimedAt: at, attempts: delivery.doc.attempts + 1, updatedAt: at }, delivery.etag);
  }

  /** Records how a claimed delivery ended, or when it goes out again. */
  async finish(claimed: Versioned<Delivery>, result: { status: DeliveryStatus; note?: string; notBefore?: string }): Promise<void> {
    const at = this.clock().toISOString();
    const doc: Delivery = { ...claimed.doc, status: result.status, note: result.note, updatedAt: at, claimedBy: undefined, claimedAt: undefined };
    if (result.notBefore) doc.notBefore = result.notBefore;
    if (result.status === 'sent') doc.sentAt = at;
    await this.docs.replace(doc, claimed.etag).catch((e) => {
      // Reclaimed after our lease ran out: the other holder's record wins.
      if (!(e instanceof ConflictError)) throw e;
    });
  }

  /**
   * Deliveries left 'sending' by a holder that is gone (a crash between the claim and the record of the
   * outcome): they go back to waiting, so each is sent again at most once per crash. Returns how many.
   */
  async recover(kommun: string, holder: string, staleBefore: Date): Promise<number> {
    let recovered = 0;
    for (const v of await this.docs.find(kommun, { status: 'sending' })) {
      if (v.doc.claimedBy === holder || (v.doc.claimedAt ?? '') > staleBefore.toISOString()) continue;
      if (await this.replaceIfUnchanged({ ...v.doc, status: 'waiting', note: 'crash_recovery', claimedBy: undefined, claimedAt: undefined, updatedAt: this.clock().toISOString() }, v.etag)) recovered++;
    }
    return recovered;
  }

  /** The records matching a filter (status views). */
  async find(kommun: string, filter: Filter): Promise<Delivery[]> {
    return (await this.docs.find(kommun, filter)).map((v) => v.doc);
  }

  isFinal(status: DeliveryStatus): boolean {
    return finalStatuses.includes(status);
  }

  private async replaceIfUnchanged(doc: Delivery, etag: string): Promise<Versioned<Delivery> | undefined> {
    try {
      return await this.docs.replace(doc, etag);
    } catch (e) {
      if (e instanceof ConflictError) return undefined;
      throw e;
    }
  }
}

const changed = (a: Delivery, b: NewDelivery) =>
  a.date !== b.date || a.notBefore !== b.notBefore || a.group !== b.group || a.aadObjectId !== b.aadObjectId || JSON.stringify(a.data) !== JSON.stringify(b.data);
