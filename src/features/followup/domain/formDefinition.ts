import type { FieldDef } from '../../../kernel/forms/FieldDef';
import { fieldsOf, type FormSection, type FormSpec } from '../../../kernel/forms/FormSpec';
import type { FollowupForm } from '../../../kernel/knowledge/packSchema';
import { orgIndex } from '../../../kernel/org/OrgIndex';
import type { Goal, OrgStructure } from '../../../kernel/org/orgSchema';
import { formatNumber } from '../../../shared/numbers';
import { describeDeviation } from './deviation';
import type { Deviation } from './FollowupReport';

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

/** The follow-up of one unit, data-driven by the pack's followupForm and the org file's goals. */
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
    assessment: {
      key: `${key}:assessment`, label: 'Bedömning', kind: 'choice', choices: assessments, placeholder: 'Välj bedömning',
      required: 'Välj en bedömning av målet.', summaryLabel: `${goal.title} – bedömning`,
    },
    comment: { key: `${key}:comment`, label: 'Kommentar', kind: 'text', maxLength: short, summaryLabel: `${goal.title} – kommentar` },
    indicators: goal.indicators.map((ind) => {
      const name = ind.unit ? `${ind.name} (${ind.unit})` : ind.name;
      return {
        name,
        target: ind.target === undefined ? undefined : `${ind.target}${typeof ind.target === 'number' && ind.unit ? ` ${ind.unit}` : ''}`,
        value: { key: `ind:${owner}:${goal.id}:${ind.id}:value`, label: `Värde: ${ind.name}`, kind: 'number', placeholder: 'Värde', width: '90px', summaryLabel: `${name} – värde` },
        trend: { key: `ind:${owner}:${goal.id}:${ind.id}:trend`, label: `Trend: ${ind.name}`, kind: 'choice', choices: trends, placeholder: 'Trend', width: '130px', summaryLabel: `${name} – trend` },
      };
    }),
  };
}

/** The form for a unit: its nämnd's goals, then its own, then economy and the sections the pack asks for. */
export function buildFormDefinition(form: FollowupForm, org: OrgStructure, unitId: string): FormDefinition | undefined {
  const placed = orgIndex(org).placeUnit(unitId);
  if (!placed) return undefined;
  const { unit, body } = placed;
  const goals = [
    ...(body.goals ?? []).map((g) => goalDef(`b-${body.id}`, body.name, g, form.assessments)),
    ...(unit.goals ?? []).map((g) => goalDef(`u-${unit.id}`, unit.name, g, form.assessments)),
  ];
  const amount = (key: string, label: string, required: string): FieldDef => ({ key, label, kind: 'amount', placeholder: 'Belopp i tkr', required });
  return {
    goals,
    economy: {
      budget: amount('economy:budget', 'Budget helår (tkr)', 'Ange budgeten för helåret i tkr.'),
      outcome: amount('economy:outcome', 'Utfall hittills (tkr)', 'Ange utfallet hittills i tkr.'),
      forecast: amount('economy:forecast', 'Prognos helår (tkr)', 'Ange prognosen för helåret i tkr.'),
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

/** The sections after the economy: quality, personnel, analysis and actions, as the pack asks. */
export function otherSections(def: FormDefinition): { title: string; fields: FieldDef[] }[] {
  return [
    ...(def.quality ? [{ title: def.quality.label, fields: [def.quality] }] : []),
    ...(def.personnel ? [{ title: 'Personal', fields: [def.personnel.sickLeave, def.personnel.comment] }] : []),
    { title: 'Analys och åtgärder', fields: [def.analysis, def.actions] },
  ];
}

/** The follow-up as a form spec for the kernel: goals, economy (with the computed deviation), other sections. */
export function followupSpec(def: FormDefinition, deviation: Deviation | null = null): FormSpec {
  const goals: FormSection[] = def.goals.map((g, i) => ({
    ...(i === 0 ? { heading: 'Mål' } : {}),
    title: g.title,
    subtitle: `Mål för ${g.ownerName}`,
    items: [
      { field: g.assessment },
      { field: g.comment },
      ...g.indicators.map((ind) => ({ row: { label: ind.target ? `${ind.name} · målvärde ${ind.target}` : ind.name, fields: [ind.value, ind.trend] } })),
    ],
  }));
  const e = def.economy;
  const economy: FormSection = {
    heading: 'Ekonomi',
    items: [
      { field: e.budget },
      { field: e.outcome },
      { field: e.forecast },
      ...(deviation ? [{ notice: { text: `Avvikelse mot budget: ${describeDeviation(deviation)}`, color: deviation.exceedsThreshold ? 'Warning' : 'Default' } as const }] : []),
      { text: `Avvikelsen räknas som budget minus prognos. En förklaring krävs när den är större än ${formatNumber(def.thresholdPercent)} % av budgeten.` },
      { field: e.explanation },
    ],
  };
  const others: FormSection[] = otherSections(def).map((s) => ({ heading: s.title, items: s.fields.map((field) => ({ field })) }));
  return { sections: [...goals, economy, ...others] };
}

/** Every field of the form, in the order it is shown. */
export const allFields = (def: FormDefinition): FieldDef[] => fieldsOf(followupSpec(def));
