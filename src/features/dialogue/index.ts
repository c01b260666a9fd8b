import type { Feature } from '../../kernel/Feature';
import { formActions } from '../../kernel/forms/formActions';
import { bookingWorkflow } from './bookingWorkflow';
import { calendarExporter } from './calendarExporter';
import { cancelAction } from './cancelAction';
import { dialogueCommands } from './commands';
import { dialogueDeadlineSource } from './domain/deadlineSource';
import { createDialogueRepository, dialogueCollections } from './domain/DialogueRepository';
import { invitationTopic } from './invitationTopic';
import { notesWorkflow } from './notesWorkflow';
import { participantActions } from './participantActions';
import type { DialogueServices } from './services';

/**
 * Dialogue meetings (dialogmöten) between politics and administration: booked by organisers with the
 * kommun's own meeting types, invitations with a calendar file, answers and questions in advance,
 * notes with agreed follow-ups afterwards, and reminders of the meeting, the questions and the follow-ups.
 */
export const dialogueFeature: Feature = {
  name: 'dialogue',
  collections: dialogueCollections,
  retention: [
    {
      collection: 'dialogueMeetings',
      purpose: 'Bokade dialogmöten mellan politik och förvaltning (organ, tid, plats, deltagare, dagordning) med versionshistorik: allmänna handlingar.',
      keep: 'record',
      person: { scan: true, erase: 'keep' },
    },
    {
      collection: 'dialogueNotes',
      purpose: 'Anteckningar från dialogmöten (samsyn, olika synsätt, öppna frågor, uppföljningar med ansvarig och datum) med versionshistorik: allmänna handlingar.',
      keep: 'record',
      person: { scan: true, erase: 'keep' },
    },
    {
      collection: 'dialogueResponses',
      purpose: 'En deltagares svar på inbjudan till ett dialogmöte och frågor till ordföranden inför mötet.',
      keep: 'days',
      days: 730,
      dateField: 'updatedAt',
      person: { fields: ['person'], erase: 'delete' },
    },
  ],
  start(ctx) {
    const repo = createDialogueRepository(ctx.store);
    const s: DialogueServices = { ...ctx, repo, source: dialogueDeadlineSource({ packs: ctx.packs, org: ctx.org, repo }) };
    const booking = bookingWorkflow(s);
    return {
      commands: dialogueCommands(s, booking),
      actions: [...formActions(booking), ...formActions(notesWorkflow(s)), ...participantActions(s), cancelAction(s)],
      exporters: [calendarExporter(s)],
      deadlineSources: [s.source],
      deliveryTopics: [invitationTopic(s)],
    };
  },
};
