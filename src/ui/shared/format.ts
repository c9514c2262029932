// Dates and times as a person reads them, in the device's language.
import { parseDate } from '../../model/dates';
import type { DayGroup } from '../../model/days';

// The stored date is a calendar date, so it is formatted in UTC to keep it from shifting a day.
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Tue, 18 Apr" (in the device's language). */
export function formatDay(date: string): string {
  const ms = parseDate(date);
  return ms === null ? date : dayFormat.format(ms);
}

/** "18 Apr 2017 – 19 Apr 2017", or one date, or "" when the event has none. */
export function formatDateRange(start: string, end: string): string {
  const a = parseDate(start);
  const b = parseDate(end);
  if (a === null) return '';
  if (b === null || a === b) return fullFormat.format(a);
  return fullFormat.formatRange(a, b);
}

/** Heading of a day section: "Day 1 · Tue, 18 Apr", "Tue, 22 Apr", or "No day set". */
export function dayTitle(group: Pick<DayGroup, 'date' | 'dayNumber'>): string {
  if (!group.date) return 'No day set';
  return group.dayNumber ? `Day ${group.dayNumber} · ${formatDay(group.date)}` : formatDay(group.date);
}

/** "09:30–10:15", "09:30", or "". */
export function formatTimes(start: string, end: string): string {
  return end ? `${start}–${end}` : start;
}

/** Today's date on this device, as "YYYY-MM-DD". */
export function todayLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The device's IANA time zone ("Europe/Berlin"). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every IANA time zone the browser knows, for picking one from a list. */
export function timeZoneNames(): string[] {
  return Intl.supportedValuesOf('timeZone');
}
