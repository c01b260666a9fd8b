import { z } from 'zod';
import { latestCard } from '../../kernel/forms/formActions';
import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { saveVersioned } from '../../kernel/forms/saveVersioned';
import { cardOrRefusal, defineCardAction, done, refuse, showCard, type ActionResult } from '../../kernel/turn/CardAction';
import type { Session } from '../../kernel/turn/Session';
import { inert } from '../../shared/text';
import { authorizeOwner } from './authorizeOwner';
import { matrixCard } from './cards/matrixCard';
import type { ControlContext } from './controlWorkflow';
import type { ControlRecord, ControlRef } from './domain/ControlRecord';
import type { RiskRecord, RiskRef } from './domain/RiskRecord';
import { riskId } from './domain/RiskRecord';
import { exportLinks } from './exportLinks';
import { addRisk, draftRef, newVersion, propose, type PlanFlow } from './planChanges';
import { ownerKey, riskRefSchema, type RiskContext } from './riskWorkflow';
import type { RiskServices } from './services';

const year = z.coerce.number().int().min(2000).max(2100);
const ownerYear = z.object({ owner: ownerKey, year });
const refused = (a: { status: 403 | 404; message: string }) => refuse(a.status, a.status === 403 ? 'forbidden' : 'not_found', a.message);

/** The owner's register as a matrix, the kommun's published risks added the first time. */
export async function showMatrix(s: RiskServices, session: Session, owner: string, y: number, options: { cell?: { l: number; c: number }; notice?: { text: string; color: 'Good' | 'Attention' | 'Warning' } } = {}): Promise<ActionResult> {
  const auth = await authorizeOwner(s, session, owner, y, 'view');
  if (!auth.ok) return refused(auth);
  const c = auth.context;
  await s.repo.seedPublished(c.pack, c.org, c.owner, y);
  return showCard(matrixCard(c, await s.repo.register(c.kommun, owner, y), options));
}

/** The risk feature's own buttons beside the kernel's form verbs. */
export function riskActions(s: RiskServices, flows: { risk: FormWorkflow<RiskRef, RiskContext, RiskRecord>; plan: PlanFlow; control: FormWorkflow<ControlRef, ControlContext, ControlRecord> }) {
  const showPlan = async (session: Session, owner: string, y: number, notice?: { text: string; color: 'Good' | 'Attention' }) => {
    const auth = await flows.plan.authorize(session, await draftRef(s, session.kommun, owner, y), 'view');
    if (!auth.ok) return refused(auth);
    return showCard(await latestCard(flows.plan, session, auth.context, notice ?? null));
  };

  return [
    defineCardAction({
      verb: 'risk.matrix',
      schema: ownerYear.extend({ l: z.coerce.number().int().min(1).max(6).optional(), c: z.coerce.number().int().min(1).max(6).optional() }),
      handle: (turn, d) => showMatrix(s, turn.session, d.owner, d.year, { cell: d.l && d.c ? { l: d.l, c: d.c } : undefined }),
    }),
    defineCardAction({
      verb: 'risk.remove',
      schema: riskRefSchema.extend({ etag: z.string().max(200).nullish() }),
      async handle(turn, d) {
        const auth = await flows.risk.authorize(turn.session, d, 'edit');
        if (!auth.ok) return refused(auth);
        const person = turn.session.person!;
        const result = await saveVersioned<RiskRecord, string>(s.repo.risks, {
          tenant: turn.session.kommun, id: riskId(d), etag: d.etag ?? null, actor: { id: person.id, name: person.name }, now: s.clock(),
          apply: (current) => (current ? { ok: true, body: { ...current.doc, removed: true }, action: 'removed', changed: ['removed'] } : { ok: false, failure: 'Risken finns inte.' }),
        });
        if (result.outcome !== 'saved') return showCard(await latestCard(flows.risk, turn.session, auth.context, { text: 'Risken ändrades av någon annan nyss. Här är den senaste versionen.', color: 'Attention' }));
        return showMatrix(s, turn.session, d.owner, d.year, { notice: { text: `"${inert(result.record.doc.title)}" är borttagen ur riskanalysen (den finns kvar i historiken).`, color: 'Good' } });
      },
    }),
    defineCardAction({
      verb: 'risk.toPlan',
      schema: riskRefSchema,
      async handle(turn, d) {
        const risk = await flows.risk.authorize(turn.session, d, 'edit');
        if (!risk.ok) return refused(risk);
        if (!risk.context.current) return refuse(404, 'not_found', 'Spara risken först.');
        const auth = await flows.plan.authorize(turn.session, await draftRef(s, turn.session.kommun, d.owner, d.year), 'edit');
        if (!auth.ok) return refused(auth);
        const added = await addRisk(s, turn.session, auth.context, d.risk);
        if (!added.ok) return showPlan(turn.session, d.owner, d.year, { text: added.message, color: 'Attention' });
        return showPlan(turn.session, d.owner, d.year, { text: `"${inert(risk.context.current.doc.title)}" finns nu i planen. Fyll i kontrollmomentet.`, color: 'Good' });
      },
    }),
    defineCardAction({ verb: 'riskplan.show', schema: ownerYear, handle: (turn, d) => showPlan(turn.session, d.owner, d.year) }),
    defineCardAction({
      verb: 'riskplan.propose',
      schema: ownerYear.extend({ version: z.coerce.number().int().min(1), etag: z.string().max(200).nullish() }),
      async handle(turn, d) {
        const auth = await flows.plan.authorize(turn.session, d, 'edit');
        if (!auth.ok) return refused(auth);
        const out = await propose(s, turn.session, auth.context, d.etag ?? null);
        return showPlan(turn.session, d.owner, d.year, out.ok ? { text: 'Planen är framlagd som förslag till nämnden.', color: 'Good' } : { text: out.message, color: 'Attention' });
      },
    }),
    defineCardAction({
      verb: 'riskplan.newversion',
      schema: ownerYear,
      async handle(turn, d) {
        const auth = await flows.plan.authorize(turn.session, await draftRef(s, turn.session.kommun, d.owner, d.year), 'edit');
        if (!auth.ok) return refused(auth);
        const out = await newVersion(s, turn.session, auth.context);
        return showPlan(turn.session, d.owner, d.year, out.ok ? { text: `Version ${out.plan.doc.planVersion} är skapad som utkast. Den beslutade versionen finns kvar oförändrad.`, color: 'Good' } : { text: out.message, color: 'Attention' });
      },
    }),
    defineCardAction({
      verb: 'risk.export',
      schema: ownerYear,
      async handle(turn, d) {
        const links = await exportLinks(s, turn.session, d.owner, d.year);
        if (typeof links === 'string') return cardOrRefusal(links);
        await turn.reply(links);
        return done('Exportlänkarna är skickade i chatten.');
      },
    }),
  ];
}
