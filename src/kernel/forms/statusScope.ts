import { countStates, type Counts, type StatusGroup, type StatusSummary, type UnitRecord } from './statusSummary';

/** Part of a status: one nämnd, or one förvaltning; neither means everything the viewer may see. */
export interface StatusScope {
  body?: string;
  administration?: string;
}

/** The status narrowed to a nämnd or förvaltning, with its totals counted again. */
export function scopeSummary<R extends UnitRecord>(summary: StatusSummary<R>, scope: StatusScope): StatusSummary<R> {
  if (!scope.body && !scope.administration) return summary;
  const groups = summary.groups.filter((g) => (!scope.body || g.body.id === scope.body) && (!scope.administration || g.administration.id === scope.administration));
  return { totals: countStates(groups.flatMap((g) => g.units)), groups };
}

/** One nämnd's progress over all its förvaltningar. */
export interface BodyStatus {
  body: { id: string; name: string };
  administrations: number;
  counts: Counts;
}

/** Progress per nämnd, in the order the förvaltningar come. */
export function statusByBody<R extends UnitRecord>(groups: StatusGroup<R>[]): BodyStatus[] {
  const byBody = new Map<string, StatusGroup<R>[]>();
  for (const g of groups) byBody.set(g.body.id, [...(byBody.get(g.body.id) ?? []), g]);
  return [...byBody.values()].map((gs) => ({ body: gs[0].body, administrations: gs.length, counts: countStates(gs.flatMap((g) => g.units)) }));
}

/** One page of a list: the items, which page (1-based, kept within the pages there are) and of how many. */
export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown. */
  from: number;
  to: number;
  total: number;
}

export function pageOf<T>(items: T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const shown = items.slice((at - 1) * size, at * size);
  return { items: shown, page: at, pages, from: shown.length ? (at - 1) * size + 1 : 0, to: (at - 1) * size + shown.length, total: items.length };
}
