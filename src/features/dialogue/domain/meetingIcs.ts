import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { DialogueMeeting } from './DialogueMeeting';

/**
 * The meeting as an iCalendar file (RFC 5545) made with ical-generator, a well-kept library that folds
 * and escapes for us. Times are written in UTC, which every calendar converts to the reader's zone; the
 * uid stays and the sequence grows with each booked version, so a new file updates the old event, and
 * a cancelled meeting's file (METHOD:CANCEL, STATUS:CANCELLED) removes it.
 */
export function meetingIcs(meeting: DialogueMeeting, title: string, organiser: string): string {
  const a = meeting.answers;
  const text = (key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);
  const calendar = ical({ name: title, prodId: { company: 'Styrmodellsboten', product: 'dialogmoten', language: 'SV' }, method: meeting.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH });
  const description = [
    'Dagordning:',
    text('agenda') ?? '',
    '',
    `Deltagare: ${meeting.participants.map((p) => p.name).join(', ')}`,
    `Bokat av ${organiser}. Öppna mötet i Styrmodellsboten (skriv dialogmöten) för frågor och svar.`,
  ].join('\n');
  calendar.createEvent({
    id: `${meeting.id}@styrmodellsboten`,
    sequence: meeting.version - 1,
    stamp: new Date(meeting.updatedAt),
    start: new Date(meeting.start),
    end: new Date(meeting.end),
    summary: title,
    description,
    location: text('place') ?? text('link') ?? null,
    url: text('link') ?? null,
    status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
