/** Swedish display of dates and times, always in Europe/Stockholm whatever the server's zone. */

const zone = 'Europe/Stockholm';
const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });
const timeFormat = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: zone });
const calendarFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone });

/** "23 november 2026 kl. 14:05" for an instant (ISO string or Date). */
export function formatDateTime(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return `${dateFormat.format(d)} kl. ${timeFormat.format(d)}`;
}

/** "10 maj 2026" for a calendar day given as YYYY-MM-DD (no time zone shift). */
export function formatDay(day: string): string {
  return calendarFormat.format(new Date(`${day}T12:00:00Z`));
}

/** The calendar day (YYYY-MM-DD) it is in Sweden at the instant. */
export function swedishDay(at: Date): string {
  return isoDayFormat.format(at);
}

/** Whether YYYY-MM-DD names a real calendar day (no 2026-02-30). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}
