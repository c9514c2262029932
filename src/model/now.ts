// What is on now: talks by their agenda times against the clock. Agenda times are the event's
// local times, so the clock is read in the event's time zone (the device's when it has none):
// someone following a San Francisco summit from Berlin still sees the right talk as "on now".
import { wallTime } from './time-zones';
import type { TalkRecord } from './types';

/** A talk without an end time is taken to last this long. */
export const DEFAULT_TALK_MINUTES = 45;

// Minutes since local midnight of "HH:MM".
const minutesOf = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

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

/** Minutes since the talk started (today, by its start time), or null when that is not known. */
export function minutesIntoTalk(talk: Pick<TalkRecord, 'date' | 'startTime'>, now: number, timeZone = ''): number | null {
  const clock = localClock(now, timeZone);
  if (!talk.startTime || talk.date !== clock.date) return null;
  const minutes = clock.minutes - minutesOf(talk.startTime);
  return minutes >= 0 ? minutes : null;
}

/** When the talk ends, in minutes since midnight: its end time, or its start plus 45 minutes. */
export function endMinutes(talk: Pick<TalkRecord, 'startTime' | 'endTime'>): number {
  return talk.endTime ? minutesOf(talk.endTime) : minutesOf(talk.startTime) + DEFAULT_TALK_MINUTES;
}

/** The talks on now (started and not ended), latest start first; then the next one today. */
export function talksNow<T extends Pick<TalkRecord, 'date' | 'startTime' | 'endTime'>>(
  talks: readonly T[],
  now: number,
  zoneOf: (talk: T) => string = () => '',
): { now: T[]; next: T | null } {
  const today = talks
    .map((talk) => ({ talk, clock: localClock(now, zoneOf(talk)) }))
    .filter(({ talk, clock }) => talk.date === clock.date && talk.startTime);
  const on = today
    .filter(({ talk, clock }) => minutesOf(talk.startTime) <= clock.minutes && clock.minutes < endMinutes(talk))
    .map(({ talk }) => talk)
    .sort((a, b) => b.startTime.localeCompare(a.startTime));
  const next =
    today
      .filter(({ talk, clock }) => minutesOf(talk.startTime) > clock.minutes)
      .map(({ talk }) => talk)
      .sort((a, b) => a.startTime.localeCompare(b.startTime))[0] ?? null;
  return { now: on, next };
}

/** True once the agenda says the talk is over (today, after its end). */
export function hasEnded(talk: Pick<TalkRecord, 'date' | 'startTime' | 'endTime'>, now: number, timeZone = ''): boolean {
  const clock = localClock(now, timeZone);
  if (!talk.startTime) return false;
  if (talk.date !== clock.date) return talk.date !== '' && talk.date < clock.date;
  return clock.minutes >= endMinutes(talk);
}

/** "HH:MM" of an instant on the device's clock, for "New talk" with the time filled in. */
export function localTime(now: number): string {
  const d = new Date(now);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** True in the three hours after the talk ended today: the moment to ask for its key takeaway. */
export function justEnded(talk: Pick<TalkRecord, 'date' | 'startTime' | 'endTime'>, now: number, timeZone = ''): boolean {
  const clock = localClock(now, timeZone);
  if (!talk.startTime || talk.date !== clock.date) return false;
  const since = clock.minutes - endMinutes(talk);
  return since >= 0 && since < 180;
}
