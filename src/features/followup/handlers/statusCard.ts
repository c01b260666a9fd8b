import { loadPeriod } from '../../../domain/followup/loadReportContext';
import { canRemind } from '../../../domain/followup/followupAccess';
import type { ResolvedPeriod } from '../../../domain/followup/periods';
import { summarizeStatus, type StatusSummary } from '../../../domain/followup/statusSummary';
import { canSeeStatus, canViewUnit } from '../../../domain/org/access';
import type { OrgStructure, Person } from '../../../domain/org/orgSchema';
import type { Notice } from '../../../cards/followup/followupForm';
import { renderFollowupStatus } from '../../../cards/followup/followupStatus';
import { followupStatusView } from '../../../cards/followup/followupStatusView';
import type { Turn } from '../../Turn';
import type { CardOrText } from './leaderCard';
import { kommunName, refusals } from './refusals';

export type PeriodStatus =
  | { ok: true; person: Person; period: ResolvedPeriod; org: OrgStructure; summary: StatusSummary }
  | { ok: false; text: string };

/** The status of a period over the units this user may view; refused unless they may see status. */
export async function periodStatus(turn: Turn, period: string, year: number): Promise<PeriodStatus> {
  const { person, kommun } = turn.session;
  if (!person) return { ok: false, text: refusals.unknownPerson(kommunName(turn)) };
  if (!canSeeStatus(person)) return { ok: false, text: refusals.cannotSeeStatus };
  const resolved = await loadPeriod(turn.deps.followup.deadlines, turn.deps.packs.get(kommun), period, year);
  if (!resolved) return { ok: false, text: refusals.noSuchPeriod };
  const org = await turn.deps.org.getStructure(kommun);
  if (!org) return { ok: false, text: refusals.noOrg };
  const reports = await turn.deps.followup.reports.listPeriod(kommun, period, year);
  const summary = summarizeStatus(org, reports, (unitId) => canViewUnit(person, org, unitId));
  return { ok: true, person, period: resolved, org, summary };
}

/** The status card of a period, optionally with a notice (e.g. how the reminders went). */
export async function statusCard(turn: Turn, period: string, year: number, notice: Notice | null = null): Promise<CardOrText> {
  const status = await periodStatus(turn, period, year);
  if (!status.ok) return { text: status.text };
  return { card: renderFollowupStatus(followupStatusView(status.period, status.summary, { canRemind: canRemind(status.person), notice })) };
}
