import { ConflictError } from '../../errors';
import type { Versioned } from '../../store/Collection';
import type { FollowupRepository } from './FollowupRepository';
import { maxHistory, reportId, type Actor, type Deviation, type FollowupReport, type ReportRef } from './FollowupReport';
import type { FormDefinition } from './formDefinition';
import { changedFields } from './historyDiff';
import { validateAnswers, type Intent, type RawAnswers } from './validateAnswers';

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
  | { outcome: 'invalid'; errors: Record<string, string>; deviation: Deviation | null; current?: Versioned<FollowupReport> }
  /** Someone else wrote first: the newer stored version; nothing was written. */
  | { outcome: 'conflict'; current: Versioned<FollowupReport> }
  /** A submitted report is changed by submitting again, never by saving a draft over it. */
  | { outcome: 'locked'; current: Versioned<FollowupReport> };

/**
 * Saves a draft or submits a unit's report: refuses a stale version before anything else (the user
 * must see the newer one), validates, and writes one whole document conditionally on its eTag, so a
 * concurrent writer or a failing store can never leave half a report behind.
 */
export async function saveReport(reports: FollowupRepository, input: SaveInput): Promise<SaveResult> {
  const current = await reports.get(input.kommun, input.ref);
  if (current && current.etag !== input.etag) return { outcome: 'conflict', current };
  const validation = validateAnswers(input.definition, input.raw, input.intent);
  if (!validation.ok) return { outcome: 'invalid', errors: validation.errors, deviation: validation.deviation, current };
  if (current?.doc.state === 'submitted' && input.intent === 'save') return { outcome: 'locked', current };

  const next = nextVersion(input, current?.doc, validation.answers, validation.deviation);
  try {
    const saved = current ? await reports.replace(next, current.etag) : await reports.create(next);
    return { outcome: 'saved', report: saved };
  } catch (e) {
    if (!(e instanceof ConflictError)) throw e;
    const newer = await reports.get(input.kommun, input.ref);
    if (!newer) throw e;
    return { outcome: 'conflict', current: newer };
  }
}

function nextVersion(input: SaveInput, current: FollowupReport | undefined, answers: FollowupReport['answers'], deviation: Deviation | null): FollowupReport {
  const at = input.now.toISOString();
  const version = (current?.version ?? 0) + 1;
  const submitted = input.intent === 'submit';
  const entry = { version, at, by: input.actor.id, byName: input.actor.name, action: submitted ? 'submitted' : 'saved', changed: changedFields(current?.answers ?? {}, answers) } as const;
  return {
    id: reportId(input.ref),
    tenant: input.kommun,
    kind: 'followup',
    ...input.ref,
    ...input.placement,
    state: submitted ? 'submitted' : 'draft',
    version,
    answers,
    deviation,
    history: [...(current?.history ?? []), entry].slice(-maxHistory),
    createdAt: current?.createdAt ?? at,
    createdBy: current?.createdBy ?? input.actor.id,
    updatedAt: at,
    updatedBy: input.actor.id,
    updatedByName: input.actor.name,
    // A draft never follows a submission (see 'locked'), so a draft has no submission fields.
    ...(submitted ? { submittedAt: at, submittedBy: input.actor.id, submittedByName: input.actor.name } : {}),
  };
}
