import type { PackFile } from '../../knowledge/packSchema';
import { canSeeStatus, canViewUnit } from '../org/access';
import type { OrgRepository } from '../org/OrgRepository';
import type { DeadlineRepository } from './DeadlineRepository';
import { exportTables, type Table } from './exportTables';
import type { FollowupRepository } from './FollowupRepository';
import { buildFormDefinition } from './formDefinition';
import { loadPeriod } from './loadReportContext';
import type { ResolvedPeriod } from './periods';
import { summarizeStatus } from './statusSummary';

export interface ExportRequest {
  period: string;
  year: number;
  /** Only this nämnd's units, when given. */
  body?: string;
  /** Who asked: the export holds only what they may view, checked again at download. */
  personId: string;
}

export type ExportResult = { ok: true; period: ResolvedPeriod; tables: { units: Table; answers: Table } } | { ok: false; reason: 'forbidden' | 'not_found' };

/** A period's answers as tables, limited to the units the person may view (and to one nämnd if asked). */
export async function exportPeriod(
  stores: { org: OrgRepository; reports: FollowupRepository; deadlines: DeadlineRepository },
  pack: PackFile,
  request: ExportRequest,
): Promise<ExportResult> {
  const person = await stores.org.getPerson(pack.kommun, request.personId);
  if (!canSeeStatus(person)) return { ok: false, reason: 'forbidden' };
  const period = await loadPeriod(stores.deadlines, pack, request.period, request.year);
  const org = await stores.org.getStructure(pack.kommun);
  if (!period || !org) return { ok: false, reason: 'not_found' };
  const bodyOf = (unitId: string) => org.administrations.find((a) => a.id === org.units.find((u) => u.id === unitId)?.administration)?.body;
  const visible = (unitId: string) => canViewUnit(person, org, unitId) && (!request.body || bodyOf(unitId) === request.body);
  const reports = await stores.reports.listPeriod(pack.kommun, request.period, request.year);
  const summary = summarizeStatus(org, reports, visible);
  return { ok: true, period, tables: exportTables(summary.groups, (unitId) => buildFormDefinition(pack.followupForm, org, unitId)) };
}
