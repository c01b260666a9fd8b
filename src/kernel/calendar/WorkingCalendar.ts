import Holidays from 'date-holidays';
import { addDays, isoWeekday, lastDayOfMonth, mondayOf, stockholmInstant, stockholmTime } from '../../shared/days';
import { swedishDay } from '../../shared/swedishTime';

/** Office hours in Stockholm, "HH:MM". */
export interface WorkingHours {
  start: string;
  end: string;
}

type DayKind = 'off' | 'half' | 'full';

/**
 * Swedish working days and hours. Weekends, public holidays and the days most offices close
 * (midsommarafton, julafton, nyårsafton: `bank` in date-holidays) are off; the eves that end at noon
 * (trettondagsafton, valborgsmässoafton, allhelgonaafton: `optional` from 12:00) end at 12:00.
 */
export class WorkingCalendar {
  private readonly holidays = new Holidays('SE');
  private readonly years = new Map<number, Map<string, DayKind>>();

  constructor(readonly hours: WorkingHours = { start: '08:00', end: '16:00' }) {}

  private kindOf(day: string): DayKind {
    if (isoWeekday(day) >= 6) return 'off';
    const year = Number(day.slice(0, 4));
    let days = this.years.get(year);
    if (!days) {
      days = new Map();
      for (const h of this.holidays.getHolidays(year)) {
        const date = h.date.slice(0, 10);
        if (h.type === 'public' || h.type === 'bank') days.set(date, 'off');
        else if (h.type === 'optional' && h.date.slice(11, 16) === '12:00' && days.get(date) !== 'off') days.set(date, 'half');
      }
      this.years.set(year, days);
    }
    return days.get(day) ?? 'full';
  }

  isWorkingDay(day: string): boolean {
    return this.kindOf(day) !== 'off';
  }

  /** The first working day on or after `day`. */
  onOrAfter(day: string): string {
    let d = day;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** The last working day on or before `day`. */
  onOrBefore(day: string): string {
    let d = day;
    while (!this.isWorkingDay(d)) d = addDays(d, -1);
    return d;
  }

  /** `n` working days after `day` (before it when negative); `day` itself is not counted. */
  addWorkingDays(day: string, n: number): string {
    let d = day;
    for (let left = Math.abs(n); left > 0; ) {
      d = addDays(d, Math.sign(n));
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  lastWorkingDayOfMonth(year: number, month: number): string {
    return this.onOrBefore(lastDayOfMonth(year, month));
  }

  /** The week's first working day (Monday, or the next working day of that week when Monday is off). */
  firstWorkingDayOfWeek(day: string): string {
    const monday = mondayOf(day);
    const first = this.onOrAfter(monday);
    return first <= addDays(monday, 6) ? first : monday;
  }

  /** When office hours begin on a working day. */
  opensAt(day: string): Date {
    return stockholmInstant(day, this.hours.start);
  }

  /** Whether an instant falls in office hours of a working day in Stockholm. */
  isWorkingTime(at: Date): boolean {
    const day = swedishDay(at);
    const kind = this.kindOf(day);
    if (kind === 'off') return false;
    const time = stockholmTime(at);
    const end = kind === 'half' && this.hours.end > '12:00' ? '12:00' : this.hours.end;
    return time >= this.hours.start && time < end;
  }
}
