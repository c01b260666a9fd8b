import { summarizeStatus, type StatusSummary } from '../../../kernel/forms/statusSummary';
import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import { canSeeStatus } from '../../../kernel/org/access';
import type { OrgRepository } from '../../../kernel/org/OrgRepository';
import type { OrgStructure, Person } from '../../../kernel/org/orgSchema';
import { refusals } from '../refusals';
import type { DeadlineRepository } from './DeadlineRepository';
import { mayReport } from './followupAccess';
import type { FollowupReport } from './FollowupReport';
import type { FollowupRepository } from './FollowupRepository';
import { loadPeriod } from './loadReportContext';
import type { ResolvedPeriod } from './periods';

export type PeriodStatus =
  | { ok: true; person: Person; period: ResolvedPeriod; org: OrgStructure; summary: StatusSummary<FollowupReport> }
  | { ok: false; text: string };

/**
 * The status of a period over the units this person may view; refused unless they may see status.
 * Three reads (period deadline, organisation, the period's reports), in parallel, whatever the size.
 */
export async function periodStatus(
  stores: { org: OrgRepository; reports: FollowupRepository; periodDeadlines: DeadlineRepository },
  pack: KnowledgePack,
  person: Person | undefined,
  period: string,
  year: number,
): Promise<PeriodStatus> {
  if (!person) return { ok: false, text: refusals.unknownPerson(pack.name) };
  if (!canSeeStatus(person)) return { ok: false, text: refusals.cannotSeeStatus };
  const [resolved, org, reports] = await Promise.all([
    loadPeriod(stores.periodDeadlines, pack, period, year),
    stores.org.getStructure(pack.kommun),
    stores.reports.listPeriod(pack.kommun, period, year),
  ]);
  if (!resolved) return { ok: false, text: refusals.noSuchPeriod };
  if (!org) return { ok: false, text: refusals.noOrg };
  const summary = summarizeStatus(org, reports, (unitId) => mayReport(person, 'view', org, unitId));
  return { ok: true, person, period: resolved, org, summary };
}
