import { z } from 'zod';
import { renderCard, type AdaptiveCardJson } from '../renderCard';
import { reportRefSchema } from './followupRef';

/** Typed data of cards/followupPicker.json: the units a chief leads, to choose one. */
export interface FollowupPickerData {
  title: string;
  deadline: string;
  units: { unit: string; name: string; state: string }[];
  act: { period: string; year: number };
}

/**
 * Data of `followup.open`: a unit (from the picker, the status card or a reminder), or none (the picker).
 * `as: "message"` (the status card) answers with a new message instead of replacing the card.
 */
export const openActionSchema = reportRefSchema.partial({ unit: true }).extend({ as: z.enum(['message']).optional() });

export const renderFollowupPicker = (data: FollowupPickerData): AdaptiveCardJson => renderCard('followupPicker', data);
