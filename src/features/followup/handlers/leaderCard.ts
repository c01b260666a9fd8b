import { loadPeriod } from '../../../domain/followup/loadReportContext';
import { stateNames } from '../../../domain/followup/exportTables';
import { canSeeStatus, unitsLedBy } from '../../../domain/org/access';
import { formatDay } from '../../../domain/time/swedishTime';
import type { AdaptiveCardJson } from '../../../cards/renderCard';
import { renderFollowupPicker } from '../../../cards/followup/followupPicker';
import type { Turn } from '../../Turn';
import { authorizeReport } from './authorizeReport';
import { latestCard } from './followupViews';
import { kommunName, refusals } from './refusals';

export type CardOrText = { card: AdaptiveCardJson } | { text: string };

/** What `uppföljning` shows a chief: the form of their unit, or a picker when they lead several. */
export async function leaderCard(turn: Turn, period: string, year: number): Promise<CardOrText> {
  const { person, kommun } = turn.session;
  if (!person) return { text: refusals.unknownPerson(kommunName(turn)) };
  const units = [...new Set(unitsLedBy(person))];
  if (units.length === 0) {
    const hint = canSeeStatus(person) ? ` Skriv ”status” för att se hur enheterna ligger till, eller ”uppföljning <period> <år> <enhets-id>” för att öppna en enhets rapport.` : '';
    return { text: refusals.notLeader + hint };
  }
  if (units.length === 1) {
    const auth = await authorizeReport(turn, { period, year, unit: units[0] }, 'edit');
    return auth.ok ? { card: await latestCard(turn, auth.context) } : { text: auth.message };
  }
  const resolved = await loadPeriod(turn.deps.followup.deadlines, turn.deps.packs.get(kommun), period, year);
  const org = await turn.deps.org.getStructure(kommun);
  if (!resolved || !org) return { text: resolved ? refusals.noOrg : refusals.noSuchPeriod };
  const reports = new Map((await turn.deps.followup.reports.listPeriod(kommun, period, year)).map((r) => [r.unit, r]));
  return {
    card: renderFollowupPicker({
      title: `${resolved.name} ${year}`,
      deadline: `Lämnas senast ${formatDay(resolved.deadline)}`,
      units: units.map((id) => ({ unit: id, name: org.units.find((u) => u.id === id)?.name ?? id, state: stateNames[reports.get(id)?.state ?? 'not_started'] })),
      act: { period, year },
    }),
  };
}
