import type { Answers } from '../../../kernel/forms/FieldDef';
import type { FormRecord } from '../../../kernel/forms/FormRecord';

export type { Answers };

/** Which report: a period of the kommun's pack, a year and a unit of its organisation. */
export interface ReportRef {
  period: string;
  year: number;
  unit: string;
}

export type ReportState = 'draft' | 'submitted';

/** The budget deviation the server computed: budget minus forecast (positive = surplus), tkr. */
export interface Deviation {
  amount: number;
  /** Percent of the budget; null when the budget is zero. */
  percent: number | null;
  exceedsThreshold: boolean;
}

/** One follow-up report: one document per (kommun, period, year, unit); the kommun is the tenant. */
export interface FollowupReport extends FormRecord {
  kind: 'followup';
  period: string;
  year: number;
  unit: string;
  /** Where the unit belonged when last written (for status and export per nämnd). */
  administration: string;
  body: string;
  state: ReportState;
  deviation: Deviation | null;
}

/** The document id of a report: `<period>:<year>:<unit>`. */
export const reportId = (ref: ReportRef): string => `${ref.period}:${ref.year}:${ref.unit}`;
