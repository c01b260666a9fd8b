import { z } from 'zod';
import { saveVersioned } from '../../kernel/forms/saveVersioned';
import { defineCardAction, refuse, showCard } from '../../kernel/turn/CardAction';
import { cleanText } from '../../shared/text';
import { authorizeMeeting } from './authorizeMeeting';
import { meetingViewers } from './bookingWorkflow';
import { meetingRefSchema } from './cards/actionData';
import { meetingCard } from './cards/meetingCard';
import { maxReasonLength, type DialogueMeeting } from './domain/DialogueMeeting';
import { invite } from './invite';
import type { DialogueServices } from './services';

export const cancelSchema = meetingRefSchema.extend({ reason: z.string().max(maxReasonLength * 4).optional() });

/**
 * `dialogue.cancel`: an organiser calls a booked meeting off before it starts. The booking gets a new
 * version marked cancelled (kept, like every version, as a record), its deadlines go (the reminders not
 * yet sent with them), and every participant is told through the delivery queue, with a calendar file
 * that removes the event. A cancelled meeting cannot be changed, answered or documented.
 */
export function cancelAction(s: DialogueServices) {
  return defineCardAction({
    verb: 'dialogue.cancel',
    schema: cancelSchema,
    async handle(turn, data) {
      const auth = await authorizeMeeting(s, turn.session, data.meeting, 'book');
      if (!auth.ok) return refuse(auth.status, auth.status === 403 ? 'forbidden' : 'not_found', auth.message);
      const c = auth.context;
      const current = c.meeting;
      if (!current || current.doc.state !== 'submitted') return refuse(403, 'forbidden', 'Mötet är inte bokat, så det finns inget att ställa in.');
      const reason = cleanText(data.reason ?? '')?.trim();
      if (reason === undefined || reason.length > maxReasonLength) {
        const text = reason === undefined ? 'Skälet innehåller ett ogiltigt tecken. Skriv om det.' : `Skälet är för långt (högst ${maxReasonLength} tecken).`;
        return showCard(meetingCard(c, { notice: { text: `Mötet är inte inställt. ${text}`, color: 'Attention' }, refreshUserIds: null }));
      }
      const person = c.person;
      const now = s.clock();
      const saved = await saveVersioned<DialogueMeeting, never>(s.repo.meetings, {
        tenant: c.kommun,
        id: c.id,
        etag: current.etag,
        actor: { id: person.id, name: person.name },
        now,
        apply: (found) => {
          const cancelled = { at: now.toISOString(), by: person.id, byName: person.name, ...(reason ? { reason } : {}) };
          const { lastSaveId: _older, ...body } = found!.doc;
          return { ok: true, body: { ...body, cancelled }, action: 'cancelled', changed: ['cancelled'] };
        },
      });
      if (saved.outcome === 'conflict') return showCard(meetingCard(c, { meeting: saved.current.doc, notice: { text: 'Någon ändrade bokningen samtidigt. Här är den nya versionen; ställ in igen om mötet ändå ska ställas in.', color: 'Warning' }, refreshUserIds: null }));
      if (saved.outcome !== 'saved') return refuse(500, 'not_saved', 'Mötet kunde inte ställas in. Försök igen.');
      const meeting = saved.record.doc;
      const told = await invite(s, c.kommun, meeting, c.people);
      await s.deadlines.sync(c.kommun, s.source.name, meeting.year, await s.source.deadlines(c.kommun, meeting.year));
      s.logger.info({ event: 'dialogue_write', correlationId: turn.session.correlationId, verb: 'dialogue.cancel', outcome: 'saved', kommun: c.kommun, meeting: c.id }, 'dialogue write');
      const unreachable = told.unreachable.length ? ` ${told.unreachable.join(', ')} kan inte nås i Teams och behöver få veta det på annat sätt.` : '';
      const notice = { text: `Mötet är inställt. ${told.invited} deltagare får besked i Teams, med en kalenderfil som tar bort mötet.${unreachable}`, color: 'Good' as const };
      return showCard(meetingCard({ ...c, meeting: saved.record }, { notice, refreshUserIds: await meetingViewers(s, turn.session, c, meeting) }));
    },
  });
}
