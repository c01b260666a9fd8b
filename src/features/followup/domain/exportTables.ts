import type { FieldDef } from '../../../kernel/forms/FieldDef';
import { stateNames, type StatusGroup } from '../../../kernel/forms/statusSummary';
import type { Table } from '../../../kernel/export/Table';
import { formatDateTime } from '../../../shared/swedishTime';
import type { FollowupReport } from './FollowupReport';
import { allFields, type FormDefinition } from './formDefinition';

const goalKeys = (def: FormDefinition) => new Set(def.goals.flatMap((g) => [g.assessment, g.comment, ...g.indicators.flatMap((i) => [i.value, i.trend])]).map((f) => f.key));
const commonFields = (def: FormDefinition): FieldDef[] => allFields(def).filter((f) => !goalKeys(def).has(f.key));

/**
 * The answers of a period in two tables: "Enheter" (one row per unit, economy and the common
 * sections as columns) and "Svar" (one row per unit and question, goals and indicators included;
 * one bare row for a unit without answers), ready for CSV or Excel.
 */
export function exportTables(groups: StatusGroup<FollowupReport>[], definitionOf: (unitId: string) => FormDefinition | undefined): { units: Table; answers: Table } {
  const sample = groups.flatMap((g) => g.units).map((u) => definitionOf(u.unit.id)).find(Boolean);
  const common = sample ? commonFields(sample) : [];
  const meta = ['Nämnd', 'Förvaltning', 'Enhet', 'Status', 'Version', 'Senast ändrad', 'Ändrad av', 'Inlämnad', 'Inlämnad av'];
  const units: Table = { name: 'Enheter', columns: [...meta, ...common.map((f) => f.label), 'Avvikelse (tkr)', 'Avvikelse (%)'], rows: [] };
  const answers: Table = { name: 'Svar', columns: ['Nämnd', 'Förvaltning', 'Enhet', 'Status', 'Version', 'Avsnitt', 'Fråga', 'Svar'], rows: [] };
  for (const group of groups) {
    for (const { unit, state, record: report } of group.units) {
      const where = [group.body.name, group.administration.name, unit.name];
      const a = report?.answers ?? {};
      units.rows.push([
        ...where, stateNames[state], report?.version ?? null,
        report ? formatDateTime(report.updatedAt) : null, report?.updatedByName ?? null,
        report?.submittedAt ? formatDateTime(report.submittedAt) : null, report?.submittedByName ?? null,
        ...common.map((f) => a[f.key] ?? null),
        report?.deviation?.amount ?? null, report?.deviation?.percent ?? null,
      ]);
      const def = definitionOf(unit.id);
      if (!report || !def) {
        // Units without answers still get a row, so the CSV alone shows who has not reported.
        answers.rows.push([...where, stateNames[state], null, null, null, null]);
        continue;
      }
      const row = (section: string, f: FieldDef) => answers.rows.push([...where, stateNames[state], report.version, section, f.label, a[f.key] ?? null]);
      for (const g of def.goals) {
        const section = `Mål: ${g.title} (${g.ownerName})`;
        row(section, g.assessment);
        row(section, g.comment);
        for (const i of g.indicators) [i.value, i.trend].forEach((f) => row(section, f));
      }
      for (const f of common) row(sectionOf(f.key), f);
    }
  }
  return { units, answers };
}

function sectionOf(key: string): string {
  if (key.startsWith('economy:')) return 'Ekonomi';
  if (key.startsWith('personnel:')) return 'Personal';
  if (key === 'quality') return 'Kvalitet';
  return 'Analys och åtgärder';
}
