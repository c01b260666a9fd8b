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
  // The other features' sections are read beside the context, not after it.
  const [loaded, addenda] = await Promise.all([loadReportContext(s, s.packs.get(kommun), ref), addendaOf(s, kommun, ref)]);
  if (!loaded.ok) {
    const message = loaded.missing === 'period' ? refusals.noSuchPeriod : loaded.missing === 'org' ? refusals.noOrg : refusals.noSuchUnit;
    return { ok: false, status: 404, message };
  }
  const { context } = loaded;
  if (!mayReport(person, need, context.org, ref.unit)) {
    return { ok: false, status: 403, message: need === 'edit' ? refusals.cannotEdit(context.unit.name) : refusals.cannotView(context.unit.name) };
  }
  return { ok: true, context: { ...context, addenda } };
}

/** Other features' sections for this report; one that fails is left out (logged), never the report. */
async function addendaOf(s: FollowupServices, kommun: string, ref: ReportRef): Promise<ReportContext['addenda']> {
  const sections = await Promise.all(
    s.reportAddenda('followup').map((a) =>
      a.section(kommun, ref).catch((e) => {
        s.logger.warn({ event: 'addendum_failed', err: { name: (e as Error).name } }, 'a section of another feature could not be read');
        return undefined;
      }),
    ),
  );
  return sections.filter((x): x is NonNullable<typeof x> => Boolean(x));
}
