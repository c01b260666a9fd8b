import type { Delivery, NewDelivery } from './Delivery';
import type { DeliveryQueue } from './DeliveryQueue';
import { finalStatuses } from './Delivery';

/** The jobs platform as features use it: plan or enqueue deliveries, have them sent now, see how it went. */
export interface Jobs {
  readonly queue: DeliveryQueue;
  /** Adds deliveries to go out now (existing ids are kept as they are) and starts a dispatch pass. */
  sendNow(kommun: string, deliveries: NewDelivery[]): Promise<void>;
  /** Starts a dispatch pass (on this instance if it holds or can take the lease; else the holder's next pass sends). */
  kick(): void;
  /** The deliveries once each is final, or as they are when `timeoutMs` is up. */
  settle(kommun: string, ids: string[], timeoutMs: number): Promise<Delivery[]>;
}

export function createJobs(queue: DeliveryQueue, dispatch: () => Promise<unknown>): Jobs {
  const kick = () => void dispatch().catch(() => undefined);
  return {
    queue,
    kick,
    async sendNow(kommun, deliveries) {
      await queue.enqueue(kommun, deliveries);
      kick();
    },
    async settle(kommun, ids, timeoutMs) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = [...(await queue.byIds(kommun, ids)).values()].map((v) => v.doc);
        if (found.every((d) => finalStatuses.includes(d.status)) || Date.now() >= until) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
