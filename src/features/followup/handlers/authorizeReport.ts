import type { ReportRef } from '../../../domain/followup/FollowupReport';
import { loadReportContext, type ReportContext } from '../../../domain/followup/loadReportContext';
import { canEditUnit, canViewUnit } from '../../../domain/org/access';
import type { Turn } from '../../Turn';
import { kommunName, refusals } from './refusals';

export type Authorized = { ok: true; context: ReportContext } | { ok: false; status: 403 | 404; message: string };

/**
 * Loads a report's context and checks the user's right to it: run on EVERY action, whatever
 * buttons the card showed, since card data can be replayed or forged.
 */
export async function authorizeReport(turn: Turn, ref: ReportRef, need: 'view' | 'edit'): Promise<Authorized> {
  const { person, kommun } = turn.session;
  if (!person) return { ok: false, status: 403, message: refusals.unknownPerson(kommunName(turn)) };
  const loaded = await loadReportContext({ org: turn.deps.org, deadlines: turn.deps.followup.deadlines }, turn.deps.packs.get(kommun), ref);
  if (!loaded.ok) {
    const message = loaded.missing === 'period' ? refusals.noSuchPeriod : loaded.missing === 'org' ? refusals.noOrg : refusals.noSuchUnit;
    return { ok: false, status: 404, message };
  }
  const { context } = loaded;
  const allowed = need === 'edit' ? canEditUnit(person, ref.unit) : canViewUnit(person, context.org, ref.unit);
  if (!allowed) {
    return { ok: false, status: 403, message: need === 'edit' ? refusals.cannotEdit(context.unit.name) : refusals.cannotView(context.unit.name) };
  }
  return { ok: true, context };
}
