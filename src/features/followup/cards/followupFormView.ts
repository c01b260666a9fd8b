import type { Answers, Deviation, FollowupReport } from '../../domain/followup/FollowupReport';
import type { FieldDef, FormDefinition } from '../../domain/followup/formDefinition';
import type { ReportContext } from '../../domain/followup/loadReportContext';
import { describeDeviation } from '../../domain/followup/deviation';
import { formatNumber, numberForInput } from '../../domain/followup/numbers';
import { formatDay } from '../../domain/time/swedishTime';
import { type ChoiceView, type FieldView, type FollowupFormData, type Notice } from './followupForm';
import { stateLine } from './stateLine';

/** At most this many errors are listed in the summary on top of the form. */
export const maxSummaryItems = 8;

export interface FormViewInput {
  context: ReportContext;
  /** The values to show by field key: what the user typed, or the stored answers (see valuesOf). */
  values: Record<string, string>;
  errors?: Record<string, string>;
  /** The stored version the card is based on (its eTag goes into the actions). */
  stored?: { report: FollowupReport; etag: string };
  /** Without `stored` (the store failed): the version the user's card was based on. */
  seen?: { etag: string | null; version: number };
  deviation?: Deviation | null;
  notice?: Notice | null;
  refreshUserIds?: string[] | null;
}

/** Stored answers as input text (numbers with a decimal comma, no thousands spaces). */
export function valuesOf(answers: Answers): Record<string, string> {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, typeof v === 'number' ? numberForInput(v) : v]));
}

/** Maps a report (stored or being typed) onto the form card's data. */
export function followupFormView(input: FormViewInput): FollowupFormData {
  const { context, values, errors = {}, stored, seen } = input;
  const def = context.definition;
  const field = (f: FieldDef, multiline = f.kind === 'text'): FieldView => ({
    id: f.key, label: f.label, value: values[f.key] ?? '', error: errors[f.key] ?? null, maxLength: f.maxLength ?? 30, multiline,
  });
  const choice = (f: FieldDef): ChoiceView => ({ id: f.key, label: f.label, value: values[f.key] ?? '', error: errors[f.key] ?? null, choices: f.choices ?? [] });
  const submitted = stored?.report.state === 'submitted';
  const errorCount = Object.keys(errors).length;
  return {
    title: `${context.period.name} ${context.period.year}`,
    unitLine: `${context.unit.name} · ${context.body.name}`,
    deadline: `Lämnas senast ${formatDay(context.period.deadline)}`,
    stateLine: !stored && seen?.version ? `Version ${seen.version} är den senast sparade.` : stateLine(stored?.report),
    notice: input.notice ?? null,
    errorSummary: errorCount
      ? { title: `Formuläret har ${errorCount} fel – rätta de markerade fälten.`, items: summaryItems(def, errors) }
      : null,
    goals: def.goals.map((g) => ({
      title: g.title,
      owner: `Mål för ${g.ownerName}`,
      assessment: choice(g.assessment),
      comment: field(g.comment),
      indicators: g.indicators.map((i) => ({ name: i.target ? `${i.name} · målvärde ${i.target}` : i.name, value: field(i.value, false), trend: choice(i.trend) })),
    })),
    economy: {
      amounts: [def.economy.budget, def.economy.outcome, def.economy.forecast].map((f) => field(f)),
      deviation: input.deviation
        ? { text: `Avvikelse mot budget: ${describeDeviation(input.deviation)}`, color: input.deviation.exceedsThreshold ? 'Warning' : 'Default' }
        : null,
      hint: `Avvikelsen räknas som budget minus prognos. En förklaring krävs när den är större än ${formatNumber(def.thresholdPercent)} % av budgeten.`,
      explanation: field(def.economy.explanation),
    },
    sections: sectionsOf(def).map((s) => ({ title: s.title, fields: s.fields.map((f) => field(f)) })),
    canSaveDraft: !submitted,
    canCancel: Boolean(stored ?? seen?.etag),
    submitTitle: submitted ? 'Lämna in ändringar' : 'Lämna in',
    act: { ...context.ref, etag: stored?.etag ?? seen?.etag ?? null, version: stored?.report.version ?? seen?.version ?? 0 },
    refresh: input.refreshUserIds ? { userIds: input.refreshUserIds } : null,
  };
}

function sectionsOf(def: FormDefinition): { title: string; fields: FieldDef[] }[] {
  return [
    ...(def.quality ? [{ title: def.quality.label, fields: [def.quality] }] : []),
    ...(def.personnel ? [{ title: 'Personal', fields: [def.personnel.sickLeave, def.personnel.comment] }] : []),
    { title: 'Analys och åtgärder', fields: [def.analysis, def.actions] },
  ];
}

/** "Mål: Fler elever når målen – Bedömning: Välj en bedömning av målet." in form order. */
function summaryItems(def: FormDefinition, errors: Record<string, string>): string[] {
  const context = new Map<string, string>();
  for (const g of def.goals) {
    context.set(g.assessment.key, `${g.title} – bedömning`);
    context.set(g.comment.key, `${g.title} – kommentar`);
    for (const i of g.indicators) {
      context.set(i.value.key, `${i.name} – värde`);
      context.set(i.trend.key, `${i.name} – trend`);
    }
  }
  const order = [...context.keys(), def.economy.budget.key, def.economy.outcome.key, def.economy.forecast.key, def.economy.explanation.key, ...sectionsOf(def).flatMap((s) => s.fields.map((f) => f.key))];
  const labels = new Map([...sectionsOf(def).flatMap((s) => s.fields), def.economy.budget, def.economy.outcome, def.economy.forecast, def.economy.explanation].map((f) => [f.key, f.label]));
  const items = order.filter((k) => errors[k]).map((k) => `${context.get(k) ?? labels.get(k) ?? k}: ${errors[k]}`);
  // Every error is also shown under its field; the summary names the first ones (keeps the card small).
  return items.length > maxSummaryItems ? [...items.slice(0, maxSummaryItems), `… och ${items.length - maxSummaryItems} fel till.`] : items;
}
