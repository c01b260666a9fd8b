import type { Answers } from './FieldDef';
import type { VersionedRecord } from './VersionedRecord';

/** A stored form (a unit's follow-up, a risk analysis …): answers by field key, a draft until handed in. */
export interface FormRecord extends VersionedRecord {
  state: 'draft' | 'submitted';
  answers: Answers;
  submittedAt?: string;
  submittedBy?: string;
  submittedByName?: string;
}

/** What a feature adds to a form record: everything but the kernel's fields. */
export type FormBody<D extends FormRecord> = Omit<D, keyof FormRecord>;
