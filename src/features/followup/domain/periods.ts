import type { Period } from '../../../kernel/knowledge/packSchema';
import { foldName } from '../../../shared/text';

/** A period of the pack made concrete for one year: as-of date and the units' deadline. */
export interface ResolvedPeriod {
  id: string;
  name: string;
  year: number;
  /** YYYY-MM-DD */
  asOf: string;
  /** YYYY-MM-DD: the admin's override for the year, else the pack's default. */
  deadline: string;
  deadlineOverridden: boolean;
}

/** The period named by id, name or alias (case and diacritics folded), if any. */
export function findPeriod(periods: Period[], text: string): Period | undefined {
  const wanted = foldName(text);
  return periods.find((p) => [p.id, p.name, ...p.aliases].some((n) => foldName(n) === wanted));
}

/** The pack's default deadline of a period in a year (the next year for year-end reports). */
export const defaultDeadline = (period: Period, year: number): string =>
  `${period.deadlineNextYear ? year + 1 : year}-${period.unitDeadline}`;

/** The period for a year, with the deadline override when an admin set one. */
export function resolvePeriod(period: Period, year: number, override?: string): ResolvedPeriod {
  return {
    id: period.id,
    name: period.name,
    year,
    asOf: `${year}-${period.asOf}`,
    deadline: override ?? defaultDeadline(period, year),
    deadlineOverridden: override !== undefined,
  };
}

/** Which year a period means when none is given: the one whose deadline is still ahead (or today), else this year. */
export function yearFor(period: Period, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  return [thisYear - 1, thisYear].find((y) => defaultDeadline(period, y) >= today) ?? thisYear;
}

/** The period most likely meant today: the one with the nearest deadline that has not passed. */
export function currentPeriod(periods: Period[], today: string): { period: Period; year: number } | undefined {
  const thisYear = Number(today.slice(0, 4));
  const candidates = periods.flatMap((period) => [thisYear - 1, thisYear, thisYear + 1].map((year) => ({ period, year, deadline: defaultDeadline(period, year) })));
  const ahead = candidates.filter((c) => c.deadline >= today).sort((a, b) => a.deadline.localeCompare(b.deadline));
  return ahead[0] && { period: ahead[0].period, year: ahead[0].year };
}

export type PeriodArgs =
  | { ok: true; period: Period; year: number; rest: string }
  | { ok: false; reason: 'unknown_period' | 'no_periods'; text: string };

/**
 * Reads "[period] [år] [rest]" as typed after a command: the period by its longest matching name
 * (names may have several words), the year as four digits; both optional (see currentPeriod, yearFor).
 */
export function parsePeriodArgs(periods: Period[], args: string, today: string): PeriodArgs {
  const tokens = args.trim().split(/\s+/).filter(Boolean);
  const yearAt = tokens.findIndex((t) => /^20\d{2}$/.test(t));
  const before = yearAt >= 0 ? tokens.slice(0, yearAt) : tokens;
  const after = yearAt >= 0 ? tokens.slice(yearAt + 1) : [];
  const year = yearAt >= 0 ? Number(tokens[yearAt]) : undefined;
  if (before.length === 0) {
    const current = currentPeriod(periods, today);
    if (!current) return { ok: false, reason: 'no_periods', text: '' };
    return { ok: true, period: current.period, year: year ?? current.year, rest: after.join(' ') };
  }
  for (let n = before.length; n > 0; n--) {
    const period = findPeriod(periods, before.slice(0, n).join(' '));
    if (period) return { ok: true, period, year: year ?? yearFor(period, today), rest: [...before.slice(n), ...after].join(' ') };
  }
  return { ok: false, reason: periods.length ? 'unknown_period' : 'no_periods', text: before.join(' ') };
}
