import { renderCard, type AdaptiveCardJson } from '../renderCard';
import type { Notice } from './followupForm';
import { reportRefSchema, withoutNulls } from './followupRef';

interface Fact {
  title: string;
  value: string;
}

/** Typed data of cards/followupReceipt.json: a submitted (or read-only) report in short. */
export interface FollowupReceiptData {
  heading: string;
  headingColor: 'Good' | 'Warning' | 'Default';
  title: string;
  unitLine: string;
  notice: Notice | null;
  facts: Fact[];
  goals: Fact[];
  economy: Fact[];
  canEdit: boolean;
  editTitle: string;
  act: { period: string; year: number; unit: string };
  refresh: { userIds: string[] } | null;
}

/** Data of `followup.edit` ("Ändra"), `followup.open` with a unit, and `followup.refresh`. */
export const editActionSchema = reportRefSchema;

export const renderFollowupReceipt = (data: FollowupReceiptData): AdaptiveCardJson => withoutNulls(renderCard('followupReceipt', data));
