import { renderCard, type AdaptiveCardJson, type Notice } from '../../../kernel/cards/renderCard';
import { stateNames, type Counts, type StatusSummary } from '../../../kernel/forms/statusSummary';
import { daysBetween } from '../../../shared/days';
import { formatDay } from '../../../shared/swedishTime';
import type { ResolvedPeriod } from '../domain/periods';

/** Typed data of cards/followup/status.json. */
export interface StatusData {
  title: string;
  deadline: string;
  totals: string;
  notice: Notice | null;
  groups: {
    title: string;
    subtitle: string;
    counts: string;
    /** The progress bar: one coloured column per state, its width the state's share in percent. */
    bars: { width: number; style: 'good' | 'warning' | 'emphasis' }[];
    missing: { unit: string; name: string; state: string }[];
    more: string | null;
  }[];
  canRemind: boolean;
  /** Every unit on the card to pick one and open its report (left out for very large kommuner). */
  units: { title: string; value: string }[];
  late: boolean;
  act: { period: string; year: number };
}

/** Units in the picker at most (a longer list would not fit the card; larger kommuner type the unit's name). */
export const maxPicked = 150;

/** Missing units listed per förvaltning, and on the whole card (keeps a large kommun's card under 80 KB). */
export const maxMissingListed = 10;
export const maxMissingOnCard = 60;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 av 7 har lämnat in · 2 utkast · 2 ej påbörjade" */
export const describeCounts = (c: Counts): string =>
  `${c.submitted} av ${c.total} har lämnat in · ${plural(c.draft, 'utkast', 'utkast')} · ${plural(c.notStarted, 'ej påbörjad', 'ej påbörjade')}`;

function bars(c: Counts): StatusData['groups'][number]['bars'] {
  const share = (n: number) => (n === 0 ? 0 : Math.max(1, Math.round((n / c.total) * 100)));
  return [
    { width: share(c.submitted), style: 'good' as const },
    { width: share(c.draft), style: 'warning' as const },
    { width: share(c.notStarted), style: 'emphasis' as const },
  ].filter((b) => b.width > 0);
}

export interface StatusOptions {
  canRemind: boolean;
  notice?: Notice | null;
  /** YYYY-MM-DD in Sweden: after the deadline, what is missing is late. */
  today?: string;
}

/** Maps the status of a period onto the status card's data; past the deadline the missing units are late, not-started ones first. */
export function statusData(period: ResolvedPeriod, summary: StatusSummary, options: StatusOptions): StatusData {
  const missingTotal = summary.totals.total - summary.totals.submitted;
  const daysLate = options.today && options.today > period.deadline ? daysBetween(period.deadline, options.today) : 0;
  const lateText = daysLate ? `försenad ${daysLate === 1 ? '1 dag' : `${daysLate} dagar`}` : '';
  let budget = maxMissingOnCard;
  const allUnits = summary.groups.flatMap((g) => g.units);
  return {
    title: `${period.name} ${period.year}`,
    deadline: daysLate ? `Sista dag var ${formatDay(period.deadline)} – ${missingTotal ? `${missingTotal} ${missingTotal === 1 ? 'enhet är försenad' : 'enheter är försenade'}` : 'alla har lämnat in'}` : `Lämnas senast ${formatDay(period.deadline)}`,
    late: daysLate > 0 && missingTotal > 0,
    totals: `Totalt: ${describeCounts(summary.totals)}`,
    notice: options.notice ?? null,
    groups: summary.groups.map((g) => {
      const missing = g.units.filter((u) => u.state !== 'submitted').sort((a, b) => (a.state === b.state ? 0 : a.state === 'not_started' ? -1 : 1));
      const listed = Math.min(maxMissingListed, missing.length, budget);
      budget -= listed;
      return {
        title: g.administration.name,
        subtitle: g.body.name,
        counts: describeCounts(g.counts),
        bars: bars(g.counts),
        missing: missing.slice(0, listed).map((u) => ({ unit: u.unit.id, name: u.unit.name, state: [stateNames[u.state].toLowerCase(), lateText].filter(Boolean).join(', ') })),
        more: missing.length > listed ? `… och ${missing.length - listed} till (se exporten)` : null,
      };
    }),
    canRemind: options.canRemind && missingTotal > 0,
    units: allUnits.length <= maxPicked ? allUnits.map((u) => ({ title: `${u.unit.name} (${stateNames[u.state].toLowerCase()})`, value: u.unit.id })) : [],
    act: { period: period.id, year: period.year },
  };
}

export const statusCard = (period: ResolvedPeriod, summary: StatusSummary, options: StatusOptions): AdaptiveCardJson =>
  renderCard('followup/status', statusData(period, summary, options));
