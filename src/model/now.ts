// What is on now: talks by their agenda times against the clock. Agenda times are the event's
// local times, so the clock is read in the event's time zone (the device's when it has none):
// someone following a San Francisco summit from Berlin still sees the right talk as "on now".
import { addDays, isDate, minutesOfDay as minutesOf, talkMinutes } from './dates';
import { wallTime } from './time-zones';
import type { TalkRecord } from './types';

/** A talk without an end time is taken to last this long. */
export const DEFAULT_TALK_MINUTES = 45;

/** "YYYY-MM-DD" and minutes since midnight of an instant, in a time zone ("" for the device's). */
export function localClock(now: number, timeZone = ''): { date: string; minutes: number } {
  const d = new Date(now);
  const seconds = d.getSeconds() / 60;
  if (timeZone) {
    const wall = wallTime(now, timeZone);
    return { date: wall.date, minutes: minutesOf(wall.time) + seconds };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, minutes: d.getHours() * 60 + d.getMinutes() + seconds };
}

/** Minutes since the talk started (on its day, or after midnight for a talk still on), or null when that is not known. */
export function minutesIntoTalk(talk: Pick<TalkRecord, 'date' | 'startTime' | 'endTime'>, now: number, timeZone = ''): number | null {
  const clock = onTalkDay(talk, localClock(now, timeZone));
  if (!talk.startTime || clock === null) return null;
  const minutes = clock - minutesOf(talk.startTime);
  return minutes >= 0 ? minutes : null;
}

/** When the talk ends, in minutes since midnight of its day: its end time (past 24:00 after midnight), or its start plus 45 minutes. */
export function endMinutes(talk: Pick<TalkRecord, 'startTime' | 'endTime'>): number {
  return minutesOf(talk.startTime) + (talk.endTime ? talkMinutes(talk.startTime, talk.endTime) : DEFAULT_TALK_MINUTES);
}

// The clock in minutes since midnight of the talk's own day: today's talks read it as it is, and a
// talk of yesterday that runs past midnight reads it 24 hours on; any other talk is not on that clock.
function onTalkDay(talk: Pick<TalkRecord, 'date' | 'startTime' | 'endTime'>, clock: { date: string; minutes: number }): number | null {
  if (talk.date === clock.date) return clock.minutes;
  if (talk.startTime && endMinutes(talk) > 24 * 60 && isDate(talk.date) && addDays(talk.date, 1) === clock.date) return clock.minutes + 24 * 60;
  return null;
}

/** The talks on now (started and not ended), latest start first; then the next one today. */
export function talksNow<T extends Pick<TalkRecord, 'date' | 'startTime' | 'endTime'>>(
  talks: readonly T[],
  now: number,
  zoneOf: (talk: T) => string = () => '',
): { now: T[]; next: T | null } {
  // One reading of the clock per zone: reading it in a named zone costs an Intl call.
  const clocks = new Map<string, { date: string; minutes: number }>();
  const clockIn = (zone: string) => {
    let clock = clocks.get(zone);
    if (!clock) {
      clock = localClock(now, zone);
      clocks.set(zone, clock);
    }
    return clock;
  };
  const today = talks
    .filter((talk) => talk.startTime)
    .map((talk) => ({ talk, minutes: onTalkDay(talk, clockIn(zoneOf(talk))) }))
    .filter((entry): entry is { talk: T; minutes: number } => entry.minutes !== null);
  const starts = (talk: T) => `${talk.date} ${talk.startTime}`;
  const on = today
    .filter(({ talk, minutes }) => minutesOf(talk.startTime) <= minutes && minutes < endMinutes(talk))
    .map(({ talk }) => talk)
    .sort((a, b) => starts(b).localeCompare(starts(a)));
  const next =
    today
      .filter(({ talk, minutes }) => minutesOf(talk.startTime) > minutes)
      .map(({ talk }) => talk)
      .sort((a, b) => starts(a).localeCompare(starts(b)))[0] ?? null;
  return { now: on, next };
}

/** True once the agenda says the talk is over (on its day after its end, or on a later day). */
export function hasEnded(talk: Pick<TalkRecord, 'date' | 'startTime' | 'endTime'>, now: number, timeZone = ''): boolean {
  const clock = localClock(now, timeZone);
  if (!talk.startTime) return false;
  const minutes = onTalkDay(talk, clock);
  if (minutes === null) return talk.date !== '' && talk.date < clock.date;
  return minutes >= endMinutes(talk);
}

/** "HH:MM" of an instant on the device's clock, for "New talk" with the time filled in. */
export function localTime(now: number): string {
  const d = new Date(now);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** True in the three hours after the talk ended (by the clock of its day): the moment to ask for its key takeaway. */
export function justEnded(talk: Pick<TalkRecord, 'date' | 'startTime' | 'endTime'>, now: number, timeZone = ''): boolean {
  const minutes = onTalkDay(talk, localClock(now, timeZone));
  if (!talk.startTime || minutes === null) return false;
  const since = minutes - endMinutes(talk);
  return since >= 0 && since < 180;
}
