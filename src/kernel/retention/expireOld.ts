import { ConflictError } from '../../shared/errors';
import type { DocumentStore, StoredDoc } from '../store/Collection';
import type { RetentionPolicy } from './RetentionPolicy';

/** Documents read per query: the oldest first, so a run reads little more than what it deletes. */
const batch = 200;

type Dated = StoredDoc & Record<string, unknown>;

/**
 * Gallring: deletes the documents of expiring collections whose date is older than their days, in every
 * partition `partitions` names (the kommuner). Public records and working data are never touched. A
 * document changed while it was being deleted is left for the next run (the delete carries its eTag).
 * Returns the number deleted per collection.
 */
export async function expireOld(store: DocumentStore, policy: RetentionPolicy, partitions: readonly string[], now: Date): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const rule of policy.rules) {
    if (rule.keep !== 'days' || rule.partition === 'entraTenant' || rule.partition === 'app') continue;
    const cutoff = new Date(now.getTime() - rule.days * 86_400_000).toISOString();
    const docs = store.collection<Dated>(rule.collection);
    let count = 0;
    for (const tenant of partitions) {
      for (;;) {
        const page = await docs.find(tenant, rule.filter ?? {}, { orderBy: { field: rule.dateField, direction: 'asc' }, limit: batch });
        // Sorted by date, so the first one not yet expired ends the partition; undated ones are never guessed at.
        const old = page.filter((v) => typeof v.doc[rule.dateField] === 'string' && (v.doc[rule.dateField] as string) < cutoff);
        let removed = 0;
        for (const v of old) {
          try {
            if (await docs.delete(tenant, v.doc.id, v.etag)) removed++;
          } catch (e) {
            if (!(e instanceof ConflictError)) throw e;
          }
        }
        count += removed;
        if (page.length < batch || removed === 0) break;
      }
    }
    deleted[rule.collection] = count;
  }
  return deleted;
}
