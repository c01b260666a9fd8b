import type { DocumentStore, StoredDoc } from '../../../kernel/store/Collection';

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

/** Overrides live in their own collection 'followupDeadlines', partitioned by kommun, ids `deadline:<period>:<year>`. */
export function createDeadlineRepository(store: DocumentStore): DeadlineRepository {
  const deadlines = store.collection<DeadlineOverride>('followupDeadlines');
  return {
    get: async (kommun, period, year) => (await deadlines.get(kommun, overrideId(period, year)))?.doc.deadline,
    set: async (kommun, o) => void (await deadlines.upsert({ ...o, id: overrideId(o.period, o.year), tenant: kommun, kind: 'followupDeadline' })),
  };
}
