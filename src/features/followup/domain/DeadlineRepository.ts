import type { DocumentStore, StoredDoc } from '../../store/Collection';

/** An admin's deadline for one period and year of a kommun, overriding the pack's default. */
export interface DeadlineOverride extends StoredDoc {
  kind: 'followupDeadline';
  period: string;
  year: number;
  /** YYYY-MM-DD */
  deadline: string;
  changedBy: string;
  changedAt: string;
}

export interface DeadlineRepository {
  get(kommun: string, period: string, year: number): Promise<string | undefined>;
  set(kommun: string, override: Omit<DeadlineOverride, 'id' | 'tenant' | 'kind'>): Promise<void>;
}

const overrideId = (period: string, year: number) => `deadline:${period}:${year}`;

/**
 * Overrides live in the 'settings' collection, partitioned by kommun, with ids `deadline:<period>:<year>`
 * (conversation settings there use conversation ids, which never start with "deadline:").
 */
export function createDeadlineRepository(store: DocumentStore): DeadlineRepository {
  const settings = store.collection<DeadlineOverride>('settings');
  return {
    get: async (kommun, period, year) => (await settings.get(kommun, overrideId(period, year)))?.doc.deadline,
    set: async (kommun, o) => void (await settings.upsert({ ...o, id: overrideId(o.period, o.year), tenant: kommun, kind: 'followupDeadline' })),
  };
}
