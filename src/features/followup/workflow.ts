import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { refreshUserIds } from '../../kernel/forms/refreshUserIds';
import { authorizeReport } from './authorizeReport';
import { reportRefSchema } from './cards/actionData';
import { followupFormCard } from './cards/formCard';
import { receiptCard } from './cards/receiptCard';
import { mayReport } from './domain/followupAccess';
import { reportId, type FollowupReport, type ReportRef } from './domain/FollowupReport';
import type { ReportContext } from './domain/loadReportContext';
import { reportBody } from './domain/saveReport';
import { validateReport } from './domain/validateReport';
import { leaderCard } from './leaderCard';
import { readPeriodArgs } from './periodArgs';
import type { FollowupServices } from './services';

/** A unit's follow-up of a period as a form workflow: the kernel runs its verbs (open, edit, refresh, save, submit). */
export function followupWorkflow(s: FollowupServices): FormWorkflow<ReportRef, ReportContext, FollowupReport> {
  const workflow: FormWorkflow<ReportRef, ReportContext, FollowupReport> = {
    name: 'followup',
    noun: 'Rapporten',
    clock: s.clock,
    refSchema: reportRefSchema,
    records: s.reports.records,
    authorize: (session, ref, need) => authorizeReport(s, session, { period: ref.period, year: ref.year, unit: ref.unit }, need),
    where: (c) => ({ tenant: c.kommun, id: reportId(c.ref) }),
    refOf: (c) => c.ref,
    validate: (c, raw, intent) => validateReport(c.definition, raw, intent),
    body: (c, answers) => reportBody(c.kommun, c.ref, { administration: c.administration.id, body: c.body.id }, c.definition)(answers),
    canEdit: (session, c) => mayReport(session.person, 'edit', c.org, c.unit.id),
    viewers: (session, c) =>
      refreshUserIds(s, c.kommun, session.userId, {
        edits: (p) => mayReport(p, 'edit', c.org, c.unit.id),
        views: (p) => mayReport(p, 'view', c.org, c.unit.id),
      }),
    formCard: (c, state) => followupFormCard(c, state),
    receiptCard: (c, report, options) => receiptCard({ context: c, report, ...options }),
    choose: (session, partial) => {
      // A button without a period or year (forged, or from an old card) opens the period whose deadline is next.
      const current = readPeriodArgs(s.packs, session.kommun, '', s.clock());
      if (partial.period && partial.year) return leaderCard(s, workflow, session, partial.period, partial.year);
      return current.ok ? leaderCard(s, workflow, session, current.period, current.year) : Promise.resolve(current.text);
    },
    logWrite: (session, verb, outcome, c) =>
      s.logger.info({ event: 'followup_write', correlationId: session.correlationId, verb, outcome, kommun: c.kommun, period: c.ref.period, year: c.ref.year, unit: c.ref.unit }, 'follow-up write'),
  };
  return workflow;
}
