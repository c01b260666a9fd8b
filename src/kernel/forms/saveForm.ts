import type { Collection, Versioned } from '../store/Collection';
import type { Answers } from './FieldDef';
import type { FormBody, FormRecord } from './FormRecord';
import { changedFields } from './historyDiff';
import { saveIdOf, saveVersioned } from './saveVersioned';
import type { FormValidation, Intent, RawAnswers } from './validateForm';
import type { Actor } from './VersionedRecord';

export interface SaveFormInput<D extends FormRecord> {
  tenant: string;
  id: string;
  /** eTag of the version the user saw; null when they saw no stored record. */
  etag: string | null;
  intent: Intent;
  raw: RawAnswers;
  actor: Actor;
  now: Date;
  validate(raw: RawAnswers, intent: Intent): FormValidation;
  /** The feature's own fields of the record, from the valid answers. */
  body(answers: Answers): FormBody<D>;
}

export type SaveFormResult<D extends FormRecord> =
  | { outcome: 'saved'; record: Versioned<D> }
  | { outcome: 'invalid'; errors: Record<string, string>; current?: Versioned<D> }
  /** Someone else wrote first: the newer stored version; nothing was written. */
  | { outcome: 'conflict'; current: Versioned<D> }
  /** A handed-in form is changed by submitting again, never by saving a draft over it. */
  | { outcome: 'locked'; current: Versioned<D> };

type Failure = { outcome: 'invalid'; errors: Record<string, string> } | { outcome: 'locked' };

/** Saves a draft or submits a form as a new version (see saveVersioned): validated, whole, conditional, idempotent. */
export async function saveForm<D extends FormRecord>(records: Collection<D>, input: SaveFormInput<D>): Promise<SaveFormResult<D>> {
  const submitted = input.intent === 'submit';
  const result = await saveVersioned<D, Failure>(records, {
    tenant: input.tenant,
    id: input.id,
    etag: input.etag,
    saveId: saveIdOf(input.actor.id, input.etag, input.intent, input.raw),
    actor: input.actor,
    now: input.now,
    apply(current) {
      const validation = input.validate(input.raw, input.intent);
      if (!validation.ok) return { ok: false, failure: { outcome: 'invalid', errors: validation.errors } };
      if (current?.doc.state === 'submitted' && !submitted) return { ok: false, failure: { outcome: 'locked' } };
      const at = input.now.toISOString();
      return {
        ok: true,
        action: submitted ? 'submitted' : 'saved',
        changed: changedFields(current?.doc.answers ?? {}, validation.answers),
        body: {
          ...input.body(validation.answers),
          id: input.id,
          tenant: input.tenant,
          state: submitted ? 'submitted' : 'draft',
          answers: validation.answers,
          // A draft never follows a submission (see 'locked'), so a draft has no submission fields.
          ...(submitted ? { submittedAt: at, submittedBy: input.actor.id, submittedByName: input.actor.name } : {}),
        } as never,
      };
    },
  });
  switch (result.outcome) {
    case 'saved':
      return { outcome: 'saved', record: result.record };
    case 'conflict':
      return result;
    case 'failed':
      return result.failure.outcome === 'locked' ? { outcome: 'locked', current: result.current! } : { ...result.failure, current: result.current };
  }
}
