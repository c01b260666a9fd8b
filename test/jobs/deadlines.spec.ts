import { DeadlineStore } from '../../src/kernel/deadlines/DeadlineStore';
import { MeetingCalendar } from '../../src/kernel/deadlines/MeetingCalendar';
import { parseMeetings } from '../../src/kernel/deadlines/parseMeetings';
import type { DeadlineDraft } from '../../src/kernel/deadlines/Deadline';
import type { DocumentStore } from '../../src/kernel/store/Collection';
import { openStore } from '../../src/platform/store/openStore';
import { tempDataDir } from '../support/testApp';

const draft = (key: string, due: string): DeadlineDraft => ({ key, kind: 'report', title: `T ${key}`, due, year: 2026, assignees: [{ kind: 'unit', id: 'skola' }], escalate: true });

describe('Deadlines in the store and meeting calendars', () => {
  let store: DocumentStore;
  let deadlines: DeadlineStore;
  beforeEach(async () => {
    store = await openStore({ kind: 'embedded', dataDir: tempDataDir(), timeoutMs: 4000 }, ['deadlines', 'meetings']);
    deadlines = new DeadlineStore(store, () => new Date('2026-11-30T10:00:00Z'));
  });
  afterEach(() => store.close());

  it('When a source syncs again, then nothing is rewritten; an admin\'s move survives the next sync; a deadline the source dropped is cancelled', async () => {
    expect(await deadlines.sync('k', 'followup', 2026, [draft('a', '2026-05-10'), draft('b', '2026-09-10')])).toBe(2);
    expect(await deadlines.sync('k', 'followup', 2026, [draft('a', '2026-05-10'), draft('b', '2026-09-10')])).toBe(0);
    await deadlines.change('k', 'followup:a', { kind: 'move', due: '2026-05-15' }, 'admin');
    await deadlines.sync('k', 'followup', 2026, [draft('a', '2026-05-10')]);
    expect(await deadlines.get('k', 'followup:a')).toMatchObject({ due: '2026-05-15', moved: { from: '2026-05-10', by: 'admin' }, status: 'active' });
    expect((await deadlines.get('k', 'followup:b'))?.status).toBe('cancelled');
    await deadlines.change('k', 'followup:a', { kind: 'cancel' }, 'admin');
    await deadlines.sync('k', 'followup', 2026, [draft('a', '2026-05-10')]);
    expect((await deadlines.get('k', 'followup:a'))?.status).toBe('cancelled');
  });

  it('When a meeting calendar comes as ICS (with a recurring meeting) or CSV, then its meetings are read in Swedish time; a new plan for a year replaces that year only', async () => {
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0',
      'BEGIN:VEVENT', 'UID:1', 'DTSTART;TZID=Europe/Stockholm:20261014T130000', 'SUMMARY:Sammanträde BUN', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:2', 'DTSTART:20261118T230000Z', 'SUMMARY:Sent möte', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:3', 'DTSTART;VALUE=DATE:20270113', 'RRULE:FREQ=MONTHLY;COUNT=2', 'SUMMARY:Månadsmöte', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const findBody = (t: string) => (['bun', 'barn- och utbildningsnämnden'].includes(t.toLowerCase()) ? 'bun' : undefined);
    const parsed = parseMeetings('bun.ics', ics, { body: 'bun', findBody, now: new Date('2026-11-30T10:00:00Z') });
    expect(parsed.meetings.map((m) => `${m.date} ${m.time ?? ''}`.trim())).toEqual(['2026-10-14 13:00', '2026-11-19 00:00', '2027-01-13', '2027-02-13']);
    expect(parseMeetings('x.ics', ics, { findBody, now: new Date() }).problems[0]).toMatch(/Ange vilket organ/);
    const csv = parseMeetings('plan.csv', 'organ;datum;tid\nBarn- och utbildningsnämnden;2026-12-09;13:00\nokänd;2026-12-10\nbun;2026-13-01\n', { findBody, now: new Date() });
    expect(csv.meetings).toEqual([{ body: 'bun', date: '2026-12-09', time: '13:00' }]);
    expect(csv.problems).toEqual(['Rad 3: okänt organ "okänd".', 'Rad 4: datumet ska skrivas ÅÅÅÅ-MM-DD.']);
    const calendar = new MeetingCalendar(store, () => new Date());
    await calendar.replace('k', parsed.meetings);
    await calendar.replace('k', [{ body: 'bun', date: '2027-03-10' }]);
    expect((await calendar.ofBody('k', 'bun')).map((m) => m.date)).toEqual(['2026-10-14', '2026-11-19', '2027-03-10']);
  });
});
