import type { StoredDoc } from '../../store/Collection';

/** Which report: a period of the kommun's pack, a year and a unit of its organisation. */
export interface ReportRef {
  period: string;
  year: number;
  unit: string;
}

export type ReportState = 'draft' | 'submitted';

/** Answers by field key (see formDefinition): numbers already parsed, empty answers left out. */
export type Answers = Record<string, string | number>;

/** The budget deviation the server computed: budget minus forecast (positive = surplus), tkr. */
export interface Deviation {
  amount: number;
  /** Percent of the budget; null when the budget is zero. */
  percent: number | null;
  exceedsThreshold: boolean;
}

/** One write in a report's life: who, when, what they did and which fields they changed. */
export interface HistoryEntry {
  version: number;
  at: string;
  by: string;
  byName: string;
  action: 'saved' | 'submitted';
  changed: string[];
}

/** Who is acting: the person's id in the org model and their display name. */
export interface Actor {
  id: string;
  name: string;
}

/** One follow-up report: one document per (kommun, period, year, unit); the kommun is the tenant. */
export interface FollowupReport extends StoredDoc {
  kind: 'followup';
  period: string;
  year: number;
  unit: string;
  /** Where the unit belonged when last written (for status and export per nämnd). */
  administration: string;
  body: string;
  state: ReportState;
  /** 1 on the first write, +1 on every write. */
  version: number;
  answers: Answers;
  deviation: Deviation | null;
  history: HistoryEntry[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  updatedByName: string;
  submittedAt?: string;
  submittedBy?: string;
  submittedByName?: string;
}

/** The document id of a report: `<period>:<year>:<unit>`. */
export const reportId = (ref: ReportRef): string => `${ref.period}:${ref.year}:${ref.unit}`;

/** At most this many history entries are kept per report (newest kept). */
export const maxHistory = 200;
