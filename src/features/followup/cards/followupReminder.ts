import { renderCard, type AdaptiveCardJson } from '../renderCard';

/** Typed data of cards/followupReminder.json (sent proactively; its buttons are `followup.open`). */
export interface FollowupReminderData {
  title: string;
  text: string;
  sender: string;
  units: { unit: string; name: string }[];
  act: { period: string; year: number };
}

export const renderFollowupReminder = (data: FollowupReminderData): AdaptiveCardJson => renderCard('followupReminder', data);
