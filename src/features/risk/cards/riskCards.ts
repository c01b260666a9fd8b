import type { AdaptiveCardJson } from '../../../kernel/cards/renderCard';
import { valuesOf } from '../../../kernel/forms/formActions';
import type { FormState } from '../../../kernel/forms/FormWorkflow';
import { renderFormCard, type FormAction } from '../../../kernel/forms/renderFormCard';
import { formatDateTime } from '../../../shared/swedishTime';
import { inert } from '../../../shared/text';
import { levelOf } from '../domain/riskScale';
import type { RiskRecord } from '../domain/RiskRecord';
import { riskSpec } from '../domain/riskSpec';
import type { RiskContext } from '../riskWorkflow';

/** What a risk's value says, or why it has none. */
export function valueLine(c: RiskContext, r: RiskRecord | undefined): string | undefined {
  if (!r) return undefined;
  if (r.likelihood && r.consequence && r.value) return `Riskvärde ${r.value} (${levelOf(c.pack.riskScale, r.value).name}): sannolikhet ${r.likelihood} × konsekvens ${r.consequence}.`;
  if (r.published) return `Publicerat riskvärde ${r.published.value}. Sannolikhet och konsekvens är inte publicerade – fyll i dem för att placera risken i matrisen.`;
  return undefined;
}

/** One risk: the form for those who edit (also after saving), the same fields read-only for those who view. */
export function riskFormCard(c: RiskContext, state: FormState<RiskRecord> & { readOnly?: boolean; record?: RiskRecord }): AdaptiveCardJson {
  const stored = state.stored ?? c.current;
  const record = state.record ?? stored?.doc;
  const ref = { owner: c.ref.owner, year: c.ref.year, risk: c.ref.risk };
  const act = { ...ref, etag: stored?.etag ?? state.seen?.etag ?? null, version: record?.version ?? state.seen?.version ?? 0 };
  const values = Object.keys(state.values).length ? state.values : valuesOf(record?.answers ?? {});
  const actions: FormAction[] = state.readOnly
    ? [{ title: 'Riskmatrisen', verb: 'risk.matrix', data: { owner: ref.owner, year: ref.year }, ignoreInputs: true }]
    : [
        { title: 'Spara', verb: 'risk.submit', data: act, style: 'positive' },
        ...(record ? [{ title: 'Till internkontrollplanen', verb: 'risk.toPlan', data: ref, ignoreInputs: true }, { title: 'Ta bort', verb: 'risk.remove', data: act, ignoreInputs: true }] : []),
        { title: 'Riskmatrisen', verb: 'risk.matrix', data: { owner: ref.owner, year: ref.year }, ignoreInputs: true },
      ];
  const spec = riskSpec(c.pack.riskScale);
  const line = valueLine(c, record);
  return renderFormCard({
    title: record ? `Risk: ${inert(record.title)}` : 'Ny risk',
    lines: [
      { text: `${c.owner.name} · risk- och väsentlighetsanalys ${c.ref.year}` },
      ...(line ? [{ text: line }] : []),
      ...(record ? [{ text: `Version ${record.version}, sparad av ${record.updatedByName} ${formatDateTime(record.updatedAt)}.`, subtle: true, small: true }] : []),
      ...(state.readOnly ? [{ text: 'Du kan läsa risken men inte ändra den.', subtle: true, small: true }] : []),
    ],
    notice: state.notice,
    spec: state.readOnly ? { sections: spec.sections.map((sec) => ({ items: sec.items.flatMap((i) => ('field' in i ? [{ text: `${i.field.label}: ${shown(i.field.choiceTitles, i.field.choices, values[i.field.key])}` }] : [])) })) } : spec,
    values,
    errors: state.errors,
    actions,
    refresh: state.refreshUserIds ? { verb: 'risk.refresh', data: ref, userIds: state.refreshUserIds } : null,
  });
}

const shown = (titles: string[] | undefined, choices: string[] | undefined, value: string | undefined) =>
  value === undefined || value === '' ? '–' : (titles?.[choices?.indexOf(value) ?? -1] ?? inert(value));
