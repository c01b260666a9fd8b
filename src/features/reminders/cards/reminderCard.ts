import { renderCard, type AdaptiveCardJson, type Notice } from '../../../kernel/cards/renderCard';
import type { NextStep } from '../../../kernel/deadlines/Deadline';

/** One deadline on a reminder card. */
export interface ReminderItem {
  deadline: string;
  title: string;
  dueLine: string;
  dueColor: 'Default' | 'Accent' | 'Attention';
  dueNote?: string;
  /** "Ekonomienheten har inte lämnat in", "3 av 7 enheter klara" … */
  progress?: string;
  why?: string;
  source?: string;
  next?: NextStep;
  /** The person's own reminder: snooze, done and opt-out buttons. */
  personal: boolean;
  /** A secretary's digest item: "Markera klar" closes the deadline for everyone. */
  closable?: boolean;
  kind: string;
  kindPlural: string;
}

export interface ReminderCardData {
  heading: string;
  intro?: string;
  notice?: Notice;
  items: ReminderItem[];
  /** The deadline ids on the card, so a button can show the card again after it acted. */
  shown: string[];
}

export const kindPlural: Record<string, string> = { report: 'rapporter', decision: 'beslut', task: 'uppgifter', meeting: 'möten', digest: 'veckosammanfattningar' };

/** A reminder (one deadline) or a digest (several), with the next step and the person's own choices. */
export const reminderCard = (data: ReminderCardData): AdaptiveCardJson => renderCard('reminders/reminder', data);
