import type { DocumentStore, Versioned } from '../../store/Collection';
import { reportId, type FollowupReport, type ReportRef } from './FollowupReport';

/** Where follow-up reports are kept: one document per (kommun, period, year, unit), eTags for concurrency. */
export interface FollowupRepository {
  get(kommun: string, ref: ReportRef): Promise<Versioned<FollowupReport> | undefined>;
  /** ConflictError when the report already exists. */
  create(report: FollowupReport): Promise<Versioned<FollowupReport>>;
  /** ConflictError when it changed since `etag` was read. */
  replace(report: FollowupReport, etag: string): Promise<Versioned<FollowupReport>>;
  /** Every report of a period and year in the kommun. */
  listPeriod(kommun: string, period: string, year: number): Promise<FollowupReport[]>;
}

/** The FollowupRepository on the application's document store (collection 'followups'). */
export function createFollowupRepository(store: DocumentStore): FollowupRepository {
  const reports = store.collection<FollowupReport>('followups');
  return {
    get: (kommun, ref) => reports.get(kommun, reportId(ref)),
    create: (report) => reports.create(report),
    replace: (report, etag) => reports.replace(report, etag),
    listPeriod: async (kommun, period, year) =>
      (await reports.find(kommun, { kind: 'followup', period, year }, { orderBy: { field: 'unit' } })).map((v) => v.doc),
  };
}
