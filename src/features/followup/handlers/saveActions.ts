import { StoreUnavailableError } from '../../../errors';
import { saveReport, type SaveResult } from '../../../domain/followup/saveReport';
import type { ReportContext } from '../../../domain/followup/loadReportContext';
import type { Intent } from '../../../domain/followup/validateAnswers';
import type { FollowupReport } from '../../../domain/followup/FollowupReport';
import type { Versioned } from '../../../store/Collection';
import { formatDateTime } from '../../../domain/time/swedishTime';
import { inputsOf, renderFollowupForm, saveActionSchema, type SaveActionData } from '../../../cards/followup/followupForm';
import { followupFormView, type FormViewInput } from '../../../cards/followup/followupFormView';
import { cardResponse, defineCardAction, errorResponse } from '../../CardActionRouter';
import type { Turn } from '../../Turn';
import { authorizeReport } from './authorizeReport';
import { receipt, storedForm } from './followupViews';
import { refusals } from './refusals';

/** `followup.save` (Spara utkast) and `followup.submit` (Lämna in): validate, write with the card's eTag, answer with the next card. */
export function saveAction(verb: 'followup.save' | 'followup.submit', intent: Intent) {
  return defineCardAction({
    verb,
    schema: saveActionSchema,
    async handle(turn, data) {
      const ref = { period: data.period, year: data.year, unit: data.unit };
      const auth = await authorizeReport(turn, ref, 'edit');
      if (!auth.ok) return errorResponse(auth.status, auth.status === 403 ? 'forbidden' : 'not_found', auth.message);
      const { context } = auth;
      const person = turn.session.person!;
      let result: SaveResult;
      try {
        result = await saveReport(turn.deps.followup.reports, {
          kommun: context.kommun,
          ref,
          placement: { administration: context.administration.id, body: context.body.id },
          actor: { id: person.id, name: person.name },
          etag: data.etag ?? null,
          intent,
          raw: inputsOf(data),
          definition: context.definition,
          now: turn.deps.clock(),
        });
      } catch (e) {
        if (!(e instanceof StoreUnavailableError)) throw e;
        turn.deps.logger.warn({ event: 'followup_store_unavailable', correlationId: turn.session.correlationId, verb }, 'store unavailable while saving a report');
        return cardResponse(unsavedForm(context, data, { notice: { text: refusals.storeDown, color: 'Attention' } }));
      }
      turn.deps.logger.info({ event: 'followup_write', correlationId: turn.session.correlationId, verb, outcome: result.outcome, kommun: context.kommun, period: ref.period, year: ref.year, unit: ref.unit }, 'follow-up write');
      return cardResponse(await nextCard(turn, context, data, result));
    },
  });
}

async function nextCard(turn: Turn, context: ReportContext, data: SaveActionData, result: SaveResult) {
  switch (result.outcome) {
    case 'saved':
      return result.report.doc.state === 'submitted'
        ? receipt(turn, context, result.report.doc, { text: `Tack! Rapporten är inlämnad (version ${result.report.doc.version}).`, color: 'Good' })
        : storedForm(turn, context, result.report, { text: `Utkastet är sparat (version ${result.report.doc.version}).`, color: 'Good' });
    case 'invalid':
      return unsavedForm(context, data, { errors: result.errors, deviation: result.deviation, current: result.current });
    case 'locked':
      return unsavedForm(context, data, { current: result.current, notice: { text: 'Rapporten är redan inlämnad. Spara dina ändringar med ”Lämna in ändringar”.', color: 'Warning' } });
    case 'conflict': {
      const c = result.current.doc;
      const text = `${c.updatedByName} sparade en nyare version (version ${c.version}) ${formatDateTime(c.updatedAt)}. Dina ändringar sparades inte – du ser nu den versionen. Gör om ändringarna och spara igen.`;
      return storedForm(turn, context, result.current, { text, color: 'Attention' });
    }
  }
}

/** The form with exactly what the user typed, and no refresh clause (a refresh would wipe it). */
function unsavedForm(context: ReportContext, data: SaveActionData, extra: Pick<FormViewInput, 'errors' | 'deviation' | 'notice'> & { current?: Versioned<FollowupReport> }) {
  return renderFollowupForm(
    followupFormView({
      context,
      values: inputsOf(data),
      errors: extra.errors,
      deviation: extra.deviation,
      notice: extra.notice,
      stored: extra.current && { report: extra.current.doc, etag: extra.current.etag },
      seen: { etag: data.etag ?? null, version: data.version ?? 0 },
      refreshUserIds: null,
    }),
  );
}
