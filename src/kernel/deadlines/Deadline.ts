import type { StoredDoc } from '../store/Collection';

/**
 * Who must act on a deadline: a unit (its chiefs, else its deputies; overdue reports escalate to the
 * förvaltningschef), a body (its ordförande, ledamöter and ersättare), or named people (a meeting's
 * participants, one person).
 */
export type Assignee = { kind: 'unit'; id: string } | { kind: 'body'; id: string } | { kind: 'people'; ids: string[] };

/** Reminder kinds: lead times and opt-outs are per kind. */
export const reminderKinds = ['report', 'decision', 'task', 'meeting'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** A button to the next step: a card verb of the feature that owns the thing to do, with its data. */
export interface NextStep {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

/**
 * One thing someone must do by a day: a stored document in 'deadlines' (partition: kommun), id
 * `<source>:<key>`. Sources (follow-up periods, the annual cycle, admins, later risk and dialogue)
 * write them; the reminder planner reads them.
 */
export interface Deadline extends StoredDoc {
  source: string;
  kind: ReminderKind;
  /** What to do, a short Swedish line ("Lämna in Delårsrapport 2026"). */
  title: string;
  /** YYYY-MM-DD in Sweden: the last day. */
  due: string;
  /** The year the deadline belongs to (the source's year; due may fall in the next). */
  year: number;
  /** How the date was found when that matters ("sammanträdet 14 oktober; handlingar senast 30 september", "standarddatum …"). */
  dueNote?: string;
  assignees: Assignee[];
  /** Why, in one Swedish sentence from the governance model, and where it says so. */
  why?: string;
  reference?: { document: string; section: string };
  next?: NextStep;
  /** Overdue: one reminder the working day after, then the förvaltningschef (unit assignees only). */
  escalate: boolean;
  status: 'active' | 'cancelled' | 'done';
  /** An admin moved it: the source's own day is kept, so a later sync does not move it back. */
  moved?: { from: string; by: string; at: string };
  closed?: { by: string; at: string };
  updatedAt: string;
}

/** What a source proposes; the store adds tenant, source, status and the admin's changes. */
export type DeadlineDraft = Omit<Deadline, 'id' | 'tenant' | 'source' | 'status' | 'moved' | 'closed' | 'updatedAt'> & {
  /** Unique within the source and kommun, stable across syncs ("delarsrapport:2026"). */
  key: string;
};

/** A key for one assignee of a deadline, as completion maps use it: "unit:ekonomi", "body:bun", "person:alex". */
export const assigneeKeys = (a: Assignee): string[] => (a.kind === 'people' ? a.ids.map((id) => `person:${id}`) : [`${a.kind}:${a.id}`]);

/**
 * A feature that has deadlines: it proposes them per kommun and year and says which assignees are
 * done (a unit submitted). Features list their sources in `FeatureParts.deadlineSources`.
 */
export interface DeadlineSource {
  name: string;
  deadlines(kommun: string, year: number): Promise<DeadlineDraft[]>;
  /** Per deadline id, the assignee keys that have done their part (see assigneeKeys). */
  completed?(kommun: string, deadlines: Deadline[]): Promise<Map<string, Set<string>>>;
}
