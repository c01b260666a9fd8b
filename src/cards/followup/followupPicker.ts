import { renderCard, type AdaptiveCardJson } from '../renderCard';
import { reportRefSchema } from './followupRef';

/** Typed data of cards/followupPicker.json: the units a chief leads, to choose one. */
export interface FollowupPickerData {
  title: string;
  deadline: string;
  units: { unit: string; name: string; state: string }[];
  act: { period: string; year: number };
}

/** Data of `followup.open`: a unit (from the picker, the status card or a reminder), or none (the picker). */
export const openActionSchema = reportRefSchema.partial({ unit: true });

export const renderFollowupPicker = (data: FollowupPickerData): AdaptiveCardJson => renderCard('followupPicker', data);
