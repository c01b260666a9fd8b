import { z } from 'zod';
import { id, monthDay, sourceRef } from './packPrimitives';

/**
 * What a kommun's pack sets for the bot's forms rather than what its governance model says: the risk
 * scale, the kinds of dialogue meeting and the follow-up form's defaults (part of packSchema.ts).
 */

/**
 * The kommun's risk scale: likelihood (sannolikhet) and consequence (konsekvens) steps, 1 … n, and the
 * levels a risk value (sannolikhet × konsekvens) falls in, with the colour the matrix shows. Default 4 × 4.
 */
export const riskScaleSchema = z.object({
  likelihood: z.array(z.string()).min(2).max(6).default(['Osannolik', 'Mindre sannolik', 'Möjlig', 'Sannolik']),
  consequence: z.array(z.string()).min(2).max(6).default(['Lindrig', 'Måttlig', 'Kännbar', 'Allvarlig']),
  /** Ascending: a value up to `max` has this level; the last level takes the rest. */
  levels: z
    .array(z.object({ max: z.number().int().min(1), name: z.string(), color: z.enum(['good', 'warning', 'attention']) }))
    .min(1)
    .default([
      { max: 3, name: 'Låg', color: 'good' },
      { max: 8, name: 'Medel', color: 'warning' },
      { max: 16, name: 'Hög', color: 'attention' },
    ]),
  categories: z.array(z.string()).min(1).default(['Verksamhet', 'Ekonomi', 'Medarbetare', 'IT och informationssäkerhet', 'Juridik', 'Omvärld']),
  /** When the risk analysis and the plan are due in the year (MM-DD), as the kommun's annual cycle says; none when it does not. */
  analysisDue: monthDay.optional(),
  planProposalDue: monthDay.optional(),
  planDecisionDue: monthDay.optional(),
  source: sourceRef.optional(),
});

/**
 * A kind of dialogue meeting between politics and administration (issue 12): what the model calls it, the
 * annual-cycle step it belongs to, who takes part and why, as the kommun's own document says.
 */
export const dialogueTypeSchema = z.object({
  id,
  name: z.string(),
  /** Id of the pack's annual-cycle event (`events`) the meeting belongs to; absent for standing forums. */
  event: id.optional(),
  /** Who takes part, in the model's words ("KSAU/gruppledare i KF med samtliga nämnder och bolag"). */
  participants: z.string(),
  /** Why the meeting is held, one or two Swedish sentences. */
  purpose: z.string(),
  source: sourceRef,
  /** True while machine-made and unchecked, as on the facts. */
  draft: z.boolean().optional(),
});

/** Follow-up form defaults for the kommun (issue 4 builds on these). */
export const followupFormSchema = z.object({
  assessments: z.array(z.string()).default(['uppfyllt', 'delvis uppfyllt', 'ej uppfyllt', 'kan ej bedömas']),
  /** Deviation (percent of budget) above which an explanation is required. */
  deviationThresholdPercent: z.number().min(0).default(2),
  askPersonnel: z.boolean().default(true),
  askQualityFactors: z.boolean().default(true),
  /** Wording the kommun uses for its quality factors ("kritiska kvalitetsfaktorer"). */
  qualityFactorLabel: z.string().default('Kritiska kvalitetsfaktorer'),
});
