import { z } from 'zod';
import { defineExporter, type Exporter } from '../../kernel/export/Exporter';
import { idSchema } from '../../shared/text';
import { maySee } from './domain/dialogueAccess';
import { meetingIcs } from './domain/meetingIcs';
import { meetingTitle } from './domain/MeetingContext';
import type { DialogueServices } from './services';

/**
 * The calendar file of a meeting behind a signed link (`format: ics`). The right to it is checked again
 * at download: someone removed from the meeting since the link was made gets nothing.
 */
export function calendarExporter(s: DialogueServices): Exporter {
  return defineExporter({
    name: 'dialogue',
    params: z.object({ meeting: idSchema }),
    async produce(kommun, params, personId) {
      const [org, person, meeting] = await Promise.all([s.org.getStructure(kommun), s.org.getPerson(kommun, personId), s.repo.meetings.get(kommun, params.meeting)]);
      if (!org || !meeting) return { ok: false, reason: 'not_found' };
      if (!maySee(person, org, meeting.doc) || !s.packs.has(kommun)) return { ok: false, reason: 'forbidden' };
      const title = meetingTitle({ pack: s.packs.get(kommun), org }, meeting.doc);
      return { ok: true, title, fileName: `dialogmote-${meeting.doc.day}`, calendar: meetingIcs(meeting.doc, title, meeting.doc.updatedByName) };
    },
  });
}
