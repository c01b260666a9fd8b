import { z } from 'zod';
import type { FieldDef } from '../../kernel/forms/FieldDef';
import type { FormSpec } from '../../kernel/forms/FormSpec';
import { fieldsOf } from '../../kernel/forms/FormSpec';
import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { refreshUserIds } from '../../kernel/forms/refreshUserIds';
import { validateForm } from '../../kernel/forms/validateForm';
import { renderFormCard } from '../../kernel/forms/renderFormCard';
import { formatDateTime } from '../../shared/swedishTime';
import { inert } from '../../shared/text';
import { authorizeOwner, type OwnerContext } from './authorizeOwner';
import { controlId, controlKey, lights, outcomes, type ControlRecord, type ControlRef } from './domain/ControlRecord';
import type { PlanRecord } from './domain/PlanRecord';
import { mayRisk } from './domain/RiskOwner';
import { ownerKey } from './riskWorkflow';
import type { RiskServices } from './services';

export interface ControlContext extends OwnerContext {
  ref: ControlRef;
  plan: PlanRecord;
  periodName: string;
}

export const controlRefSchema = z.object({ owner: ownerKey, year: z.coerce.number().int().min(2000).max(2100), period: z.string().regex(/^[a-z0-9-]{1,60}$/) });

/** Per control of the decided plan: outcome and traffic light (required), what was found and done. */
export function controlSpec(plan: PlanRecord): FormSpec {
  return {
    sections: plan.rows.map((r) => ({
      title: inert(r.activity ?? r.title),
      subtitle: `Risk: ${inert(r.title)}${r.responsible ? ` · ansvarig ${inert(r.responsible)}` : ''}`,
      items: [
        { row: { label: 'Resultat', fields: [
          { key: controlKey(r.risk, 'outcome'), label: 'Resultat', kind: 'choice', choices: outcomes, placeholder: 'Resultat', required: 'Välj resultatet av kontrollen.', width: 'stretch' },
          { key: controlKey(r.risk, 'light'), label: 'Signal', kind: 'choice', choices: lights, choiceTitles: ['🟢 grön', '🟡 gul', '🔴 röd'], placeholder: 'Signal', required: 'Välj grön, gul eller röd.', width: '120px' },
        ] as FieldDef[] } },
        { field: { key: controlKey(r.risk, 'description'), label: 'Vad visade kontrollen?', kind: 'text', maxLength: 800 } },
        { field: { key: controlKey(r.risk, 'action'), label: 'Åtgärd', kind: 'text', maxLength: 800 } },
      ],
    })),
  };
}

