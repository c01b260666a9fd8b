import { z } from 'zod';
import type { Answers } from '../../kernel/forms/FieldDef';
import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { fieldsOf } from '../../kernel/forms/FormSpec';
import { refreshUserIds } from '../../kernel/forms/refreshUserIds';
import { validateForm, type FieldProblem } from '../../kernel/forms/validateForm';
import type { Versioned } from '../../kernel/store/Collection';
import { swedishDay } from '../../shared/swedishTime';
import { authorizeOwner, type OwnerContext } from './authorizeOwner';
import { planFormCard, planOverviewCard } from './cards/planCards';
import type { ControlRecord } from './domain/ControlRecord';
import { decisionKeys, planId, rowKey, type PlanRecord, type PlanRef, type PlanRow } from './domain/PlanRecord';
import { mayRisk } from './domain/RiskOwner';
import type { RiskRecord } from './domain/RiskRecord';
import { planSpec } from './domain/planSpec';
import { ownerKey } from './riskWorkflow';
import type { RiskServices } from './services';

export interface PlanContext extends OwnerContext {
  ref: PlanRef;
  current?: Versioned<PlanRecord>;
  /** The newest version of the plan (this one or a later). */
  latestVersion: number;
  /** The risks of the plan, in its order. */
  planRisks: RiskRecord[];
  /** The follow-up periods' names, for "rapporteras när". */
  periods: { id: string; name: string }[];
  controls: ControlRecord[];
  today: string;
}

export const planRefSchema = z.object({ owner: ownerKey, year: z.coerce.number().int().min(2000).max(2100), version: z.coerce.number().int().min(1).max(1000) });

const str = (v: unknown) => (v === undefined ? undefined : String(v));

/** The plan's rows from its answers and risks. */
export function rowsOf(risks: RiskRecord[], answers: Answers): PlanRow[] {
  return risks.map((r) => ({
    risk: r.risk, title: r.title, value: r.value,
    activity: str(answers[rowKey(r.risk, 'activity')]), method: str(answers[rowKey(r.risk, 'method')]), frequency: str(answers[rowKey(r.risk, 'frequency')]),
    responsible: str(answers[rowKey(r.risk, 'responsible')]), unit: str(answers[rowKey(r.risk, 'unit')]), reportTo: str(answers[rowKey(r.risk, 'reportTo')]),
    reportWhen: str(answers[rowKey(r.risk, 'reportWhen')]),
  }));
}

/**
 * The internal control plan as a form workflow: `save` keeps a draft, `submit` marks it decided by the
 * body (date and paragraph); a decided version is frozen (the kernel refuses drafts over it, and a second
 * decision is refused here): changes go into a new version.
 */
export function planWorkflow(s: RiskServices): FormWorkflow<PlanRef, PlanContext, PlanRecord> {
  return {
    name: 'riskplan',
    noun: 'Planen',
    clock: s.clock,
    refSchema: planRefSchema,
    records: s.repo.plans,
    async authorize(session, ref, need) {
      const auth = await authorizeOwner(s, session, ref.owner, ref.year, need);
      if (!auth.ok) return auth;
      const { kommun, pack } = auth.context;
      const [versions, register, controls] = await Promise.all([s.repo.planVersions(kommun, ref.owner, ref.year), s.repo.register(kommun, ref.owner, ref.year), s.repo.controls.find(kommun, { kind: 'control', owner: ref.owner, year: ref.year })]);
      const current = versions.find((v) => v.doc.planVersion === ref.version);
      if (!current && ref.version !== (versions[0]?.doc.planVersion ?? 0) + 1 && ref.version !== 1) return { ok: false, status: 404, message: 'Den versionen av planen finns inte.' };
      const ids = current?.doc.riskIds ?? [];
      const planRisks = ids.flatMap((id) => register.find((r) => r.risk === id) ?? []);
      const periods = pack.periods.map((p) => ({ id: p.id, name: p.name }));
      return { ok: true, context: { ...auth.context, ref, current, latestVersion: versions[0]?.doc.planVersion ?? ref.version, planRisks, periods, controls: controls.map((v) => v.doc), today: swedishDay(s.clock()) } };
    },
    where: (c) => ({ tenant: c.kommun, id: planId(c.ref) }),
    refOf: (c) => c.ref,
    validate(c, raw, intent) {
      const spec = planSpec(c.planRisks, c.owner, c.org, c.periods.map((p) => p.name), c.today);
      const requirements = (): FieldProblem[] => [
        ...(c.current?.doc.state === 'submitted' ? [[decisionKeys.date, 'Planen är redan beslutad. Skapa en ny version för att ändra den.'] as FieldProblem] : []),
        ...(c.planRisks.length === 0 ? [[decisionKeys.date, 'Planen har inga kontroller ännu. Välj risker i riskmatrisen först.'] as FieldProblem] : []),
      ];
      return validateForm(fieldsOf(spec), raw, intent, requirements);
    },
    body(c, answers) {
      const date = str(answers[decisionKeys.date]);
      const paragraph = str(answers[decisionKeys.paragraph]);
      return {
        kind: 'riskplan', owner: c.ref.owner, year: c.ref.year, planVersion: c.ref.version, riskIds: c.current?.doc.riskIds ?? [], rows: rowsOf(c.planRisks, answers),
        ...(c.current?.doc.proposed ? { proposed: c.current.doc.proposed } : {}),
        ...(date && paragraph ? { decision: { date, paragraph } } : {}),
      };
    },
    canEdit: (session, c) => mayRisk(session.person, 'edit', c.owner),
    viewers: (session, c) => refreshUserIds(s, c.kommun, session.userId, { edits: (p) => mayRisk(p, 'edit', c.owner), views: (p) => mayRisk(p, 'view', c.owner) }),
    formCard: (c, state) => planFormCard(c, state),
    receiptCard: (c, record, options) => planOverviewCard(c, record, options),
    logWrite: (session, verb, outcome, c) => s.logger.info({ event: 'riskplan_write', correlationId: session.correlationId, verb, outcome, kommun: c.kommun, owner: c.ref.owner, year: c.ref.year, version: c.ref.version }, 'plan write'),
  };
}
