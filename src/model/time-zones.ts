// Time zones by IANA name ("America/Los_Angeles") and the UTC offset in force at a local time.
import { parseDate } from './dates';

/** True when the runtime knows this IANA time zone name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false; // the documented answer for an unknown zone
    throw error;
  }
}

// Making a DateTimeFormat costs far more than using one (a long task on a slow phone when done per
// render): one per kind and time zone, kept.
// `kind` names the locale and options, which are the same on every call for a kind.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(kind: string, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, made);
  }
  return made;
}

// "GMT-07:00" / "GMT+05:30" / "GMT" → minutes east of UTC.
function offsetAt(instant: number, timeZone: string): number {
  const part = format('offset', 'en-US', timeZone, { timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(part ?? '');
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** Minutes east of UTC in `timeZone` at the wall-clock `date` + `time` ("HH:MM"). */
export function offsetMinutes(date: string, time: string, timeZone: string): number {
  const day = parseDate(date);
  if (day === null) throw new RangeError(`Not a date: ${date}`);
  const [h = 0, min = 0] = time.split(':').map(Number);
  const wall = day + (h * 60 + min) * 60_000;
  // The offset depends on the instant, which depends on the offset: two rounds settle it,
  // including on the days the clocks change.
  const first = offsetAt(wall, timeZone);
  const second = offsetAt(wall - first * 60_000, timeZone);
  return second;
}

/** "+hhmm" / "-hhmm" for Jekyll, or "+hh:mm" / "-hh:mm" for RFC 3339 (Hugo). */
export function formatOffset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

/** Today's date ("YYYY-MM-DD") in a time zone, at the given instant. */
export function dateInZone(instant: number, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return format('date', 'en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The wall-clock date and time ("YYYY-MM-DD", "HH:MM") of an instant in a time zone. */
export function wallTime(instant: number, timeZone: string): { date: string; time: string } {
  const parts = format('wall', 'en-CA', timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}