/** The control follow-up of a decided plan at one follow-up period; a deviation needs its description. */
export function controlWorkflow(s: RiskServices): FormWorkflow<ControlRef, ControlContext, ControlRecord> {
  return {
    name: 'control',
    noun: 'Uppföljningen',
    clock: s.clock,
    refSchema: controlRefSchema,
    records: s.repo.controls,
    async authorize(session, ref, need) {
      const auth = await authorizeOwner(s, session, ref.owner, ref.year, need);
      if (!auth.ok) return auth;
      const period = auth.context.pack.periods.find((p) => p.id === ref.period);
      const plan = (await s.repo.planVersions(auth.context.kommun, ref.owner, ref.year)).find((v) => v.doc.state === 'submitted')?.doc;
      if (!period) return { ok: false, status: 404, message: 'Den uppföljningsperioden finns inte.' };
      if (!plan) return { ok: false, status: 404, message: 'Det finns ingen beslutad internkontrollplan att följa upp.' };
      return { ok: true, context: { ...auth.context, ref, plan, periodName: period.name } };
    },
    where: (c) => ({ tenant: c.kommun, id: controlId(c.ref) }),
    refOf: (c) => c.ref,
    validate: (c, raw, intent) =>
      validateForm(fieldsOf(controlSpec(c.plan)), raw, intent, (answers) =>
        c.plan.rows.flatMap((r) => (answers[controlKey(r.risk, 'outcome')] === 'avvikelse' && !answers[controlKey(r.risk, 'description')] ? [[controlKey(r.risk, 'description'), 'Beskriv avvikelsen.'] as [string, string]] : [])),
      ),
    body: (c, answers) => ({
      kind: 'control', owner: c.ref.owner, year: c.ref.year, period: c.ref.period, planVersion: c.plan.planVersion,
      results: c.plan.rows.map((r) => {
        const get = (f: 'outcome' | 'light' | 'description' | 'action') => (answers[controlKey(r.risk, f)] === undefined ? undefined : String(answers[controlKey(r.risk, f)]));
        return { risk: r.risk, title: r.title, activity: r.activity, unit: r.unit, outcome: get('outcome'), light: get('light'), description: get('description'), action: get('action') };
      }),
    }),
    canEdit: (session, c) => mayRisk(session.person, 'edit', c.owner),
    viewers: (session, c) => refreshUserIds(s, c.kommun, session.userId, { edits: (p) => mayRisk(p, 'edit', c.owner), views: (p) => mayRisk(p, 'view', c.owner) }),
    formCard: (c, state) => {
      const stored = state.stored;
      const act = { ...c.ref, etag: stored?.etag ?? state.seen?.etag ?? null, version: stored?.doc.version ?? state.seen?.version ?? 0 };
      return renderFormCard({
        title: `Uppföljning av intern kontroll: ${c.periodName} ${c.year}`,
        lines: [{ text: `${c.owner.name} · internkontrollplan version ${c.plan.planVersion}` }, ...(stored ? [{ text: `${stored.doc.state === 'submitted' ? 'Inlämnad' : 'Utkast'}, sparad av ${stored.doc.updatedByName} ${formatDateTime(stored.doc.updatedAt)}.`, subtle: true, small: true }] : [])],
        notice: state.notice,
        spec: controlSpec(c.plan),
        values: state.values,
        errors: state.errors,
        actions: [
          { title: 'Spara utkast', verb: 'control.save', data: act },
          { title: stored?.doc.state === 'submitted' ? 'Lämna in ändringar' : 'Lämna in', verb: 'control.submit', data: act, style: 'positive' },
          { title: 'Planen', verb: 'riskplan.show', data: { owner: c.ref.owner, year: c.ref.year }, ignoreInputs: true },
        ],
        refresh: state.refreshUserIds ? { verb: 'control.refresh', data: { ...c.ref }, userIds: state.refreshUserIds } : null,
      });
    },
    receiptCard: (c, record, options) => renderFormCard({
      title: `Uppföljning av intern kontroll: ${c.periodName} ${c.year}`,
      lines: [{ text: `${c.owner.name} · ${record?.state === 'submitted' ? `inlämnad av ${record.submittedByName}` : 'inte inlämnad'}` }],
      notice: options.notice,
      spec: { sections: (record?.results ?? []).map((r) => ({ title: inert(r.activity ?? r.title), items: [{ text: `${r.light ?? '–'} · ${r.outcome ?? '–'}${r.description ? ` · ${inert(r.description)}` : ''}${r.action ? ` · Åtgärd: ${inert(r.action)}` : ''}` }] })) },
      values: {},
      actions: [...(options.canEdit ? [{ title: 'Ändra', verb: 'control.edit', data: { ...c.ref } }] : []), { title: 'Planen', verb: 'riskplan.show', data: { owner: c.ref.owner, year: c.ref.year } }],
      refresh: { verb: 'control.refresh', data: { ...c.ref }, userIds: options.refreshUserIds },
    }),
    logWrite: (session, verb, outcome, c) => s.logger.info({ event: 'control_write', correlationId: session.correlationId, verb, outcome, kommun: c.kommun, owner: c.ref.owner, year: c.ref.year, period: c.ref.period }, 'control write'),
  };
}
