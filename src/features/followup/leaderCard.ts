import { latestCard } from '../../kernel/forms/formActions';
import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { stateNames } from '../../kernel/forms/statusSummary';
import { canSeeStatus, unitsLedBy } from '../../kernel/org/access';
import { orgIndex } from '../../kernel/org/OrgIndex';
import type { Session } from '../../kernel/turn/Session';
import type { Reply } from '../../kernel/turn/Turn';
import { formatDay } from '../../shared/swedishTime';
import { authorizeReport } from './authorizeReport';
import { pickerCard } from './cards/smallCards';
import { statusReply } from './statusReply';
import type { FollowupReport, ReportRef } from './domain/FollowupReport';
import { loadPeriod, type ReportContext } from './domain/loadReportContext';
import { refusals } from './refusals';
import type { FollowupServices } from './services';

/** What `uppföljning` shows a chief: the form of their unit, or a picker when they lead several. */
export async function leaderCard(s: FollowupServices, workflow: FormWorkflow<ReportRef, ReportContext, FollowupReport>, session: Session, period: string, year: number): Promise<Reply> {
  const { person, kommun } = session;
  if (!person) return refusals.unknownPerson(s.packs.name(kommun));
  const units = unitsLedBy(person);
  if (units.length === 0) {
    // Those who follow the units (secretaries, förvaltningschefer, board members) pick one in the status card.
    if (canSeeStatus(person)) return statusReply(s, session, period, year, { text: 'Du är inte chef för någon enhet. Välj en enhet i listan för att öppna dess rapport.', color: 'Accent' });
    return refusals.notLeader;
  }
  if (units.length === 1) {
    const auth = await authorizeReport(s, session, { period, year, unit: units[0] }, 'edit');
    return auth.ok ? { card: await latestCard(workflow, session, auth.context) } : auth.message;
  }
  const [resolved, org, reports] = await Promise.all([
    loadPeriod(s.periodDeadlines, s.packs.get(kommun), period, year),
    s.org.getStructure(kommun),
    s.reports.listPeriod(kommun, period, year),
  ]);
  if (!resolved || !org) return resolved ? refusals.noOrg : refusals.noSuchPeriod;
  const byUnit = new Map(reports.map((r) => [r.unit, r]));
  const index = orgIndex(org);
  return {
    card: pickerCard({
      title: `${resolved.name} ${year}`,
      deadline: `Lämnas senast ${formatDay(resolved.deadline)}`,
      units: units.map((id) => ({ unit: id, name: index.units.get(id)?.name ?? id, state: stateNames[byUnit.get(id)?.state ?? 'not_started'] })),
      act: { period, year },
    }),
  };
}
