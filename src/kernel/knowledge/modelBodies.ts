import type { Body } from './packSchema';
import type { OrgBody } from '../org/orgSchema';
import { foldName } from '../../shared/text';

/**
 * Which organisation bodies a body of the governance model means. By name first: same id, same name,
 * or the model's abbreviation ("KF") as the organisation's id or name. Then by kind: when the model
 * has one body of a kind left ("Nämnderna", kind nämnd), it means every organisation body of that kind
 * that no other model body named.
 */
export function modelBodies(model: Body[], org: OrgBody[]): Map<string, string[]> {
  const named = new Map<string, string[]>();
  const taken = new Set<string>();
  for (const m of model) {
    const names = new Set([m.id, m.name, ...m.abbreviations].map(foldName));
    const hits = org.filter((o) => names.has(foldName(o.id)) || names.has(foldName(o.name)));
    if (hits.length) {
      named.set(m.id, hits.map((o) => o.id));
      hits.forEach((o) => taken.add(o.id));
    }
  }
  const left = model.filter((m) => !named.has(m.id));
  for (const m of left) {
    if (left.filter((x) => x.kind === m.kind).length !== 1) continue;
    const hits = org.filter((o) => o.kind === m.kind && !taken.has(o.id));
    if (hits.length) named.set(m.id, hits.map((o) => o.id));
  }
  return named;
}
