import type { z } from 'zod';
import type { AdaptiveCardJson, Notice } from '../cards/renderCard';
import type { Need } from '../org/access';
import type { Collection, Versioned } from '../store/Collection';
import type { Session } from '../turn/Session';
import type { Reply } from '../turn/Turn';
import type { Answers } from './FieldDef';
import type { FormBody, FormRecord } from './FormRecord';
import type { FormValidation, Intent, RawAnswers } from './validateForm';

export type Authorized<C> = { ok: true; context: C } | { ok: false; status: 403 | 404; message: string };

/** What a form card shows: the values (typed or stored), errors, the version it is based on, a notice. */
export interface FormState<D extends FormRecord> {
  values: Record<string, string>;
  errors?: Record<string, string>;
  /** The stored version the card is based on (its eTag goes into the buttons). */
  stored?: Versioned<D>;
  /** Without `stored` (the store failed): the version the user's card was based on. */
  seen?: { etag: string | null; version: number };
  notice?: Notice | null;
  /** Null when the card carries unsaved values: an automatic refresh must never wipe them. */
  refreshUserIds: string[] | null;
}

/**
 * A form workflow as the kernel runs it: a record per reference (a unit's follow-up of a period, a
 * body's risk analysis of a year …), who may see and edit it, its validation and its two cards. The
 * kernel gives it the verbs open, edit, refresh, save (draft) and submit (see formActions).
 */
export interface FormWorkflow<R extends object, C, D extends FormRecord> {
  /** The verb prefix: "followup" gives followup.open, followup.edit … */
  name: string;
  /** The thing in the user's words, definite form of an en-word ("Rapporten", "Riskanalysen"). */
  noun: string;
  clock: () => Date;
  /** The card data naming one record; carried by every button. */
  refSchema: z.ZodObject<z.ZodRawShape>;
  records: Collection<D>;
  /** Loads the record's context and checks the user's right to it (on every action). */
  authorize(session: Session, ref: R, need: Need): Promise<Authorized<C>>;
  /** The record's place in the store. */
  where(context: C): { tenant: string; id: string };
  /** The reference of the record as card data. */
  refOf(context: C): R;
  validate(context: C, raw: RawAnswers, intent: Intent): FormValidation;
  /** The feature's own fields of the record, from valid answers. */
  body(context: C, answers: Answers): FormBody<D>;
  canEdit(session: Session, context: C): boolean;
  /** Teams user ids of those who should see the card refresh (see refreshUserIds). */
  viewers(session: Session, context: C): Promise<string[]>;
  formCard(context: C, state: FormState<D>): AdaptiveCardJson;
  receiptCard(context: C, record: D | undefined, options: { canEdit: boolean; notice: Notice | null; refreshUserIds: string[] }): AdaptiveCardJson;
  /** `open` without a full reference (e.g. a chief with several units): a picker or a refusal. */
  choose?(session: Session, partial: Partial<R>): Promise<Reply>;
  /**
   * Runs after a save wrote a version (or found it written by an earlier press of the same card): what must
   * follow it, such as invitations or deadlines. Keep it idempotent. A notice it returns replaces the kernel's.
   */
  afterSave?(session: Session, context: C, record: Versioned<D>): Promise<Notice | void>;
  /** Logs a write's outcome (no personal data). */
  logWrite?(session: Session, verb: string, outcome: string, context: C): void;
}
