import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { refreshUserIds } from '../../kernel/forms/refreshUserIds';
import { validateForm } from '../../kernel/forms/validateForm';
import type { Versioned } from '../../kernel/store/Collection';
import { authorizeOwner, type OwnerContext } from './authorizeOwner';
import { riskFormCard } from './cards/riskCards';
import { mayRisk } from './domain/RiskOwner';
import { riskId, type RiskRecord, type RiskRef } from './domain/RiskRecord';
import { riskFieldDefs } from './domain/riskSpec';
import type { RiskServices } from './services';

export interface RiskContext extends OwnerContext {
  ref: RiskRef;
  current?: Versioned<RiskRecord>;
}

export const ownerKey = z.string().regex(/^[bf]-[A-Za-z0-9._-]{1,100}$/);
export const riskRefSchema = z.object({ owner: ownerKey, year: z.coerce.number().int().min(2000).max(2100), risk: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/) });

/** A new risk's id, made when the "Ny risk" button is drawn: a repeated press of the same card saves once. */
export const newRiskId = () => randomUUID().replace(/-/g, '').slice(0, 12);

/**
 * One risk as a form workflow. Saving always checks everything (a risk without title, likelihood or
 * consequence is never stored), so the card's one button is the kernel's `submit`, titled "Spara".
 */
export function riskWorkflow(s: RiskServices): FormWorkflow<RiskRef, RiskContext, RiskRecord> {
  return {
    name: 'risk',
    noun: 'Risken',
    clock: s.clock,
    refSchema: riskRefSchema,
    records: s.repo.risks,
    async authorize(session, ref, need) {
      const auth = await authorizeOwner(s, session, ref.owner, ref.year, need);
      if (!auth.ok) return auth;
      const current = await s.repo.risks.get(auth.context.kommun, riskId(ref));
      if (current?.doc.removed) return { ok: false, status: 404, message: 'Risken är borttagen ur riskanalysen.' };
      return { ok: true, context: { ...auth.context, ref, current } };
    },
    where: (c) => ({ tenant: c.kommun, id: riskId(c.ref) }),
    refOf: (c) => c.ref,
    validate: (c, raw) => validateForm(riskFieldDefs(c.pack.riskScale), raw, 'submit'),
    body(c, answers) {
      const likelihood = Number(answers.likelihood);
      const consequence = Number(answers.consequence);
      return {
        kind: 'risk', owner: c.ref.owner, year: c.ref.year, risk: c.ref.risk, title: String(answers.title),
        category: answers.category === undefined ? undefined : String(answers.category), likelihood, consequence, value: likelihood * consequence,
        ...(c.current?.doc.published ? { published: c.current.doc.published } : {}),
      };
    },
    canEdit: (session, c) => mayRisk(session.person, 'edit', c.owner),
    viewers: (session, c) => refreshUserIds(s, c.kommun, session.userId, { edits: (p) => mayRisk(p, 'edit', c.owner), views: (p) => mayRisk(p, 'view', c.owner) }),
    formCard: (c, state) => riskFormCard(c, state),
    receiptCard: (c, record, options) => riskFormCard(c, { values: {}, stored: c.current, notice: options.notice, refreshUserIds: options.refreshUserIds, readOnly: !options.canEdit, record }),
    logWrite: (session, verb, outcome, c) => s.logger.info({ event: 'risk_write', correlationId: session.correlationId, verb, outcome, kommun: c.kommun, owner: c.ref.owner, year: c.ref.year }, 'risk write'),
  };
}
