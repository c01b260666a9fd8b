import type { Versioned } from '../../../store/Collection';
import type { FollowupReport } from '../../../domain/followup/FollowupReport';
import type { ReportContext } from '../../../domain/followup/loadReportContext';
import { canEditUnit, canViewUnit } from '../../../domain/org/access';
import type { AdaptiveCardJson } from '../../../cards/renderCard';
import { renderFollowupForm, type Notice } from '../../../cards/followup/followupForm';
import { followupFormView, valuesOf } from '../../../cards/followup/followupFormView';
import { renderFollowupReceipt } from '../../../cards/followup/followupReceipt';
import { followupReceiptView } from '../../../cards/followup/followupReceiptView';
import type { Turn } from '../../Turn';

/** Teams shows a refreshed card to at most 60 listed users. */
const maxRefreshUsers = 60;

/**
 * Teams user ids for the card's `refresh.userIds`: the user at hand, then the unit's editors, then its
 * viewers, as far as they have a personal chat with the bot (its stored reference holds their id).
 */
export async function refreshUserIds(turn: Turn, context: ReportContext): Promise<string[]> {
  const { kommun } = turn.session;
  const people = await turn.deps.org.listPeople(kommun);
  const editors = people.filter((p) => canEditUnit(p, context.unit.id));
  const viewers = people.filter((p) => !canEditUnit(p, context.unit.id) && canViewUnit(p, context.org, context.unit.id));
  const ids = new Set([turn.session.userId]);
  for (const person of [...editors, ...viewers]) {
    if (ids.size >= maxRefreshUsers) break;
    if (!person.aadObjectId) continue;
    const ref = await turn.deps.followup.refs.get(kommun, `user:${person.aadObjectId}`);
    const userId = (ref?.reference.user as { id?: string } | undefined)?.id;
    if (userId) ids.add(userId);
  }
  return [...ids];
}

/** The form filled with a stored version (or empty), refreshing for everyone who may see it. */
export async function storedForm(turn: Turn, context: ReportContext, stored: Versioned<FollowupReport> | undefined, notice: Notice | null = null): Promise<AdaptiveCardJson> {
  return renderFollowupForm(
    followupFormView({
      context,
      values: valuesOf(stored?.doc.answers ?? {}),
      stored: stored && { report: stored.doc, etag: stored.etag },
      deviation: stored?.doc.deviation ?? null,
      notice,
      refreshUserIds: await refreshUserIds(turn, context),
    }),
  );
}

/** The receipt / read-only view of the stored version. */
export async function receipt(turn: Turn, context: ReportContext, stored: FollowupReport | undefined, notice: Notice | null = null): Promise<AdaptiveCardJson> {
  const canEdit = canEditUnit(turn.session.person, context.unit.id);
  return renderFollowupReceipt(followupReceiptView({ context, report: stored, canEdit, notice, refreshUserIds: await refreshUserIds(turn, context) }));
}

/**
 * The latest card for this user: editors get the form while the report is not submitted and the
 * receipt (with "Ändra") after; those who may only view get the read-only view.
 */
export async function latestCard(turn: Turn, context: ReportContext, notice: Notice | null = null): Promise<AdaptiveCardJson> {
  const stored = await turn.deps.followup.reports.get(context.kommun, context.ref);
  if (canEditUnit(turn.session.person, context.unit.id) && stored?.doc.state !== 'submitted') return storedForm(turn, context, stored, notice);
  return receipt(turn, context, stored?.doc, notice);
}
