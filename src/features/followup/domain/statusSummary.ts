import type { OrgStructure, Unit } from '../org/orgSchema';
import type { FollowupReport } from './FollowupReport';

export type UnitState = 'submitted' | 'draft' | 'not_started';

export interface Counts {
  submitted: number;
  draft: number;
  notStarted: number;
  total: number;
}

export interface UnitStatus {
  unit: Unit;
  state: UnitState;
  report?: FollowupReport;
}

/** One förvaltning (with its nämnd): how its units stand. */
export interface StatusGroup {
  body: { id: string; name: string };
  administration: { id: string; name: string };
  counts: Counts;
  units: UnitStatus[];
}

export interface StatusSummary {
  totals: Counts;
  groups: StatusGroup[];
}

const count = (units: UnitStatus[]): Counts => ({
  submitted: units.filter((u) => u.state === 'submitted').length,
  draft: units.filter((u) => u.state === 'draft').length,
  notStarted: units.filter((u) => u.state === 'not_started').length,
  total: units.length,
});

/** Progress of a period per förvaltning and nämnd, over the units the viewer may see. */
export function summarizeStatus(org: OrgStructure, reports: FollowupReport[], visible: (unitId: string) => boolean): StatusSummary {
  const byUnit = new Map(reports.map((r) => [r.unit, r]));
  const groups = org.administrations.flatMap((admin): StatusGroup[] => {
    const units = org.units
      .filter((u) => u.administration === admin.id && visible(u.id))
      .map((unit) => {
        const report = byUnit.get(unit.id);
        return { unit, report, state: report?.state ?? ('not_started' as const) };
      });
    if (units.length === 0) return [];
    const body = org.bodies.find((b) => b.id === admin.body);
    return [{ body: { id: admin.body, name: body?.name ?? admin.body }, administration: { id: admin.id, name: admin.name }, counts: count(units), units }];
  });
  return { totals: count(groups.flatMap((g) => g.units)), groups };
}

/** Units that have not submitted (drafts and not started). */
export const missingUnits = (summary: StatusSummary): UnitStatus[] => summary.groups.flatMap((g) => g.units.filter((u) => u.state !== 'submitted'));
