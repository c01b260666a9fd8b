import { z } from 'zod';
import { renderCard, type AdaptiveCardJson } from '../renderCard';
import type { Notice } from './followupForm';
import { periodRefSchema, withoutNulls } from './followupRef';

/** Typed data of cards/followupStatus.json. */
export interface FollowupStatusData {
  title: string;
  deadline: string;
  totals: string;
  notice: Notice | null;
  groups: {
    title: string;
    subtitle: string;
    counts: string;
    /** The progress bar: one coloured column per state, its width the state's share in percent. */
    bars: { width: number; style: 'good' | 'warning' | 'emphasis' }[];
    missing: { unit: string; name: string; state: string }[];
    more: string | null;
  }[];
  canRemind: boolean;
  act: { period: string; year: number };
}

/** Data of `followup.status` (Uppdatera), `followup.remind` (Påminn) and `followup.export` (Exportera). */
export const statusActionSchema = periodRefSchema;

/** `followup.export` may name one nämnd and a format. */
export const exportActionSchema = periodRefSchema.extend({ body: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i).max(100).optional() });

export const renderFollowupStatus = (data: FollowupStatusData): AdaptiveCardJson => withoutNulls(renderCard('followupStatus', data));
