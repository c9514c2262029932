// Post dates with the venue's UTC offset. Jekyll compares a post's date with the build time and,
// with `future: false` (its default), silently drops posts it thinks are in the future: a date
// without an offset is read in the build machine's zone and can land hours late.
import { formatOffset, offsetMinutes } from '../model/time-zones';

/** "2017-04-18 09:30:00 -0700", the form Jekyll's docs use. */
export function jekyllDate(date: string, time: string, timeZone: string): string {
  return `${date} ${time || '00:00'}:00 ${formatOffset(offsetMinutes(date, time, timeZone), false)}`;
}

/** "2017-04-18T09:30:00-07:00" (RFC 3339), as Hugo expects. */
export function hugoDate(date: string, time: string, timeZone: string): string {
  return `${date}T${time || '00:00'}:00${formatOffset(offsetMinutes(date, time, timeZone), true)}`;
}
