import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import type { RecordBody } from '../../kernel/forms/VersionedRecord';
import { saveVersioned } from '../../kernel/forms/saveVersioned';
import type { Versioned } from '../../kernel/store/Collection';
import type { Session } from '../../kernel/turn/Session';
import { decisionKeys, planId, type PlanRecord, type PlanRef } from './domain/PlanRecord';
import type { PlanContext } from './planWorkflow';
import type { RiskServices } from './services';

type Outcome = { ok: true; plan: Versioned<PlanRecord> } | { ok: false; message: string };

/** A plan's body as stored, without the kernel's version fields (to write it again with a change). */
function bodyOf(p: PlanRecord): RecordBody<PlanRecord> {
  const { version: _v, history: _h, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, updatedByName: _un, lastSaveId: _l, ...body } = p;
  return body;
}

/** Writes one change to a plan version as a new record version (ETag-conditional, in the history as `action`). */
async function change(s: RiskServices, session: Session, ref: PlanRef, etag: string | null, action: string, apply: (current: PlanRecord | undefined) => RecordBody<PlanRecord> | string): Promise<Outcome> {
  const person = session.person!;
  const result = await saveVersioned<PlanRecord, string>(s.repo.plans, {
    tenant: session.kommun, id: planId(ref), etag, actor: { id: person.id, name: person.name }, now: s.clock(),
    apply(current) {
      const body = apply(current?.doc);
      return typeof body === 'string' ? { ok: false, failure: body } : { ok: true, body, action, changed: [action] };
    },
  });
  if (result.outcome === 'saved') return { ok: true, plan: result.record };
  if (result.outcome === 'conflict') return { ok: false, message: `${result.current.doc.updatedByName} ändrade planen nyss. Du ser nu den senaste versionen.` };
  return { ok: false, message: result.failure };
}

const empty = (c: PlanContext): RecordBody<PlanRecord> => ({
  id: planId(c.ref), tenant: c.kommun, kind: 'riskplan', owner: c.ref.owner, year: c.ref.year, planVersion: c.ref.version, riskIds: [], rows: [], state: 'draft', answers: {},
});

/** Adds a risk to the newest plan version that is not decided (a first draft is made when there is none). */
export function addRisk(s: RiskServices, session: Session, c: PlanContext, risk: string): Promise<Outcome> {
  return change(s, session, c.ref, c.current?.etag ?? null, 'risk_added', (p) => {
    if (p?.state === 'submitted') return 'Planen är beslutad. Skapa en ny version av planen för att lägga till risker.';
    const body = p ? bodyOf(p) : empty(c);
    return body.riskIds.includes(risk) ? body : { ...body, riskIds: [...body.riskIds, risk] };
  });
}

/** Lays the draft before the body: still editable, marked "förslag". */
export function propose(s: RiskServices, session: Session, c: PlanContext, etag: string | null): Promise<Outcome> {
  const person = session.person!;
  return change(s, session, c.ref, etag, 'proposed', (p) => {
    if (!p) return 'Spara planen först.';
    if (p.state === 'submitted') return 'Planen är redan beslutad.';
    return { ...bodyOf(p), proposed: { by: person.id, byName: person.name, at: s.clock().toISOString() } };
  });
}

/** A decided plan's next version: the same controls as a draft, without the decision. */
export function newVersion(s: RiskServices, session: Session, c: PlanContext): Promise<Outcome> {
  const decided = c.current?.doc;
  if (!decided || decided.state !== 'submitted') return Promise.resolve({ ok: false, message: 'Bara en beslutad plan får en ny version; utkastet kan ändras direkt.' });
  const ref = { ...c.ref, version: decided.planVersion + 1 };
  const answers = Object.fromEntries(Object.entries(decided.answers).filter(([k]) => k !== decisionKeys.date && k !== decisionKeys.paragraph));
  return change(s, session, ref, null, 'new_version', (p) => {
    if (p) return `Version ${ref.version} finns redan.`;
    const { proposed: _p, decision: _d, submittedAt: _sa, submittedBy: _sb, submittedByName: _sn, ...rest } = bodyOf(decided);
    return { ...rest, id: planId(ref), planVersion: ref.version, state: 'draft', answers };
  });
}

/** The plan version a risk goes into: the newest one, or a new first draft. */
export async function draftRef(s: RiskServices, kommun: string, owner: string, year: number): Promise<PlanRef> {
  const latest = (await s.repo.planVersions(kommun, owner, year))[0];
  return { owner, year, version: latest?.doc.planVersion ?? 1 };
}

export type PlanFlow = FormWorkflow<PlanRef, PlanContext, PlanRecord>;
