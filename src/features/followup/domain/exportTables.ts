import type { FieldDef } from '../../../kernel/forms/FieldDef';
import { stateNames, type StatusGroup } from '../../../kernel/forms/statusSummary';
import { lazyRows, type Cell, type Table } from '../../../kernel/export/Table';
import { formatDateTime } from '../../../shared/swedishTime';
import type { FollowupReport } from './FollowupReport';
import { allFields, type FormDefinition } from './formDefinition';

const goalKeys = (def: FormDefinition) => new Set(def.goals.flatMap((g) => [g.assessment, g.comment, ...g.indicators.flatMap((i) => [i.value, i.trend])]).map((f) => f.key));
const commonFields = (def: FormDefinition): FieldDef[] => allFields(def).filter((f) => !goalKeys(def).has(f.key));

/**
 * The answers of a period in two tables: "Enheter" (one row per unit, economy and the common
 * sections as columns) and "Svar" (one row per unit and question, goals and indicators included;
 * one bare row for a unit without answers), ready for CSV or Excel. The rows are made as they are
 * read (a large kommun's "Svar" has ~100,000), never all at once.
 */
export function exportTables(groups: StatusGroup<FollowupReport>[], definitionOf: (unitId: string) => FormDefinition | undefined): { units: Table; answers: Table } {
  const sample = groups.flatMap((g) => g.units).map((u) => definitionOf(u.unit.id)).find(Boolean);
  const common = sample ? commonFields(sample) : [];
  const meta = ['Nämnd', 'Förvaltning', 'Enhet', 'Status', 'Version', 'Senast ändrad', 'Ändrad av', 'Inlämnad', 'Inlämnad av'];
  function* unitRows(): Generator<Cell[]> {
    for (const group of groups) {
      for (const { unit, state, record: report } of group.units) {
        const a = report?.answers ?? {};
        yield [
          group.body.name, group.administration.name, unit.name, stateNames[state], report?.version ?? null,
          report ? formatDateTime(report.updatedAt) : null, report?.updatedByName ?? null,
          report?.submittedAt ? formatDateTime(report.submittedAt) : null, report?.submittedByName ?? null,
          ...common.map((f) => a[f.key] ?? null),
          report?.deviation?.amount ?? null, report?.deviation?.percent ?? null,
        ];
      }
    }
  }
  function* answerRows(): Generator<Cell[]> {
    for (const group of groups) {
      for (const { unit, state, record: report } of group.units) {
        const where = [group.body.name, group.administration.name, unit.name, stateNames[state]];
        const def = definitionOf(unit.id);
        if (!report || !def) {
          // Units without answers still get a row, so the CSV alone shows who has not reported.
          yield [...where, null, null, null, null];
          continue;
        }
        const a = report.answers;
        const row = (section: string, f: FieldDef): Cell[] => [...where, report.version, section, f.label, a[f.key] ?? null];
        for (const g of def.goals) {
          const section = `Mål: ${g.title} (${g.ownerName})`;
          yield row(section, g.assessment);
          yield row(section, g.comment);
          for (const i of g.indicators) for (const f of [i.value, i.trend]) yield row(section, f);
        }
        for (const f of common) yield row(sectionOf(f.key), f);
      }
    }
  }
  return {
    units: { name: 'Enheter', columns: [...meta, ...common.map((f) => f.label), 'Avvikelse (tkr)', 'Avvikelse (%)'], rows: lazyRows(unitRows) },
    answers: { name: 'Svar', columns: ['Nämnd', 'Förvaltning', 'Enhet', 'Status', 'Version', 'Avsnitt', 'Fråga', 'Svar'], rows: lazyRows(answerRows) },
  };
}

function sectionOf(key: string): string {
  if (key.startsWith('economy:')) return 'Ekonomi';
  if (key.startsWith('personnel:')) return 'Personal';
  if (key === 'quality') return 'Kvalitet';
  return 'Analys och åtgärder';
}
