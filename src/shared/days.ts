/** Calendar days as YYYY-MM-DD strings: arithmetic without time zones (a day is a day in Sweden). */

const ms = 86_400_000;
const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The day `n` days after (negative: before) `day`. */
export const addDays = (day: string, n: number): string => fromUtc(toUtc(day) + n * ms);

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: string, b: string): number => Math.round((toUtc(b) - toUtc(a)) / ms);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string): number => ((new Date(toUtc(day)).getUTCDay() + 6) % 7) + 1;

/** The Monday of the ISO week `day` is in. */
export const mondayOf = (day: string): string => addDays(day, 1 - isoWeekday(day));

/** Last calendar day of a month (month 1–12). */
export const lastDayOfMonth = (year: number, month: number): string => fromUtc(Date.UTC(year, month, 0));

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

const zoneParts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Minutes Stockholm is ahead of UTC at an instant (60 or 120). */
function stockholmOffsetMinutes(at: number): number {
  const p = Object.fromEntries(zoneParts.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((local - Math.floor(at / 1000) * 1000) / 60_000);
}

/** The instant of a wall-clock time ("08:00") on a day in Stockholm. */
export function stockholmInstant(day: string, time: string): Date {
  const guess = Date.parse(`${day}T${time}:00Z`);
  return new Date(guess - stockholmOffsetMinutes(guess) * 60_000);
}

/** The wall-clock time "HH:MM" in Stockholm at an instant. */
export function stockholmTime(at: Date): string {
  const p = Object.fromEntries(zoneParts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.hour}:${p.minute}`;
}
