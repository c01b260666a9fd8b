import type { Session } from '../../kernel/turn/Session';
import type { Need } from '../../kernel/org/access';
import { mayReport } from './domain/followupAccess';
import type { ReportRef } from './domain/FollowupReport';
import { loadReportContext, type ReportContext } from './domain/loadReportContext';
import { refusals } from './refusals';
import type { FollowupServices } from './services';

export type Authorized = { ok: true; context: ReportContext } | { ok: false; status: 403 | 404; message: string };

/**
 * Loads a report's context and checks the user's right to it: run on EVERY action, whatever
 * buttons the card showed, since card data can be replayed or forged.
 */
export async function authorizeReport(s: FollowupServices, session: Session, ref: ReportRef, need: Need): Promise<Authorized> {
  const { person, kommun } = session;
  if (!person) return { ok: false, status: 403, message: refusals.unknownPerson(s.packs.name(kommun)) };
  const loaded = await loadReportContext(s, s.packs.get(kommun), ref);
  if (!loaded.ok) {
    const message = loaded.missing === 'period' ? refusals.noSuchPeriod : loaded.missing === 'org' ? refusals.noOrg : refusals.noSuchUnit;
    return { ok: false, status: 404, message };
  }
  const { context } = loaded;
  if (!mayReport(person, need, context.org, ref.unit)) {
    return { ok: false, status: 403, message: need === 'edit' ? refusals.cannotEdit(context.unit.name) : refusals.cannotView(context.unit.name) };
  }
  return { ok: true, context };
}
