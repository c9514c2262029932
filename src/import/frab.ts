// The frab schedule, as frab, pretalx and Pentabarf publish it (schedule.json and schedule.xml, used
// by FOSDEM, CCC and many devrooms): conference → days → rooms → events with a start and a duration.
// Both files are read into this one shape, then into sessions here.
import { addDays, isDate, minutesOfDay } from '../model/dates';
import type { Speaker } from '../model/types';
import { chosenZone, sessionLabel, type LocalTime, type ReadOptions, type SourceResult, type SourceSession } from './agenda';
import { ianaZone, isoToLocal } from './zones';

/** A frab event, from either file. */
export interface FrabEvent {
  guid: string;
  id: string;
  title: string;
  /** ISO date-time with offset ("2019-12-27T11:00:00+01:00"); "" in files that have none. */
  date: string;
  /** The date of the day it is listed under ("2019-12-27"). */
  dayDate: string;
  /** "HH:MM" local time. */
  start: string;
  /** "HH:MM" ("0:30" too), Pentabarf's "HH:MM:SS", or pretalx's "D:HH:MM" from 24 hours on. */
  duration: string;
  /** ISO date-time with offset of the end, where the file gives it (pretalx's JSON); else "". */
  end: string;
  room: string;
  track: string;
  type: string;
  persons: Speaker[];
}

/** A frab schedule's conference and its events, in file order. */
export interface FrabSchedule {
  title: string;
  /** IANA zone name (time_zone_name), or "". */
  timeZone: string;
  /** When a conference day ends and the next begins ("04:00"); events before it are after midnight. */
  dayChange: string;
  /** Who wrote the file ("pretalx"), where it says; pretalx writes durations of a day or more as D:HH:MM. */
  generator: string;
  events: FrabEvent[];
}

// Event types that are not talks.
const SERVICE_TYPE = /^(break|pause|lunch|coffee|other_?break|meal)$/i;

/** Sessions from a frab schedule, in the event's zone (else the schedule's, else the device's). */
export function frabSessions(schedule: FrabSchedule, format: string, options: ReadOptions): SourceResult {
  const fileZone = ianaZone(schedule.timeZone);
  const timeZone = chosenZone(options, fileZone);
  const sessions: SourceSession[] = schedule.events.map((event, i) => {
    const start = startOf(event, schedule, fileZone, timeZone);
    return {
      id: event.guid || event.id,
      anchor: event.date || `${event.dayDate}T${event.start}`,
      title: event.title,
      speakers: event.persons,
      start,
      end: start?.time ? (event.end && isoToLocal(event.end, timeZone, fileZone)) || after(start, durationMinutes(event.duration, schedule.generator)) : null,
      room: event.room,
      track: event.track,
      service: SERVICE_TYPE.test(event.type),
      where: sessionLabel(i, event.title),
    };
  });
  if (!sessions.length) return { ok: false, error: 'This schedule has no sessions (no events).' };
  return { ok: true, format, source: 'frab', sessions, trustedIds: true, skipped: [], skippedLines: 0, fileZone, timeZone, warnings: [] };
}

// The start: the event's own date with its offset where the file has one; else the day's date and
// the start time in the schedule's zone, a day later for times before the day change (a CCC day
// runs from 10:00 to 03:00, and old Pentabarf files list a 01:00 talk under the day before).
function startOf(event: FrabEvent, schedule: FrabSchedule, fileZone: string, timeZone: string): LocalTime | null {
  if (event.date) {
    const exact = isoToLocal(event.date, timeZone, fileZone);
    if (exact?.time) return exact;
  }
  const time = /^(\d{1,2}):(\d{2})/.exec(event.start.trim());
  if (!time || !isDate(event.dayDate)) return null;
  const clock = `${(time[1] ?? '').padStart(2, '0')}:${time[2]}`;
  // Only an early-morning day change counts: FOSDEM's 09:00 would move a 08:30 talk to the next day.
  const nextDay = schedule.dayChange && minutesOfDay(clock) < minutesOfDay(schedule.dayChange) && minutesOfDay(schedule.dayChange) <= 6 * 60;
  const date = nextDay ? addDays(event.dayDate, 1) : event.dayDate;
  return isoToLocal(`${date}T${clock}`, timeZone, fileZone);
}

/**
 * Minutes of a frab duration: "00:30", "0:30", "26:00"; three parts are Pentabarf's HH:MM:SS
 * ("00:05:00"), except pretalx's D:HH:MM ("1:02:00" is 26 hours), told apart by the generator or
 * by a single-digit first part. 0 when there is none.
 */
export function durationMinutes(duration: string, generator = ''): number {
  const m = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(duration.trim());
  if (!m) return 0;
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3]];
  if (c === undefined) return a * 60 + b;
  // A middle part of 24 or more cannot be hours of a day: then it is H:MM:SS after all.
  const daysFirst = (/pretalx/i.test(generator) || (m[1] ?? '').length === 1) && b < 24;
  return daysFirst ? a * 24 * 60 + b * 60 + Number(c) : a * 60 + b;
}

function after(start: LocalTime, minutes: number): LocalTime | null {
  if (minutes <= 0) return null;
  const total = minutesOfDay(start.time) + minutes;
  const days = Math.floor(total / (24 * 60));
  const rest = total % (24 * 60);
  return { date: addDays(start.date, days), time: `${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}` };
}
