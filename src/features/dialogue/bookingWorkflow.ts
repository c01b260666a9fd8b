import type { Notice } from '../../kernel/cards/renderCard';
import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { refreshUserIds } from '../../kernel/forms/refreshUserIds';
import type { Session } from '../../kernel/turn/Session';
import { authorizeMeeting } from './authorizeMeeting';
import { meetingRefSchema } from './cards/actionData';
import { bookingCard } from './cards/formCards';
import { meetingCard } from './cards/meetingCard';
import { bookingBody, validateBooking } from './domain/bookingForm';
import { isParticipant, mayOrganise } from './domain/dialogueAccess';
import type { DialogueMeeting, MeetingRef } from './domain/DialogueMeeting';
import type { MeetingContext } from './domain/MeetingContext';
import { newMeetingId } from './domain/newMeetingId';
import { invite } from './invite';
import type { DialogueServices } from './services';

/** Teams user ids that should see a meeting's card refresh: its organisers, then its participants. */
export const meetingViewers = (s: DialogueServices, session: Session, c: MeetingContext, m: DialogueMeeting | undefined): Promise<string[]> =>
  m ? refreshUserIds(s, c.kommun, session.userId, { edits: (p) => mayOrganise(p, c.org, m.body), views: (p) => isParticipant(p, m) }) : Promise.resolve([session.userId]);

/**
 * Booking a dialogue meeting as a form workflow (verbs dialogue.open, .edit, .refresh, .save, .submit):
 * organisers book and change it; once booked, participants and organisers see the meeting card.
 */
export function bookingWorkflow(s: DialogueServices): FormWorkflow<MeetingRef, MeetingContext, DialogueMeeting> {
  const workflow: FormWorkflow<MeetingRef, MeetingContext, DialogueMeeting> = {
    name: 'dialogue',
    noun: 'Bokningen',
    clock: s.clock,
    refSchema: meetingRefSchema,
    records: s.repo.meetings,
    authorize: (session, ref, need) => authorizeMeeting(s, session, ref.meeting, need === 'edit' ? 'book' : 'view'),
    where: (c) => ({ tenant: c.kommun, id: c.id }),
    refOf: (c) => ({ meeting: c.id }),
    validate: (c, raw) => validateBooking(c, raw),
    body: (c, answers) => bookingBody(c, answers, (day) => s.calendar.addWorkingDays(day, -2)),
    canEdit: (session, c) => Boolean(c.meeting && mayOrganise(session.person, c.org, c.meeting.doc.body) && c.now.toISOString() < c.meeting.doc.start),
    viewers: (session, c) => meetingViewers(s, session, c, c.meeting?.doc),
    formCard: (c, state) => bookingCard(c, state),
    receiptCard: (c, meeting, o) => meetingCard(c, { meeting, notice: o.notice, refreshUserIds: o.refreshUserIds }),
    async choose(session) {
      // Without a meeting: a new booking, with the id its form will carry until it is saved.
      const auth = await authorizeMeeting(s, session, newMeetingId(), 'book');
      return auth.ok ? { card: bookingCard(auth.context, { values: {}, refreshUserIds: null }) } : auth.message;
    },
    async afterSave(session, c, record): Promise<Notice | void> {
      if (record.doc.state !== 'submitted') return;
      const sent = await invite(s, c.kommun, record.doc, c.people, c.meeting?.doc);
      const years = new Set([record.doc.year, ...(c.meeting ? [c.meeting.doc.year] : [])]);
      for (const year of years) await s.deadlines.sync(c.kommun, s.source.name, year, await s.source.deadlines(c.kommun, year));
      const unreachable = sent.unreachable.length ? ` ${sent.unreachable.join(', ')} kan inte nås i Teams ännu (har inte öppnat Styrmodellsboten).` : '';
      const what = record.doc.version === 1 ? 'Mötet är bokat' : `Bokningen är ändrad (version ${record.doc.version})`;
      const removed = sent.removed ? ` ${sent.removed === 1 ? 'En person som inte längre är med får' : `${sent.removed} personer som inte längre är med får`} veta det.` : '';
      return { text: `${what}. Inbjudan skickas till ${sent.invited} deltagare.${removed}${unreachable}`, color: 'Good' };
    },
    logWrite: (session, verb, outcome, c) =>
      s.logger.info({ event: 'dialogue_write', correlationId: session.correlationId, verb, outcome, kommun: c.kommun, meeting: c.id }, 'dialogue write'),
  };
  return workflow;
}
