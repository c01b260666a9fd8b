import { z } from 'zod';
import { renderCard, type AdaptiveCardJson } from '../renderCard';
import { reportRefSchema, withoutNulls } from './followupRef';

/** A text input as the card shows it: the value exactly as typed (or as stored) and its error, if any. */
export interface FieldView {
  id: string;
  label: string;
  value: string;
  error: string | null;
  maxLength: number;
  multiline: boolean;
}

export interface ChoiceView extends Omit<FieldView, 'maxLength' | 'multiline'> {
  choices: string[];
}

export interface Notice {
  text: string;
  color: 'Good' | 'Warning' | 'Attention' | 'Accent' | 'Default';
}

/** Typed data of cards/followupForm.json. */
export interface FollowupFormData {
  title: string;
  unitLine: string;
  deadline: string;
  stateLine: string;
  notice: Notice | null;
  errorSummary: { title: string; items: string[] } | null;
  goals: {
    title: string;
    owner: string;
    assessment: ChoiceView;
    comment: FieldView;
    /** "Behöriga till gymnasiet (%) · målvärde 90 %" */
    indicators: { name: string; value: FieldView; trend: ChoiceView }[];
  }[];
  economy: { amounts: FieldView[]; deviation: Notice | null; hint: string; explanation: FieldView };
  sections: { title: string; fields: FieldView[] }[];
  canSaveDraft: boolean;
  canCancel: boolean;
  submitTitle: string;
  act: { period: string; year: number; unit: string; etag: string | null; version: number };
  /** Null when the card carries unsaved values: an automatic refresh must never wipe them. */
  refresh: { userIds: string[] } | null;
}

/** Data of `followup.save` and `followup.submit`: the report, the version seen, and every input by id. */
export const saveActionSchema = reportRefSchema
  .extend({
    etag: z.string().max(200).nullish(),
    version: z.coerce.number().int().min(0).nullish(),
  })
  .catchall(z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]));

export type SaveActionData = z.infer<typeof saveActionSchema>;

const metaKeys = new Set(['period', 'year', 'unit', 'etag', 'version']);

/** The input values of the action data (everything but the report reference), as text. */
export function inputsOf(data: SaveActionData): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([k, v]) => !metaKeys.has(k) && v !== null && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
}

export const renderFollowupForm = (data: FollowupFormData): AdaptiveCardJson => withoutNulls(renderCard('followupForm', data));
