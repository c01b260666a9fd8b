import type { ReminderKind } from '../../../kernel/deadlines/Deadline';

/** How long before the due day a reminder goes out: calendar days ("28d") or working days ("1w"). */
export interface Lead {
  count: number;
  working: boolean;
}

export interface ReminderSettings {
  leads: Record<ReminderKind, Lead[]>;
  /** An overdue unit report goes to the förvaltningschef this many working days after the due day. */
  escalateAfterWorkingDays: number;
  /** Papers (handlingar) are due this many days before the meeting that decides. */
  papersLeadDays: number;
}

/** "report:28d,7d,1w;decision:7d,1w" → leads per kind; kinds left out get none. */
export function parseLeads(text: string): Record<ReminderKind, Lead[]> {
  const leads: Record<ReminderKind, Lead[]> = { report: [], decision: [], task: [], meeting: [] };
  for (const part of text.split(';')) {
    const [kind, list] = part.split(':') as [ReminderKind, string];
    leads[kind] = list.split(',').map((l) => ({ count: Number(l.slice(0, -1)), working: l.endsWith('w') }));
  }
  return leads;
}

/** The lead as the plan shows it: "28d", "7d", "1d" (one working day shows as "1d" too). */
export const leadLabel = (lead: Lead) => `${lead.count}d`;
