import type { FormRecord } from '../../../kernel/forms/FormRecord';

/** The control follow-up of an owner's decided plan at one of the kommun's follow-up periods. */
export interface ControlRef {
  owner: string;
  year: number;
  period: string;
}

/** The outcome of one control: the auditors' traffic light and what was found and done. */
export interface ControlResult {
  risk: string;
  title: string;
  activity?: string;
  unit?: string;
  outcome?: string;
  light?: string;
  description?: string;
  action?: string;
}

/** Stored in 'controlResults' (partition: kommun); "submitted" when reported. */
export interface ControlRecord extends FormRecord {
  kind: 'control';
  owner: string;
  year: number;
  period: string;
  planVersion: number;
  results: ControlResult[];
}

export const controlId = (ref: ControlRef) => `control:${ref.owner}:${ref.year}:${ref.period}`;
export const outcomes = ['utan anmärkning', 'avvikelse'];
export const lights = ['grön', 'gul', 'röd'];
export const lightMark: Record<string, string> = { grön: '🟢', gul: '🟡', röd: '🔴' };
export const controlKey = (risk: string, field: 'outcome' | 'light' | 'description' | 'action') => `ctrl:${risk}:${field}`;
