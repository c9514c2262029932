// Zone names as agenda files write them, and moving a wall-clock time from one zone to another.
import { isDate } from '../model/dates';
import { offsetMinutes, isTimeZone, wallTime } from '../model/time-zones';
import type { LocalTime } from './agenda';

/**
 * The IANA zone a file's zone name stands for, or "" when it names none the runtime knows:
 * "Europe/Brussels" as is; "/mozilla.org/20050126_1/Europe/Brussels" by its tail; the
 * non-standard "Europe-Brussels" with its dash read as a slash.
 */
export function ianaZone(name: string): string {
  const clean = name.trim().replace(/^"(.*)"$/, '$1');
  if (!clean) return '';
  const candidates = [clean];
  const segments = clean.split('/').filter(Boolean);
  for (let i = 1; i < segments.length - 1; i++) candidates.push(segments.slice(i).join('/'));
  candidates.push(clean.replace(/^([A-Za-z]+)-(?=[A-Za-z])/, '$1/'));
  for (const candidate of candidates) {
    if (candidate.includes('/') || /^(UTC|GMT|Etc\/)/i.test(candidate) || candidate === clean) {
      if (isTimeZone(candidate)) return new Intl.DateTimeFormat('en-US', { timeZone: candidate }).resolvedOptions().timeZone;
    }
  }
  return '';
}

/** A wall-clock time in zone `from` as the wall clock reads in zone `to` at that instant. */
export function convertWallTime(wall: LocalTime, from: string, to: string): LocalTime {
  if (from === to || !wall.time) return wall;
  return fromUtc(wall, to, offsetMinutes(wall.date, wall.time, from));
}

/** The wall-clock time in `to` of a date and time at `offset` minutes from UTC (UTC itself by default). */
export function fromUtc(wall: LocalTime, to: string, offset = 0): LocalTime {
  if (!wall.time) return wall;
  const [y = 0, mo = 1, d = 1] = wall.date.split('-').map(Number);
  const [h = 0, mi = 0] = wall.time.split(':').map(Number);
  return wallTime(Date.UTC(y, mo - 1, d, h, mi) - offset * 60_000, to);
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An ISO 8601 date-time from a JSON or XML agenda, as the wall clock reads in `to`: with an offset
 * ("…T09:30:00+01:00", "…Z") it names an instant; without one it is local time in `floating` (or
 * in `to` itself when that is ""). Null when it is not such a date.
 */
export function isoToLocal(value: string, to: string, floating = ''): LocalTime | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, date = '', h, mi, offset] = m;
  if (!isDate(date) || Number(h) > 23 || Number(mi) > 59) return null;
  if (h === undefined) return { date, time: '' };
  const wall = { date, time: `${h}:${mi}` };
  if (!offset) return floating ? convertWallTime(wall, floating, to) : wall;
  const sign = offset.startsWith('-') ? -1 : 1;
  return fromUtc(wall, to, offset.toUpperCase() === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2))));
}
