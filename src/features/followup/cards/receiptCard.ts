import { renderCard, type AdaptiveCardJson, type Notice } from '../../../kernel/cards/renderCard';
import { formatNumber } from '../../../shared/numbers';
import { formatDateTime, formatDay } from '../../../shared/swedishTime';
import { fieldsOf } from '../../../kernel/forms/FormSpec';
import { inert } from '../../../shared/text';
import { describeDeviation } from '../domain/deviation';
import { followupSpec } from '../domain/formDefinition';
import type { FollowupReport } from '../domain/FollowupReport';
import type { ReportContext } from '../domain/loadReportContext';

interface Fact {
  title: string;
  value: string;
}

/** Typed data of cards/followup/receipt.json: a submitted (or read-only) report in short. */
export interface ReceiptData {
  heading: string;
  headingColor: 'Good' | 'Accent' | 'Default';
  title: string;
  unitLine: string;
  notice: Notice | null;
  facts: Fact[];
  goals: Fact[];
  economy: Fact[];
  /** Every other answer that is not text (indicators, sick leave, choices …), under its label. */
  figures: Fact[];
  /** The written answers (comments, analysis, actions …), each under its question. */
  texts: { title: string; text: string }[];
  /** Other features' sections (internal control), read-only. */
  addenda: { title: string; facts: Fact[] }[];
  canEdit: boolean;
  editTitle: string;
  act: { period: string; year: number; unit: string };
  refresh: { userIds: string[] } | null;
}

export interface ReceiptInput {
  context: ReportContext;
  report: FollowupReport | undefined;
  canEdit: boolean;
  notice?: Notice | null;
  refreshUserIds?: string[] | null;
}

const headings = {
  submitted: { heading: 'Inlämnad ✓', headingColor: 'Good' },
  draft: { heading: 'Utkast – inte inlämnad ännu', headingColor: 'Accent' },
  none: { heading: 'Inte påbörjad', headingColor: 'Default' },
} as const;

/** The receipt after submit, and the read-only view of a report for those who may only look. */
export function receiptData(input: ReceiptInput): ReceiptData {
  const { context, report } = input;
  const a = report?.answers ?? {};
  const amount = (key: string) => (typeof a[key] === 'number' ? `${formatNumber(a[key] as number)} tkr` : '–');
  const e = context.definition.economy;
  const facts = report
    ? [
        ...(report.submittedAt ? [{ title: 'Inlämnad av', value: `${report.submittedByName} – ${formatDateTime(report.submittedAt)}` }] : []),
        { title: 'Senast sparad', value: `${report.updatedByName} – ${formatDateTime(report.updatedAt)}` },
        { title: 'Version', value: String(report.version) },
      ]
    : [];
  return {
    ...headings[report?.state ?? 'none'],
    title: `${context.period.name} ${context.period.year}`,
    unitLine: `${context.unit.name} · ${context.body.name}`,
    notice: input.notice ?? null,
    facts: [...facts, { title: 'Lämnas senast', value: formatDay(context.period.deadline) }],
    goals: report ? context.definition.goals.map((g) => ({ title: g.title, value: String(a[g.assessment.key] ?? '–') })) : [],
    economy: report
      ? [
          { title: 'Budget helår', value: amount(e.budget.key) },
          { title: 'Utfall hittills', value: amount(e.outcome.key) },
          { title: 'Prognos helår', value: amount(e.forecast.key) },
          ...(report.deviation ? [{ title: 'Avvikelse', value: describeDeviation(report.deviation) }] : []),
        ]
      : [],
    figures: report ? otherAnswers(context, report) : [],
    texts: report ? fieldsOf(followupSpec(context.definition, report.deviation)).filter((f) => f.kind === 'text' && typeof a[f.key] === 'string' && a[f.key]).map((f) => ({ title: f.summaryLabel ?? f.label, text: inert(String(a[f.key])) })) : [],
    addenda: context.addenda.map((a) => ({ title: a.title, facts: a.lines })),
    canEdit: input.canEdit,
    editTitle: report?.state === 'submitted' ? 'Ändra' : 'Fyll i',
    act: { period: context.ref.period, year: context.ref.year, unit: context.ref.unit },
    refresh: input.refreshUserIds ? { userIds: input.refreshUserIds } : null,
  };
}

/** The answers the goals and economy rows do not show and that are not text, formatted for reading. */
function otherAnswers(context: ReportContext, report: FollowupReport): Fact[] {
  const d = context.definition;
  const shown = new Set([d.economy.budget.key, d.economy.outcome.key, d.economy.forecast.key, ...d.goals.map((g) => g.assessment.key)]);
  return fieldsOf(followupSpec(d, report.deviation)).flatMap((f) => {
    const v = report.answers[f.key];
    if (f.kind === 'text' || shown.has(f.key) || v === undefined || v === '') return [];
    const value = typeof v === 'number' ? formatNumber(v) : f.kind === 'date' ? formatDay(v) : (f.choiceTitles?.[f.choices?.indexOf(v) ?? -1] ?? v);
    return [{ title: f.summaryLabel ?? f.label, value: inert(value) }];
  });
}

export const receiptCard = (input: ReceiptInput): AdaptiveCardJson => renderCard('followup/receipt', receiptData(input));
