import { renderCard, type AdaptiveCardJson, type Notice } from '../../../kernel/cards/renderCard';
import { stateNames, type Counts, type StatusSummary, type UnitStatus } from '../../../kernel/forms/statusSummary';
import { pageOf, scopeSummary, statusByBody, type StatusScope } from '../../../kernel/forms/statusScope';
import { daysBetween } from '../../../shared/days';
import { formatDay } from '../../../shared/swedishTime';
import type { ResolvedPeriod } from '../domain/periods';

/** What a status card's buttons send back: the period, and the part and page of the status shown. */
export interface StatusRef extends StatusScope {
  period: string;
  year: number;
  page?: number;
}

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
    /** "Visa": the card narrowed to this nämnd or förvaltning (large kommuner). */
    drill: StatusRef | null;
  }[];
  /** Large kommuner: the missing units one page at a time, with Föregående/Nästa. */
  page: { text: string; missing: { unit: string; name: string; state: string }[]; prev: StatusRef | null; next: StatusRef | null } | null;
  /** Large kommuner: how to reach a unit that is not on this page. */
  hint: string | null;
  canRemind: boolean;
  /** Every unit on the card to pick one and open its report (only when the part shown is small enough). */
  units: { title: string; value: string }[];
  late: boolean;
  act: { period: string; year: number };
  /** Uppdatera keeps the part and page; Påminn reminds the part; Exportera exports its nämnd. */
  refresh: StatusRef;
  remind: StatusRef;
  exportRef: { period: string; year: number; body?: string };
  /** Back from a nämnd or förvaltning to the whole (or to the nämnd). */
  up: { title: string; data: StatusRef } | null;
}

/** Units in the picker at most; above it the card shows summaries and pages (a 2,000-unit kommun's card stays small). */
export const maxPicked = 150;

/** Missing units listed per förvaltning, and on the whole card, when the card lists every förvaltning's. */
export const maxMissingListed = 10;
export const maxMissingOnCard = 60;

/** Missing units on one page of a large kommun's card. */
export const missingPerPage = 20;

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
  /** The nämnd or förvaltning and the page to show; the whole status, page 1, when absent. */
  view?: StatusScope & { page?: number };
}

/** Not started before drafts, otherwise in the organisation's order. */
const missingOf = (units: UnitStatus[]) => units.filter((u) => u.state !== 'submitted').sort((a, b) => (a.state === b.state ? 0 : a.state === 'not_started' ? -1 : 1));

/**
 * Maps the status of a period onto the status card's data; past the deadline the missing units are late,
 * not-started ones first. Up to `maxPicked` units the card lists every förvaltning with its missing units
 * and a unit picker; above it, one summary row per nämnd (or förvaltning) with "Visa", and the missing
 * units a page at a time.
 */
