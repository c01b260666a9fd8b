import { orgIndex } from '../org/OrgIndex';
import type { OrgStructure, Unit } from '../org/orgSchema';

/** A unit's form as status counts it: handed in, a draft, or nothing stored. */
export type UnitState = 'submitted' | 'draft' | 'not_started';

/** What a status needs of a stored form: whose it is and how far it got. */
export interface UnitRecord {
  unit: string;
  state: 'draft' | 'submitted';
}

export interface Counts {
  submitted: number;
  draft: number;
  notStarted: number;
  total: number;
}

export interface UnitStatus<R extends UnitRecord = UnitRecord> {
  unit: Unit;
  state: UnitState;
  record?: R;
}

/** One förvaltning (with its nämnd): how its units stand. */
export interface StatusGroup<R extends UnitRecord = UnitRecord> {
  body: { id: string; name: string };
  administration: { id: string; name: string };
  counts: Counts;
  units: UnitStatus<R>[];
}

export interface StatusSummary<R extends UnitRecord = UnitRecord> {
  totals: Counts;
  groups: StatusGroup<R>[];
}

/** The states in Swedish, as cards and exports show them. */
export const stateNames: Record<UnitState, string> = { submitted: 'Inlämnad', draft: 'Utkast', not_started: 'Ej påbörjad' };

/** How many units are in each state. */
export const countStates = (units: UnitStatus[]): Counts => ({
  submitted: units.filter((u) => u.state === 'submitted').length,
  draft: units.filter((u) => u.state === 'draft').length,
  notStarted: units.filter((u) => u.state === 'not_started').length,
  total: units.length,
});

/** Progress per förvaltning and nämnd over the units the viewer may see, from one read of the period's forms. */
export function summarizeStatus<R extends UnitRecord>(org: OrgStructure, records: R[], visible: (unitId: string) => boolean): StatusSummary<R> {
  const byUnit = new Map(records.map((r) => [r.unit, r]));
  const index = orgIndex(org);
  const unitsOf = new Map<string, Unit[]>();
  for (const u of org.units) {
    if (!visible(u.id)) continue;
    const list = unitsOf.get(u.administration);
    if (list) list.push(u);
    else unitsOf.set(u.administration, [u]);
  }
  const groups = org.administrations.flatMap((admin): StatusGroup<R>[] => {
    const units = (unitsOf.get(admin.id) ?? []).map((unit) => {
      const record = byUnit.get(unit.id);
      return { unit, record, state: record?.state ?? ('not_started' as const) };
    });
    if (units.length === 0) return [];
    const body = index.bodies.get(admin.body);
    return [{ body: { id: admin.body, name: body?.name ?? admin.body }, administration: { id: admin.id, name: admin.name }, counts: countStates(units), units }];
  });
  return { totals: countStates(groups.flatMap((g) => g.units)), groups };
}

/** Units that have not handed in (drafts and not started). */
export const missingUnits = <R extends UnitRecord>(summary: StatusSummary<R>): UnitStatus<R>[] =>
  summary.groups.flatMap((g) => g.units.filter((u) => u.state !== 'submitted'));
