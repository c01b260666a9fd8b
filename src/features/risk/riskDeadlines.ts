import type { DeadlineDraft, DeadlineSource } from '../../kernel/deadlines/Deadline';
import type { ReportAddendum } from '../../kernel/forms/ReportAddendum';
import { inert } from '../../shared/text';
import { lightMark } from './domain/ControlRecord';
import { ownerOf, type RiskOwner } from './domain/RiskOwner';
import type { RiskServices } from './services';

/** Who is reminded of an owner's risk work: the förvaltningschefer under it and the body's secretaries. */
async function editors(s: RiskServices, kommun: string, owner: RiskOwner): Promise<string[]> {
  const people = await s.org.listPeople(kommun);
  return people.filter((p) => p.roles.some((r) => (r.role === 'forvaltningschef' && owner.administrations.includes(r.administration)) || (r.role === 'secretary' && r.body === owner.body))).map((p) => p.id);
}

/**
 * The risk work's deadlines: each nämnd's risk analysis and plan proposal on the days the kommun's
 * annual cycle gives (none when it gives none), and each decided plan's control follow-up at every
 * follow-up period's deadline, done once it is handed in.
 */
export function riskDeadlineSource(s: RiskServices): DeadlineSource {
  return {
    name: 'risk',
    async deadlines(kommun, year) {
      const [org, pack] = [await s.org.getStructure(kommun), s.packs.has(kommun) ? s.packs.get(kommun) : undefined];
      if (!org || !pack) return [];
      const scale = pack.riskScale;
      const drafts: DeadlineDraft[] = [];
      for (const body of org.bodies.filter((b) => b.kind === 'namnd' || b.kind === 'styrelse')) {
        const owner = ownerOf(org, `b-${body.id}`)!;
        const ids = await editors(s, kommun, owner);
        if (!ids.length) continue;
        const common = { year, assignees: [{ kind: 'people' as const, ids }], escalate: false, reference: scale.source, next: { title: 'Öppna riskanalysen', verb: 'risk.matrix', data: { owner: owner.key, year: year + 1 } } };
        if (scale.analysisDue) drafts.push({ ...common, key: `analysis:${owner.key}:${year}`, kind: 'task', title: `Risk- och väsentlighetsanalys inför ${year + 1}: ${body.name}`, due: `${year}-${scale.analysisDue}`, why: 'Analysen är underlag till nästa års internkontrollplan.' });
        if (scale.planProposalDue) drafts.push({ ...common, key: `proposal:${owner.key}:${year}`, kind: 'task', title: `Förslag till internkontrollplan ${year + 1}: ${body.name}`, due: `${year}-${scale.planProposalDue}`, why: 'Förslaget ska beredas innan nämnden beslutar planen.', next: { title: 'Öppna planen', verb: 'riskplan.show', data: { owner: owner.key, year: year + 1 } } });
      }
      const decided = (await s.repo.plans.find(kommun, { kind: 'riskplan', year, state: 'submitted' })).map((v) => v.doc);
      for (const plan of decided) {
        const owner = ownerOf(org, plan.owner);
        if (!owner) continue;
        const ids = await editors(s, kommun, owner);
        for (const period of pack.periods) {
          const due = `${period.deadlineNextYear ? year + 1 : year}-${period.unitDeadline}`;
          if (!ids.length) continue;
          drafts.push({ key: `control:${plan.owner}:${year}:${period.id}`, kind: 'report', title: `Följ upp internkontrollen: ${period.name} ${year}, ${owner.name}`, due, year, assignees: [{ kind: 'people', ids }], escalate: false, why: 'Kontrollerna i den beslutade internkontrollplanen följs upp vid varje uppföljning.', next: { title: 'Följ upp', verb: 'control.open', data: { owner: plan.owner, year, period: period.id } } });
        }
      }
      return drafts;
    },
    async completed(kommun, deadlines) {
      const done = new Map<string, Set<string>>();
      for (const d of deadlines.filter((x) => x.id.startsWith('risk:control:'))) {
        const [, , owner, year, period] = d.id.split(':');
        const record = await s.repo.controls.get(kommun, `control:${owner}:${year}:${period}`);
        if (record?.doc.state === 'submitted') done.set(d.id, new Set(d.assignees.flatMap((a) => (a.kind === 'people' ? a.ids.map((id) => `person:${id}`) : []))));
      }
      return done;
    },
  };
}

/** The unit's internal-control results of a period, shown in its follow-up report. */
export function controlAddendum(s: RiskServices): ReportAddendum {
  return {
    form: 'followup',
    async section(kommun, ref) {
      const records = (await s.repo.controls.find(kommun, { kind: 'control', year: ref.year, period: ref.period })).map((v) => v.doc);
      const lines = records.flatMap((r) => r.results.filter((x) => x.unit === ref.unit && x.light).map((x) => ({ title: inert(x.activity ?? x.title), value: `${lightMark[x.light!] ?? ''} ${x.light} – ${x.outcome ?? ''}${x.description ? `: ${inert(x.description)}` : ''}${r.state === 'submitted' ? '' : ' (utkast)'}` })));
      return lines.length ? { title: 'Intern kontroll', lines } : undefined;
    },
  };
}