export function statusData(period: ResolvedPeriod, whole: StatusSummary, options: StatusOptions): StatusData {
  const view = options.view ?? {};
  const scope: StatusScope = { body: view.body, administration: view.administration };
  const summary = scopeSummary(whole, scope);
  const ref = { period: period.id, year: period.year };
  const scopeRef: StatusRef = { ...ref, ...(scope.body ? { body: scope.body } : {}), ...(scope.administration ? { administration: scope.administration } : {}) };
  const missingTotal = summary.totals.total - summary.totals.submitted;
  const daysLate = options.today && options.today > period.deadline ? daysBetween(period.deadline, options.today) : 0;
  const lateText = daysLate ? `försenad ${daysLate === 1 ? '1 dag' : `${daysLate} dagar`}` : '';
  const stateOf = (u: UnitStatus) => [stateNames[u.state].toLowerCase(), lateText].filter(Boolean).join(', ');
  const allUnits = summary.groups.flatMap((g) => g.units);
  const large = allUnits.length > maxPicked;
  const first = summary.groups[0];
  const scopeName = scope.administration ? first?.administration.name : scope.body ? first?.body.name : undefined;
  const page = large ? pageOf(missingOf(allUnits), view.page ?? 1, missingPerPage) : undefined;
  const where = new Map(summary.groups.flatMap((g) => g.units.map((u) => [u.unit.id, g.administration.name] as const)));
  return {
    title: `${period.name} ${period.year}${scopeName ? ` – ${scopeName}` : ''}`,
    deadline: daysLate ? `Sista dag var ${formatDay(period.deadline)} – ${missingTotal ? `${missingTotal} ${missingTotal === 1 ? 'enhet är försenad' : 'enheter är försenade'}` : 'alla har lämnat in'}` : `Lämnas senast ${formatDay(period.deadline)}`,
    late: daysLate > 0 && missingTotal > 0,
    totals: `Totalt: ${describeCounts(summary.totals)}`,
    notice: options.notice ?? null,
    groups: large ? summaryRows(summary, scope, ref) : listedGroups(summary, stateOf),
    page: page ? {
      text: page.total ? `Saknas ${page.from}–${page.to} av ${page.total}${page.pages > 1 ? ` (sida ${page.page} av ${page.pages})` : ''}:` : 'Alla har lämnat in.',
      missing: page.items.map((u) => ({ unit: u.unit.id, name: `${u.unit.name} – ${where.get(u.unit.id)}`, state: stateOf(u) })),
      prev: page.page > 1 ? { ...scopeRef, page: page.page - 1 } : null,
      next: page.page < page.pages ? { ...scopeRef, page: page.page + 1 } : null,
    } : null,
    hint: large ? 'Tryck Visa för att se en nämnd eller förvaltning och välja bland dess enheter, eller skriv ”uppföljning” följt av enhetens namn.' : null,
    canRemind: options.canRemind && missingTotal > 0,
    units: large ? [] : allUnits.map((u) => ({ title: `${u.unit.name} (${stateNames[u.state].toLowerCase()})`, value: u.unit.id })),
    act: ref,
    refresh: page && page.page > 1 ? { ...scopeRef, page: page.page } : scopeRef,
    remind: scopeRef,
    exportRef: first && (scope.body || scope.administration) ? { ...ref, body: first.body.id } : ref,
    up: scope.administration && first ? { title: `Tillbaka till ${first.body.name}`, data: { ...ref, body: first.body.id } } : scope.body ? { title: 'Tillbaka till hela kommunen', data: ref } : null,
  };
}

/** Every förvaltning with its missing units (at most `maxMissingListed` each, `maxMissingOnCard` in all). */
function listedGroups(summary: StatusSummary, stateOf: (u: UnitStatus) => string): StatusData['groups'] {
  let budget = maxMissingOnCard;
  return summary.groups.map((g) => {
    const missing = missingOf(g.units);
    const listed = Math.min(maxMissingListed, missing.length, budget);
    budget -= listed;
    return {
      title: g.administration.name,
      subtitle: g.body.name,
      counts: describeCounts(g.counts),
      bars: bars(g.counts),
      missing: missing.slice(0, listed).map((u) => ({ unit: u.unit.id, name: u.unit.name, state: stateOf(u) })),
      more: missing.length > listed ? `… och ${missing.length - listed} till (se exporten)` : null,
      drill: null,
    };
  });
}

/** One row per nämnd (the whole kommun) or per förvaltning (one nämnd), each with "Visa". */
function summaryRows(summary: StatusSummary, scope: StatusScope, ref: { period: string; year: number }): StatusData['groups'] {
  const bodies = statusByBody(summary.groups);
  if (!scope.body && !scope.administration && bodies.length > 1) {
    return bodies.map((b) => ({
      title: b.body.name, subtitle: plural(b.administrations, 'förvaltning', 'förvaltningar'), counts: describeCounts(b.counts), bars: bars(b.counts), missing: [], more: null, drill: { ...ref, body: b.body.id },
    }));
  }
  return summary.groups.map((g) => ({
    title: g.administration.name, subtitle: g.body.name, counts: describeCounts(g.counts), bars: bars(g.counts), missing: [], more: null,
    drill: scope.administration ? null : { ...ref, administration: g.administration.id },
  }));
}

export const statusCard = (period: ResolvedPeriod, summary: StatusSummary, options: StatusOptions): AdaptiveCardJson =>
  renderCard('followup/status', statusData(period, summary, options));
