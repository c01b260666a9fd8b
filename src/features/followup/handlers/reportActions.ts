import { CardFactory } from 'botbuilder';
import { openActionSchema } from '../../../cards/followup/followupPicker';
import { editActionSchema } from '../../../cards/followup/followupReceipt';
import { cardResponse, defineCardAction, errorResponse, messageResponse } from '../../CardActionRouter';
import { authorizeReport, type Authorized } from './authorizeReport';
import { latestCard, storedForm } from './followupViews';
import { guardStore } from './guardStore';
import { leaderCard } from './leaderCard';

const refused = (auth: Exclude<Authorized, { ok: true }>) => errorResponse(auth.status, auth.status === 403 ? 'forbidden' : 'not_found', auth.message);

/** `followup.open`: a unit's latest card for this user (form, receipt or read-only), or the picker without a unit. */
export const openAction = defineCardAction({
  verb: 'followup.open',
  schema: openActionSchema,
  handle: (turn, data) =>
    guardStore(async () => {
      if (!data.unit) {
        const shown = await leaderCard(turn, data.period, data.year);
        return 'card' in shown ? cardResponse(shown.card) : errorResponse(403, 'forbidden', shown.text);
      }
      const auth = await authorizeReport(turn, { period: data.period, year: data.year, unit: data.unit }, 'view');
      if (!auth.ok) return refused(auth);
      const card = await latestCard(turn, auth.context);
      if (data.as !== 'message') return cardResponse(card);
      await turn.context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
      return messageResponse('Rapporten är skickad i chatten.');
    }),
});

/** `followup.edit` ("Ändra"/"Fyll i"): the form with the stored version, for those who may edit. */
export const editAction = defineCardAction({
  verb: 'followup.edit',
  schema: editActionSchema,
  handle: (turn, data) =>
    guardStore(async () => {
      const auth = await authorizeReport(turn, data, 'edit');
      if (!auth.ok) return refused(auth);
      return cardResponse(await storedForm(turn, auth.context, await turn.deps.followup.reports.get(auth.context.kommun, data)));
    }),
});

/** `followup.refresh` (Teams' automatic refresh, and "Avbryt"): the latest version for each viewer. */
export const refreshAction = defineCardAction({
  verb: 'followup.refresh',
  schema: editActionSchema,
  handle: (turn, data) =>
    guardStore(async () => {
      const auth = await authorizeReport(turn, data, 'view');
      if (!auth.ok) return refused(auth);
      return cardResponse(await latestCard(turn, auth.context));
    }),
});
