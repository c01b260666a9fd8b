import type { FollowupForm } from '../../knowledge/packSchema';
import type { Goal, OrgStructure } from '../org/orgSchema';

export type FieldKind = 'choice' | 'text' | 'amount' | 'number' | 'percent';

/**
 * One answer in the form: its key in the stored answers and the card's input id. Keys use ":" as
 * separator (`goal:b-bun:kunskap:assessment`): stored field names may not contain "." (NeDB, queries).
 */
export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  choices?: string[];
  maxLength?: number;
}

export interface IndicatorDef {
  name: string;
  /** "90 %" or the target as written in the organisation file; undefined when none. */
  target?: string;
  value: FieldDef;
  trend: FieldDef;
}

export interface GoalDef {
  title: string;
  /** "Barn- och utbildningsnämnden" or the unit's name: whose goal it is. */
  ownerName: string;
  assessment: FieldDef;
  comment: FieldDef;
  indicators: IndicatorDef[];
}

/** The form of one unit's follow-up, data-driven by the pack's followupForm and the org file's goals. */
export interface FormDefinition {
  goals: GoalDef[];
  economy: { budget: FieldDef; outcome: FieldDef; forecast: FieldDef; explanation: FieldDef };
  quality?: FieldDef;
  personnel?: { sickLeave: FieldDef; comment: FieldDef };
  analysis: FieldDef;
  actions: FieldDef;
  assessments: string[];
  thresholdPercent: number;
}

export const trends = ['förbättrad', 'oförändrad', 'försämrad'];
/**
 * Text limits keep the largest form (8 goals × 5 indicators, every text full, errors shown) under the
 * 80 KB we allow a card (Teams refuses about 100 KB): ~45 KB of structure leaves ~25 KB for text.
 */
const short = 800;
const long = 2000;

function goalDef(owner: string, ownerName: string, goal: Goal, assessments: string[]): GoalDef {
  const key = `goal:${owner}:${goal.id}`;
  return {
    title: goal.title,
    ownerName,
    assessment: { key: `${key}:assessment`, label: 'Bedömning', kind: 'choice', choices: assessments },
    comment: { key: `${key}:comment`, label: 'Kommentar', kind: 'text', maxLength: short },
    indicators: goal.indicators.map((ind) => ({
      name: ind.unit ? `${ind.name} (${ind.unit})` : ind.name,
      target: ind.target === undefined ? undefined : `${ind.target}${typeof ind.target === 'number' && ind.unit ? ` ${ind.unit}` : ''}`,
      value: { key: `ind:${owner}:${goal.id}:${ind.id}:value`, label: `Värde: ${ind.name}`, kind: 'number' },
      trend: { key: `ind:${owner}:${goal.id}:${ind.id}:trend`, label: `Trend: ${ind.name}`, kind: 'choice', choices: trends },
    })),
  };
}

/** The form for a unit: its nämnd's goals, then its own, then economy and the sections the pack asks for. */
export function buildFormDefinition(form: FollowupForm, org: OrgStructure, unitId: string): FormDefinition | undefined {
  const unit = org.units.find((u) => u.id === unitId);
  const admin = org.administrations.find((a) => a.id === unit?.administration);
  const body = org.bodies.find((b) => b.id === admin?.body);
  if (!unit || !admin || !body) return undefined;
  const goals = [
    ...(body.goals ?? []).map((g) => goalDef(`b-${body.id}`, body.name, g, form.assessments)),
    ...(unit.goals ?? []).map((g) => goalDef(`u-${unit.id}`, unit.name, g, form.assessments)),
  ];
  return {
    goals,
    economy: {
      budget: { key: 'economy:budget', label: 'Budget helår (tkr)', kind: 'amount' },
      outcome: { key: 'economy:outcome', label: 'Utfall hittills (tkr)', kind: 'amount' },
      forecast: { key: 'economy:forecast', label: 'Prognos helår (tkr)', kind: 'amount' },
      explanation: { key: 'economy:explanation', label: 'Förklaring till avvikelsen', kind: 'text', maxLength: long },
    },
    quality: form.askQualityFactors ? { key: 'quality', label: form.qualityFactorLabel, kind: 'text', maxLength: long } : undefined,
    personnel: form.askPersonnel
      ? {
          sickLeave: { key: 'personnel:sickLeave', label: 'Sjukfrånvaro (%)', kind: 'percent' },
          comment: { key: 'personnel:comment', label: 'Kommentar om personal och kompetensförsörjning', kind: 'text', maxLength: long },
        }
      : undefined,
    analysis: { key: 'analysis', label: 'Analys av avvikelser (orsaker)', kind: 'text', maxLength: long },
    actions: { key: 'actions', label: 'Åtgärder', kind: 'text', maxLength: long },
    assessments: form.assessments,
    thresholdPercent: form.deviationThresholdPercent,
  };
}

/** Every field of the form, in the order it is shown. */
export function allFields(def: FormDefinition): FieldDef[] {
  return [
    ...def.goals.flatMap((g) => [g.assessment, g.comment, ...g.indicators.flatMap((i) => [i.value, i.trend])]),
    def.economy.budget, def.economy.outcome, def.economy.forecast, def.economy.explanation,
    ...(def.quality ? [def.quality] : []),
    ...(def.personnel ? [def.personnel.sickLeave, def.personnel.comment] : []),
    def.analysis, def.actions,
  ];
}
