import type { DeadlineSource } from '../../../kernel/deadlines/Deadline';
import type { PackRegistry } from '../../../kernel/knowledge/PackRegistry';
import type { OrgRepository } from '../../../kernel/org/OrgRepository';
import type { DeadlineRepository } from './DeadlineRepository';
import type { FollowupRepository } from './FollowupRepository';
import { resolvePeriod } from './periods';

/**
 * The follow-up periods as deadlines: every unit of the organisation must submit each period of the
 * pack by its deadline (the admin's override when set); a unit that submitted is done.
 */
export function followupDeadlineSource(deps: { packs: PackRegistry; org: OrgRepository; reports: FollowupRepository; periodDeadlines: DeadlineRepository }): DeadlineSource {
  return {
    name: 'followup',
    async deadlines(kommun, year) {
      if (!deps.packs.has(kommun)) return [];
      const structure = await deps.org.getStructure(kommun);
      if (!structure?.units.length) return [];
      const pack = deps.packs.get(kommun);
      return Promise.all(
        pack.periods.map(async (p) => {
          const period = resolvePeriod(p, year, await deps.periodDeadlines.get(kommun, p.id, year));
          return {
            key: `${p.id}:${year}`,
            kind: 'report' as const,
            title: `Lämna in ${period.name} ${year}`,
            due: period.deadline,
            year,
            assignees: structure.units.map((u) => ({ kind: 'unit' as const, id: u.id })),
            why: p.description,
            reference: p.source,
            next: { title: 'Öppna formuläret', verb: 'followup.open', data: { period: p.id, year } },
            escalate: true,
          };
        }),
      );
    },
    async completed(kommun, deadlines) {
      const done = new Map<string, Set<string>>();
      for (const d of deadlines.filter((x) => x.source === 'followup')) {
        const [period, year] = d.id.split(':').slice(1);
        const reports = await deps.reports.listPeriod(kommun, period, Number(year));
        done.set(d.id, new Set(reports.filter((r) => r.state === 'submitted').map((r) => `unit:${r.unit}`)));
      }
      return done;
    },
  };
}
