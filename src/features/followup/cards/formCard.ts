import type { AdaptiveCardJson } from '../../../kernel/cards/renderCard';
import type { FormState } from '../../../kernel/forms/FormWorkflow';
import { renderFormCard, type FormAction } from '../../../kernel/forms/renderFormCard';
import { parseSwedishNumber } from '../../../shared/numbers';
import { formatDay } from '../../../shared/swedishTime';
import { computeDeviation } from '../domain/deviation';
import type { FollowupReport } from '../domain/FollowupReport';
import { followupSpec } from '../domain/formDefinition';
import type { ReportContext } from '../domain/loadReportContext';
import { stateLine } from './stateLine';

/** The follow-up form of a unit as a card: the kernel's form rendering of the follow-up spec. */
export function followupFormCard(context: ReportContext, state: FormState<FollowupReport>): AdaptiveCardJson {
  const { stored, seen, values } = state;
  const submitted = stored?.doc.state === 'submitted';
  const ref = { period: context.ref.period, year: context.ref.year, unit: context.ref.unit };
  const act = { ...ref, etag: stored?.etag ?? seen?.etag ?? null, version: stored?.doc.version ?? seen?.version ?? 0 };
  const actions: FormAction[] = [
    ...(submitted ? [] : [{ title: 'Spara utkast', verb: 'followup.save', data: act }]),
    { title: submitted ? 'Lämna in ändringar' : 'Lämna in', verb: 'followup.submit', data: act, style: 'positive' as const },
    ...(stored ?? seen?.etag ? [{ title: 'Avbryt', verb: 'followup.refresh', data: ref, ignoreInputs: true }] : []),
  ];
  // The deviation of what the card shows (typed or stored), computed the same way as when it is saved.
  const e = context.definition.economy;
  const number = (key: string) => (values[key] ? parseSwedishNumber(values[key]) : undefined);
  const deviation = computeDeviation(number(e.budget.key), number(e.forecast.key), context.definition.thresholdPercent);
  return renderFormCard({
    title: `Uppföljning: ${context.period.name} ${context.period.year}`,
    lines: [
      { text: `${context.unit.name} · ${context.body.name}` },
      { text: `Lämnas senast ${formatDay(context.period.deadline)}`, subtle: true },
      { text: !stored && seen?.version ? `Version ${seen.version} är den senast sparade.` : stateLine(stored?.doc), subtle: true, small: true },
    ],
    notice: state.notice,
    spec: { sections: [...followupSpec(context.definition, deviation).sections, ...context.addenda.map((a) => ({ heading: a.title, items: a.lines.map((l) => ({ text: `${l.title}: ${l.value}` })) }))] },
    values,
    errors: state.errors,
    actions,
    refresh: state.refreshUserIds ? { verb: 'followup.refresh', data: ref, userIds: state.refreshUserIds } : null,
  });
}
