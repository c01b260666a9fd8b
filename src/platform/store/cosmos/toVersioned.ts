import type { StoredDoc, Versioned } from '../../../kernel/store/Collection';

/** What Cosmos DB adds to every item; none of it belongs to the domain. */
export interface CosmosSystemFields {
  _rid?: string;
  _self?: string;
  _etag?: string;
  _attachments?: string;
  _ts?: number;
}

/** A plain document and its eTag, without Cosmos's system fields. */
export function toVersioned<T extends StoredDoc>(item: T & CosmosSystemFields, etag = item._etag): Versioned<T> {
  const { _rid, _self, _etag, _attachments, _ts, ...doc } = item;
  if (!etag) throw new Error(`Cosmos DB svarade utan eTag för ${item.id}`);
  return { doc: doc as unknown as T, etag };
}
