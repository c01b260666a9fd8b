import { renderCard, type AdaptiveCardJson } from '../../../kernel/cards/renderCard';

/** Typed data of cards/followup/picker.json: the units a chief leads, to choose one. */
export interface PickerData {
  title: string;
  deadline: string;
  units: { unit: string; name: string; state: string }[];
  act: { period: string; year: number };
}

/** Typed data of cards/followup/reminder.json (sent proactively; its buttons are `followup.open`). */
export interface ReminderData {
  title: string;
  text: string;
  sender: string;
  units: { unit: string; name: string }[];
  act: { period: string; year: number };
}

export const pickerCard = (data: PickerData): AdaptiveCardJson => renderCard('followup/picker', data);
export const reminderCard = (data: ReminderData): AdaptiveCardJson => renderCard('followup/reminder', data);
