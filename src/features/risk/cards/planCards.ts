import { renderCard, type AdaptiveCardJson, type Notice } from '../../../kernel/cards/renderCard';
import type { FormState } from '../../../kernel/forms/FormWorkflow';
import { renderFormCard, type FormAction } from '../../../kernel/forms/renderFormCard';
import { formatDateTime, formatDay } from '../../../shared/swedishTime';
import { inert } from '../../../shared/text';
import { lightMark } from '../domain/ControlRecord';
import type { PlanRecord } from '../domain/PlanRecord';
import { planSpec } from '../domain/planSpec';
import type { PlanContext } from '../planWorkflow';

/** Where a plan stands, in a line: draft, proposed, or decided with date and paragraph. */
export function stageOf(plan: PlanRecord | undefined): { stage: string; stageColor: 'Good' | 'Accent' | 'Default' } {
  if (plan?.state === 'submitted' && plan.decision) return { stage: `Beslutad ${formatDay(plan.decision.date)}, ${inert(plan.decision.paragraph)} (version ${plan.planVersion}) – låst`, stageColor: 'Good' };
  if (plan?.proposed) return { stage: `Förslag, lagt fram av ${inert(plan.proposed.byName)} ${formatDateTime(plan.proposed.at)} (version ${plan.planVersion})`, stageColor: 'Accent' };
  return { stage: `Utkast (version ${plan?.planVersion ?? 1})`, stageColor: 'Default' };
}

/** The plan to edit: a control per chosen risk, then the decision. */
export function planFormCard(c: PlanContext, state: FormState<PlanRecord>): AdaptiveCardJson {
  const stored = state.stored ?? c.current;
  const ref = { owner: c.ref.owner, year: c.ref.year, version: c.ref.version };
  const act = { ...ref, etag: stored?.etag ?? state.seen?.etag ?? null, version: ref.version };
  const actions: FormAction[] = [
    { title: 'Spara utkast', verb: 'riskplan.save', data: act },
    ...(stored && !stored.doc.proposed ? [{ title: 'Lägg fram som förslag', verb: 'riskplan.propose', data: act, ignoreInputs: true }] : []),
    { title: 'Markera som beslutad', verb: 'riskplan.submit', data: act, style: 'positive' },
    { title: 'Riskmatrisen', verb: 'risk.matrix', data: { owner: ref.owner, year: ref.year }, ignoreInputs: true },
  ];
  return renderFormCard({
    title: `Internkontrollplan: ${c.owner.name} ${c.year}`,
    lines: [{ text: stageOf(stored?.doc).stage }, ...(stored ? [{ text: `Sparad av ${stored.doc.updatedByName} ${formatDateTime(stored.doc.updatedAt)}.`, subtle: true, small: true }] : [])],
    notice: state.notice,
    spec: planSpec(c.planRisks, c.owner, c.org, c.periods.map((p) => p.name), c.today),
    values: state.values,
    errors: state.errors,
    actions,
    refresh: state.refreshUserIds ? { verb: 'riskplan.refresh', data: ref, userIds: state.refreshUserIds } : null,
  });
}

/** The plan at a glance: its controls and, once decided, their follow-up with traffic lights per period. */
export function planOverviewCard(c: PlanContext, plan: PlanRecord | undefined, options: { canEdit: boolean; notice: Notice | null; refreshUserIds: string[] }): AdaptiveCardJson {
  const decided = plan?.state === 'submitted';
  const units = new Map(c.org.units.map((u) => [u.id, u.name]));
  const rows = (plan?.rows ?? []).map((r) => ({
    title: `${inert(r.title)} — riskvärde ${r.value ?? '–'}`,
    activity: inert(r.activity ?? '–'),
    details: [r.method && inert(r.method), r.frequency, r.responsible && `Ansvarig: ${inert(r.responsible)}`, r.unit && units.get(r.unit), r.reportTo && `Till ${inert(r.reportTo)}${r.reportWhen ? ` vid ${r.reportWhen.toLowerCase()}` : ''}`].filter(Boolean).join(' · '),
    results: c.controls
      .filter((x) => x.planVersion === plan?.planVersion)
      .flatMap((x) => x.results.filter((res) => res.risk === r.risk && res.light).map((res) => ({ text: `${c.periods.find((p) => p.id === x.period)?.name ?? x.period}: ${lightMark[res.light!] ?? ''} ${res.light} – ${res.outcome ?? ''}${x.state === 'submitted' ? '' : ' (utkast)'}` }))),
  }));
  return renderCard('risk/plan', {
    title: `Internkontrollplan: ${c.owner.name} ${c.year}`,
    ...stageOf(plan),
    notice: options.notice,
    rows,
    followUps: decided && options.canEdit ? c.periods : [],
    canNewVersion: decided && options.canEdit && c.latestVersion === plan?.planVersion,
    act: { owner: c.ref.owner, year: c.ref.year, version: c.ref.version },
    refresh: options.refreshUserIds.length ? { userIds: options.refreshUserIds } : null,
  });
}
