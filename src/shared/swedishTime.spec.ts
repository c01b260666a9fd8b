import { formatDateTime, formatDay, isCalendarDay, swedishDay } from './swedishTime';

describe('Swedish time', () => {
  it('When an instant is shown, then it is in Stockholm time, summer and winter alike', () => {
    expect(formatDateTime('2026-11-23T13:05:00Z')).toBe('23 november 2026 kl. 14:05');
    expect(formatDateTime(new Date('2026-05-02T12:05:00Z'))).toBe('2 maj 2026 kl. 14:05');
  });

  it('When a calendar day is shown or taken from an instant, then no time zone shifts it', () => {
    expect(formatDay('2027-01-31')).toBe('31 januari 2027');
    expect(swedishDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('When a date is typed, then only real days pass', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-5-1')).toBe(false);
  });
});
