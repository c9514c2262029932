// Talks grouped into conference days ("Day 1", "Day 2", …) and ordered as they happen.
import { addDays, daysBetween, isDate } from './dates';
import type { EventInput, TalkRecord } from './types';

/** One day of the event with its talks in time order. */
export interface DayGroup {
  /** "YYYY-MM-DD", or "" for talks with no day set. */
  date: string;
  /** 1-based day of the event, or null when the day is outside the event or unknown. */
  dayNumber: number | null;
  talks: TalkRecord[];
}

type EventDates = Pick<EventInput, 'startDate' | 'endDate'>;

/** Every date from the event's start to its end (just the start for a one-day event, none if unset). */
export function eventDays(event: EventDates): string[] {
  if (!isDate(event.startDate)) return [];
  const length = isDate(event.endDate) ? daysBetween(event.startDate, event.endDate) + 1 : 1;
  return Array.from({ length: Math.max(length, 1) }, (_, i) => addDays(event.startDate, i));
}

/** Day number of `date` in the event: 1 for the first day; null outside the event or without dates. */
export function dayNumber(event: EventDates, date: string): number | null {
  const days = eventDays(event);
  const index = days.indexOf(date);
  return index >= 0 ? index + 1 : null;
}

/** Sort order within a day: by start time, untimed talks last, then by title. */
export function compareTalks(a: TalkRecord, b: TalkRecord): number {
  if (a.startTime !== b.startTime) {
    if (!a.startTime) return 1;
    if (!b.startTime) return -1;
    return a.startTime < b.startTime ? -1 : 1;
  }
  return a.title.localeCompare(b.title) || a.createdAt - b.createdAt;
}

/**
 * Groups talks by day: every day of the event (empty ones too, so there is somewhere to add a talk),
 * plus any other dates talks carry, in date order; talks without a day come last.
 * Without event dates, days are numbered by the order of the dates the talks carry.
 */
export function groupTalksByDay(event: EventDates, talks: readonly TalkRecord[]): DayGroup[] {
  const days = eventDays(event);
  const dates = new Set(days);
  for (const talk of talks) if (talk.date) dates.add(talk.date);
  const sorted = [...dates].sort();
  const numberOf = (date: string): number | null => (days.length ? dayNumber(event, date) : sorted.indexOf(date) + 1);

  const groups: DayGroup[] = sorted.map((date) => ({ date, dayNumber: numberOf(date), talks: [] }));
  const byDate = new Map(groups.map((g) => [g.date, g]));
  const undated: DayGroup = { date: '', dayNumber: null, talks: [] };
  for (const talk of talks) (byDate.get(talk.date) ?? undated).talks.push(talk);
  if (undated.talks.length) groups.push(undated);
  for (const group of groups) group.talks.sort(compareTalks);
  return groups;
}
