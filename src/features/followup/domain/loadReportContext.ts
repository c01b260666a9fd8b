import type { AddendumSection } from '../../../kernel/forms/ReportAddendum';
import type { PackFile } from '../../../kernel/knowledge/packSchema';
import { orgIndex } from '../../../kernel/org/OrgIndex';
import type { OrgRepository } from '../../../kernel/org/OrgRepository';
import type { Administration, OrgBody, OrgStructure, Unit } from '../../../kernel/org/orgSchema';
import type { DeadlineRepository } from './DeadlineRepository';
import type { ReportRef } from './FollowupReport';
import { buildFormDefinition, type FormDefinition } from './formDefinition';
import { resolvePeriod, type ResolvedPeriod } from './periods';

/** Everything needed to show or save one unit's report. */
export interface ReportContext {
  kommun: string;
  ref: ReportRef;
  period: ResolvedPeriod;
  org: OrgStructure;
  unit: Unit;
  administration: Administration;
  body: OrgBody;
  definition: FormDefinition;
  /** Other features' read-only sections (the unit's internal-control results), loaded when authorized. */
  addenda: AddendumSection[];
}

export type ContextResult = { ok: true; context: ReportContext } | { ok: false; missing: 'period' | 'org' | 'unit' };

/** The period of the pack for a year, with the admin's deadline override if there is one. */
export async function loadPeriod(periodDeadlines: DeadlineRepository, pack: PackFile, period: string, year: number): Promise<ResolvedPeriod | undefined> {
  const p = pack.periods.find((x) => x.id === period);
  return p && resolvePeriod(p, year, await periodDeadlines.get(pack.kommun, period, year));
}

/** Resolves period, organisation and form of a report (two reads, in parallel); says what is missing otherwise. */
export async function loadReportContext(
  stores: { org: OrgRepository; periodDeadlines: DeadlineRepository },
  pack: PackFile,
  ref: ReportRef,
): Promise<ContextResult> {
  const [period, org] = await Promise.all([loadPeriod(stores.periodDeadlines, pack, ref.period, ref.year), stores.org.getStructure(pack.kommun)]);
  if (!period) return { ok: false, missing: 'period' };
  if (!org) return { ok: false, missing: 'org' };
  const placed = orgIndex(org).placeUnit(ref.unit);
  const definition = buildFormDefinition(pack.followupForm, org, ref.unit);
  if (!placed || !definition) return { ok: false, missing: 'unit' };
  return { ok: true, context: { kommun: pack.kommun, ref, period, org, ...placed, definition, addenda: [] } };
}
