import type { Actor } from '../../../kernel/forms/VersionedRecord';
import { saveForm } from '../../../kernel/forms/saveForm';
import type { Versioned } from '../../../kernel/store/Collection';
import type { FollowupRepository } from './FollowupRepository';
import { reportId, type Answers, type FollowupReport, type ReportRef } from './FollowupReport';
import type { FormDefinition } from './formDefinition';
import { reportDeviation, validateReport, type Intent, type RawAnswers } from './validateReport';

export interface SaveInput {
  kommun: string;
  ref: ReportRef;
  /** Where the unit belongs now. */
  placement: { administration: string; body: string };
  actor: Actor;
  /** eTag of the version the user saw; null when they saw no stored report. */
  etag: string | null;
  intent: Intent;
  raw: RawAnswers;
  definition: FormDefinition;
  now: Date;
}

export type SaveResult =
  | { outcome: 'saved'; report: Versioned<FollowupReport> }
  | { outcome: 'invalid'; errors: Record<string, string>; current?: Versioned<FollowupReport> }
  | { outcome: 'conflict'; current: Versioned<FollowupReport> }
  | { outcome: 'locked'; current: Versioned<FollowupReport> };

/** The report's own fields besides the answers: where the unit belongs, and the deviation the server computed. */
export const reportBody = (kommun: string, ref: ReportRef, placement: SaveInput['placement'], definition: FormDefinition) => (answers: Answers) => ({
  kind: 'followup' as const,
  ...ref,
  ...placement,
  deviation: reportDeviation(definition, answers),
});

/** Saves a draft or submits a unit's report as a new version (the kernel's saveForm). */
export async function saveReport(reports: FollowupRepository, input: SaveInput): Promise<SaveResult> {
  const result = await saveForm<FollowupReport>(reports.records, {
    tenant: input.kommun,
    id: reportId(input.ref),
    etag: input.etag,
    intent: input.intent,
    raw: input.raw,
    actor: input.actor,
    now: input.now,
    validate: (raw, intent) => validateReport(input.definition, raw, intent),
    body: reportBody(input.kommun, input.ref, input.placement, input.definition),
  });
  return result.outcome === 'saved' ? { outcome: 'saved', report: result.record } : result;
}
