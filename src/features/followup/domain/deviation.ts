import type { Deviation } from './FollowupReport';
import { formatNumber } from '../../../shared/numbers';

/**
 * The budget deviation as Swedish kommuner report it for a nämnd's net cost: budget minus full-year
 * forecast, so a positive amount is a surplus (överskott) and a negative one a deficit (underskott).
 * An explanation is required when its size is past the kommun's threshold (percent of the budget);
 * with a zero budget any deviation needs one. Null until both budget and forecast are given.
 */
export function computeDeviation(budget: number | undefined, forecast: number | undefined, thresholdPercent: number): Deviation | null {
  if (budget === undefined || forecast === undefined) return null;
  const amount = budget - forecast;
  const percent = budget === 0 ? null : (amount / Math.abs(budget)) * 100;
  const exceedsThreshold = percent === null ? amount !== 0 : Math.abs(percent) > thresholdPercent;
  return { amount: round(amount, 1), percent: percent === null ? null : round(percent, 1), exceedsThreshold };
}

/** "+1 200 tkr (2,4 %), överskott" */
export function describeDeviation(d: Deviation): string {
  const sign = d.amount > 0 ? '+' : '';
  const percent = d.percent === null ? '' : ` (${sign}${formatNumber(d.percent)} %)`;
  const kind = d.amount > 0 ? ', överskott' : d.amount < 0 ? ', underskott' : '';
  return `${sign}${formatNumber(d.amount)} tkr${percent}${kind}`;
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
