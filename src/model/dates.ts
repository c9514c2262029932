// Calendar arithmetic on "YYYY-MM-DD" strings. Everything runs in UTC so that a day is always
// 24 hours long, whatever the device's time zone and daylight-saving rules.

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Milliseconds at UTC midnight of a "YYYY-MM-DD" date, or null when it is not a real date. */
export function parseDate(date: string): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2023-02-30 over to March; a real date survives the round trip unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return ms;
}

/** True for a real calendar date written as "YYYY-MM-DD". */
export function isDate(date: string): boolean {
  return parseDate(date) !== null;
}

/** True for a 24-hour wall-clock time written as "HH:MM". */
export function isTime(time: string): boolean {
  return TIME_RE.test(time);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); both must be valid dates. */
export function daysBetween(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  if (a === null || b === null) throw new RangeError(`Not a date: ${a === null ? from : to}`);
  return Math.round((b - a) / DAY_MS);
}

/** The date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  const ms = parseDate(date);
  if (ms === null) throw new RangeError(`Not a date: ${date}`);
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** Minutes since midnight of a "HH:MM" time. */
export function minutesOfDay(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Longest a talk may run past midnight: an end time earlier than the start means the next day. */
export const MAX_OVERNIGHT_MINUTES = 12 * 60;

/**
 * How long a talk from `start` to `end` ("HH:MM") lasts, in minutes: an end earlier than the
 * start is after midnight ("23:30"–"00:30" is 60). 0 when both are the same.
 */
export function talkMinutes(start: string, end: string): number {
  const span = minutesOfDay(end) - minutesOfDay(start);
  return span < 0 ? span + 24 * 60 : span;
}
