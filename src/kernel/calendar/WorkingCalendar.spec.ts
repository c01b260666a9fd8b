import { WorkingCalendar } from './WorkingCalendar';

const cal = new WorkingCalendar({ start: '08:00', end: '16:00' });

describe('WorkingCalendar (Swedish working days, Europe/Stockholm)', () => {
  it('skips weekends, public holidays and the eves offices close (midsommarafton, julafton, nyårsafton)', () => {
    expect(cal.isWorkingDay('2026-06-19')).toBe(false); // midsommarafton (Friday)
    expect(cal.isWorkingDay('2026-12-24')).toBe(false); // julafton
    expect(cal.isWorkingDay('2026-12-31')).toBe(false); // nyårsafton
    expect(cal.isWorkingDay('2026-04-03')).toBe(false); // långfredagen
    expect(cal.isWorkingDay('2026-05-14')).toBe(false); // Kristi himmelsfärdsdag
    expect(cal.isWorkingDay('2026-06-06')).toBe(false); // nationaldagen (Saturday anyway)
    expect(cal.isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-12-23')).toBe(true);
  });

  it('counts working days across Christmas and finds the last working day of a month', () => {
    expect(cal.addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(cal.addWorkingDays('2027-01-04', -1)).toBe('2026-12-30');
    expect(cal.lastWorkingDayOfMonth(2026, 12)).toBe('2026-12-30');
    expect(cal.lastWorkingDayOfMonth(2026, 10)).toBe('2026-10-30');
    expect(cal.onOrAfter('2026-12-24')).toBe('2026-12-28');
  });

  it('gives the first working day of a week (Tuesday after Easter Monday)', () => {
    expect(cal.firstWorkingDayOfWeek('2026-04-09')).toBe('2026-04-07');
    expect(cal.firstWorkingDayOfWeek('2026-12-02')).toBe('2026-11-30');
  });

  it('knows office hours in Stockholm in summer and winter time, and the half day before Valborg', () => {
    expect(cal.opensAt('2026-12-01').toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(cal.opensAt('2026-06-01').toISOString()).toBe('2026-06-01T06:00:00.000Z');
    expect(cal.isWorkingTime(new Date('2026-12-01T06:59:00Z'))).toBe(false);
    expect(cal.isWorkingTime(new Date('2026-12-01T07:00:00Z'))).toBe(true);
    expect(cal.isWorkingTime(new Date('2026-12-01T15:00:00Z'))).toBe(false); // 16:00 in Stockholm
    expect(cal.isWorkingTime(new Date('2026-04-30T09:30:00Z'))).toBe(true); // 11:30 on valborgsmässoafton
    expect(cal.isWorkingTime(new Date('2026-04-30T10:30:00Z'))).toBe(false); // 12:30
  });
});
