import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { authorizeMeeting } from './authorizeMeeting';
import { meetingRefSchema } from './cards/actionData';
import { notesCard } from './cards/formCards';
import { meetingCard } from './cards/meetingCard';
import { meetingViewers } from './bookingWorkflow';
import { mayOrganise } from './domain/dialogueAccess';
import type { DialogueNotes, MeetingRef } from './domain/DialogueMeeting';
import type { MeetingContext } from './domain/MeetingContext';
import { notesBody, validateNotes } from './domain/notesForm';
import type { DialogueServices } from './services';

/**
 * Documenting a meeting afterwards as a form workflow (verbs dialogue.notes.open, .edit, .refresh, .save,
 * .submit): organisers write it once the meeting has begun; participants read it on the meeting card.
 */
export function notesWorkflow(s: DialogueServices): FormWorkflow<MeetingRef, MeetingContext, DialogueNotes> {
  return {
    name: 'dialogue.notes',
    noun: 'Dokumentationen',
    clock: s.clock,
    refSchema: meetingRefSchema,
    records: s.repo.notes,
    authorize: (session, ref, need) => authorizeMeeting(s, session, ref.meeting, need === 'edit' ? 'document' : 'view'),
    where: (c) => ({ tenant: c.kommun, id: c.id }),
    refOf: (c) => ({ meeting: c.id }),
    validate: (c, raw, intent) => validateNotes(c, raw, intent),
    body: (c, answers) => notesBody(c, answers),
    canEdit: (session, c) => Boolean(c.meeting && mayOrganise(session.person, c.org, c.meeting.doc.body) && c.now.toISOString() >= c.meeting.doc.start),
    viewers: (session, c) => meetingViewers(s, session, c, c.meeting?.doc),
    formCard: (c, state) => notesCard(c, state),
    receiptCard: (c, notes, o) => meetingCard(c, { notes, notice: o.notice, refreshUserIds: o.refreshUserIds }),
    async afterSave(_session, c, record) {
      if (record.doc.state !== 'submitted') return;
      await s.deadlines.sync(c.kommun, s.source.name, record.doc.year, await s.source.deadlines(c.kommun, record.doc.year));
      const n = record.doc.followUps.length;
      const reminders = n ? ` ${n === 1 ? 'Uppföljningen' : `De ${n} uppföljningarna`} blir påminnelser till ${n === 1 ? 'den ansvariga' : 'de ansvariga'}.` : '';
      return { text: `Mötet är dokumenterat (version ${record.doc.version}).${reminders}`, color: 'Good' };
    },
    logWrite: (session, verb, outcome, c) =>
      s.logger.info({ event: 'dialogue_write', correlationId: session.correlationId, verb, outcome, kommun: c.kommun, meeting: c.id }, 'dialogue notes write'),
  };
}
