import type { AdaptiveCardJson } from '../../../kernel/cards/renderCard';
import type { FormState } from '../../../kernel/forms/FormWorkflow';
import { renderFormCard, type FormAction } from '../../../kernel/forms/renderFormCard';
import { bookingSpec } from '../domain/bookingForm';
import type { DialogueMeeting, DialogueNotes } from '../domain/DialogueMeeting';
import { meetingTitle, type MeetingContext } from '../domain/MeetingContext';
import { notesSpec } from '../domain/notesForm';
import { whenOf } from './meetingCard';

/** The data every save button carries: the meeting and the version the card is based on. */
const saveData = <D extends DialogueMeeting | DialogueNotes>(c: MeetingContext, state: FormState<D>) => ({
  meeting: c.id,
  etag: state.stored?.etag ?? state.seen?.etag ?? null,
  version: state.stored?.doc.version ?? state.seen?.version ?? 0,
});

/** Booking a meeting, or changing its booking: the kernel's form rendering of the booking spec. */
export function bookingCard(c: MeetingContext, state: FormState<DialogueMeeting>): AdaptiveCardJson {
  const booked = state.stored?.doc.state === 'submitted' || Boolean(state.seen?.etag);
  const actions: FormAction[] = [
    { title: booked ? 'Spara och skicka ny inbjudan' : 'Boka och bjud in', verb: 'dialogue.submit', data: saveData(c, state), style: 'positive' },
    ...(booked ? [{ title: 'Avbryt', verb: 'dialogue.refresh', data: { meeting: c.id }, ignoreInputs: true }] : []),
  ];
  const m = state.stored?.doc;
  return renderFormCard({
    title: m ? `Ändra bokning: ${meetingTitle(c, m)}` : 'Boka dialogmöte',
    lines: [
      { text: m ? `Nu: ${whenOf(m)}. Deltagarna får en ny inbjudan när du sparar.` : 'Deltagarna får en inbjudan i Teams med kalenderfil, kan tacka ja eller nej och skicka frågor i förväg.', subtle: true },
    ],
    notice: state.notice,
    spec: bookingSpec(c),
    values: state.values,
    errors: state.errors,
    actions,
    refresh: state.refreshUserIds && m ? { verb: 'dialogue.refresh', data: { meeting: c.id }, userIds: state.refreshUserIds } : null,
  });
}

/** Documenting a meeting afterwards: what was said, samsyn, differences, open questions, agreed follow-ups. */
export function notesCard(c: MeetingContext, state: FormState<DialogueNotes>): AdaptiveCardJson {
  const m = c.meeting!.doc;
  const submitted = state.stored?.doc.state === 'submitted';
  const data = saveData(c, state);
  const actions: FormAction[] = [
    ...(submitted ? [] : [{ title: 'Spara utkast', verb: 'dialogue.notes.save', data }]),
    { title: submitted ? 'Spara ändringar' : 'Dokumentera', verb: 'dialogue.notes.submit', data, style: 'positive' as const },
    { title: 'Avbryt', verb: 'dialogue.refresh', data: { meeting: c.id }, ignoreInputs: true },
  ];
  return renderFormCard({
    title: `Dokumentation: ${meetingTitle(c, m)}`,
    lines: [
      { text: whenOf(m) },
      { text: state.stored ? `Version ${state.stored.doc.version}, sparad av ${state.stored.doc.updatedByName}` : 'Inget är sparat ännu.', subtle: true, small: true },
    ],
    notice: state.notice,
    spec: notesSpec(c),
    values: state.values,
    errors: state.errors,
    actions,
    refresh: state.refreshUserIds ? { verb: 'dialogue.notes.refresh', data: { meeting: c.id }, userIds: state.refreshUserIds } : null,
  });
}
