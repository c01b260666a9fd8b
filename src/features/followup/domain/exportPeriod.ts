import { z } from 'zod';
import { defineExporter } from '../../../kernel/export/Exporter';
import { summarizeStatus } from '../../../kernel/forms/statusSummary';
import type { PackRegistry } from '../../../kernel/knowledge/PackRegistry';
import { canSeeStatus } from '../../../kernel/org/access';
import { orgIndex } from '../../../kernel/org/OrgIndex';
import type { OrgRepository } from '../../../kernel/org/OrgRepository';
import { idSchema } from '../../../shared/text';
import type { DeadlineRepository } from './DeadlineRepository';
import { exportTables } from './exportTables';
import { mayReport } from './followupAccess';
import type { FollowupRepository } from './FollowupRepository';
import { buildFormDefinition } from './formDefinition';
import { loadPeriod } from './loadReportContext';

/** What a follow-up export link names: a period and year, and optionally one nämnd. */
export const exportParams = z.object({ period: idSchema, year: z.number().int().min(2000).max(2100), body: idSchema.optional() });

/**
 * A period's answers as tables (one row per unit, one per answer), limited to the units the person may
 * view and to one nämnd if asked; checked again at every download. Four reads whatever the size.
 */
export function followupExporter(deps: { packs: PackRegistry; org: OrgRepository; reports: FollowupRepository; periodDeadlines: DeadlineRepository }) {
  return defineExporter({
    name: 'followup',
    params: exportParams,
    async produce(kommun, params, personId) {
      if (!deps.packs.has(kommun)) return { ok: false, reason: 'not_found' };
      const pack = deps.packs.get(kommun);
      const person = await deps.org.getPerson(kommun, personId);
      if (!canSeeStatus(person)) return { ok: false, reason: 'forbidden' };
      const [period, org, reports] = await Promise.all([
        loadPeriod(deps.periodDeadlines, pack, params.period, params.year),
        deps.org.getStructure(kommun),
        deps.reports.listPeriod(kommun, params.period, params.year),
      ]);
      if (!period || !org) return { ok: false, reason: 'not_found' };
      const index = orgIndex(org);
      const visible = (unitId: string) => mayReport(person, 'view', org, unitId) && (!params.body || index.bodyOfUnit(unitId) === params.body);
      const tables = exportTables(summarizeStatus(org, reports, visible).groups, (unitId) => buildFormDefinition(pack.followupForm, org, unitId));
      return {
        ok: true,
        title: `${period.name} ${params.year}`,
        fileName: ['uppfoljning', kommun, params.period, params.year, params.body].filter(Boolean).join('-'),
        csv: tables.answers,
        sheets: [tables.units, tables.answers],
      };
    },
  });
}
