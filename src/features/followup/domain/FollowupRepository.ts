import type { Collection, DocumentStore, Versioned } from '../../../kernel/store/Collection';
import { reportId, type FollowupReport, type ReportRef } from './FollowupReport';

/** Where follow-up reports are kept: one document per (kommun, period, year, unit), eTags for concurrency. */
export interface FollowupRepository {
  /** The collection itself, for the kernel's versioned save. */
  records: Collection<FollowupReport>;
  get(kommun: string, ref: ReportRef): Promise<Versioned<FollowupReport> | undefined>;
  /** ConflictError when the report already exists. */
  create(report: FollowupReport): Promise<Versioned<FollowupReport>>;
  /** ConflictError when it changed since `etag` was read. */
  replace(report: FollowupReport, etag: string): Promise<Versioned<FollowupReport>>;
  /** Every report of a period and year in the kommun, in one read. */
  listPeriod(kommun: string, period: string, year: number): Promise<FollowupReport[]>;
}

/** The FollowupRepository on the application's document store (collection 'followups'). */
export function createFollowupRepository(store: DocumentStore): FollowupRepository {
  const records = store.collection<FollowupReport>('followups');
  return {
    records,
    get: (kommun, ref) => records.get(kommun, reportId(ref)),
    create: (report) => records.create(report),
    replace: (report, etag) => records.replace(report, etag),
    listPeriod: async (kommun, period, year) =>
      (await records.find(kommun, { kind: 'followup', period, year }, { orderBy: { field: 'unit' } })).map((v) => v.doc),
  };
}
