import type { FormRecord } from '../../../kernel/forms/FormRecord';

/** An owner's internal control plan for a year, in versions: a decided version is frozen; changes make a new one. */
export interface PlanRef {
  owner: string;
  year: number;
  version: number;
}

/** One control of the plan: what is checked, how, how often, by whom, and to whom it is reported when. */
export interface PlanRow {
  risk: string;
  title: string;
  value?: number;
  activity?: string;
  method?: string;
  frequency?: string;
  responsible?: string;
  /** The unit that carries out the control: its follow-up report shows the result. */
  unit?: string;
  reportTo?: string;
  reportWhen?: string;
}

/**
 * The plan in 'riskPlans' (partition: kommun). The kernel's state "submitted" means decided by the
 * body (with date and paragraph); `proposed` marks a draft laid before the body.
 */
export interface PlanRecord extends FormRecord {
  kind: 'riskplan';
  owner: string;
  year: number;
  planVersion: number;
  riskIds: string[];
  rows: PlanRow[];
  proposed?: { by: string; byName: string; at: string };
  decision?: { date: string; paragraph: string };
}

export const planId = (ref: PlanRef) => `riskplan:${ref.owner}:${ref.year}:v${ref.version}`;

/** Field keys of the plan form: per risk, its control; then the decision. */
export const rowKey = (risk: string, field: keyof Omit<PlanRow, 'risk' | 'title' | 'value'>) => `row:${risk}:${field}`;
export const decisionKeys = { date: 'decision:date', paragraph: 'decision:paragraph' } as const;

/** The plan's frequencies, as kommuner write them. */
export const frequencies = ['Löpande', 'Månadsvis', 'Kvartalsvis', 'Per tertial', 'Halvårsvis', 'Årligen'];
