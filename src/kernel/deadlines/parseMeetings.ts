import { parse as parseCsv } from 'csv-parse/sync';
import ical, { type VEvent } from 'node-ical';
import { isCalendarDay, swedishDay } from '../../shared/swedishTime';
import { stockholmTime } from '../../shared/days';
import type { MeetingInput } from './MeetingCalendar';

export interface ParsedMeetings {
  meetings: MeetingInput[];
  /** Swedish lines about what could not be read ("rad 4: okänt organ 'xyz'"). */
  problems: string[];
}

/** Finds an organisation body by id or name (as typed in a file or a chat). */
export type BodyLookup = (text: string) => string | undefined;

/**
 * Reads a meeting calendar: an ICS file (every VEVENT, recurring ones expanded for the next two years)
 * for one body, or a CSV with columns organ;datum[;tid][;rubrik] (comma or semicolon, header optional).
 */
export function parseMeetings(fileName: string, text: string, options: { body?: string; findBody: BodyLookup; now: Date }): ParsedMeetings {
  return /\.ics$/i.test(fileName) || /^BEGIN:VCALENDAR/m.test(text) ? fromIcs(text, options) : fromCsv(text, options.findBody);
}

function fromIcs(text: string, { body, findBody, now }: { body?: string; findBody: BodyLookup; now: Date }): ParsedMeetings {
  const id = body && findBody(body);
  if (!id) return { meetings: [], problems: [body ? `Okänt organ "${body}".` : 'Ange vilket organ kalendern gäller (till exempel "sammanträden bun").'] };
  const meetings: MeetingInput[] = [];
  const until = new Date(now.getTime() + 2 * 366 * 86_400_000);
  const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
  for (const event of events) {
    if (!event.start) continue;
    const starts = event.rrule ? event.rrule.between(new Date(now.getTime() - 366 * 86_400_000), until, true) : [event.start];
    for (const start of starts) {
      const dateOnly = (event.start as Date & { dateOnly?: boolean }).dateOnly;
      const date = dateOnly ? localDay(start) : swedishDay(start);
      meetings.push({ body: id, date, ...(dateOnly ? {} : { time: stockholmTime(start) }), ...(event.summary ? { title: String(event.summary).slice(0, 200) } : {}) });
    }
  }
  return { meetings, problems: meetings.length ? [] : ['Kalendern innehåller inga möten.'] };
}

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function fromCsv(text: string, findBody: BodyLookup): ParsedMeetings {
  const delimiter = (text.split('\n')[0].match(/;/g)?.length ?? 0) > 0 ? ';' : ',';
  const rows: string[][] = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  const meetings: MeetingInput[] = [];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const [bodyText = '', date = '', time = '', title = ''] = row;
    if (i === 0 && !isCalendarDay(date)) return; // a header
    const body = findBody(bodyText);
    if (!body) return void problems.push(`Rad ${i + 1}: okänt organ "${bodyText.slice(0, 60)}".`);
    if (!isCalendarDay(date)) return void problems.push(`Rad ${i + 1}: datumet ska skrivas ÅÅÅÅ-MM-DD.`);
    if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return void problems.push(`Rad ${i + 1}: tiden ska skrivas TT:MM.`);
    meetings.push({ body, date, ...(time ? { time } : {}), ...(title ? { title: title.slice(0, 200) } : {}) });
  });
  return { meetings, problems };
}
