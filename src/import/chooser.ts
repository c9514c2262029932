// Choosing what to import from a big agenda (FOSDEM has about 870 sessions in 35 rooms): what is
// ticked at first, and which sessions a filter by day, room, track and words shows.
import { addDays, daysBetween, isDate } from '../model/dates';
import { fold } from '../model/search';
import type { EventInput } from '../model/types';
import { LIMITS } from '../model/validate';
import type { ImportRow } from './plan';

/** Agendas with more sessions than this open on the chooser instead of importing whole. */
export const LARGE_AGENDA = 50;

/** What the chooser's filter asks for; "" means any. */
export interface ChooserFilter {
  day: string;
  room: string;
  track: string;
  text: string;
}

/** The filter that shows every session. */
export const NO_FILTER: ChooserFilter = { day: '', room: '', track: '', text: '' };

/**
 * The sessions ticked when the preview opens: a small agenda imports whole (but for sessions far
 * from the rest, see farOff); of a large one, only what this event already has from it (a
 * re-import updates those, and offers the rest).
 */
export function initialChoice(rows: readonly ImportRow[], event: Pick<EventInput, 'startDate' | 'endDate'> = { startDate: '', endDate: '' }): Set<string> {
  if (rows.length > LARGE_AGENDA) return new Set(rows.filter((r) => r.talkId !== null).map((r) => r.item.key));
  const far = farOff(rows, event);
  return new Set(rows.filter((r) => !far.has(r.item.key)).map((r) => r.item.key));
}

/**
 * Sessions outside the busiest stretch of 31 days (the most an event can last) that holds the
 * event's own dates: a calendar that also lists next year's edition, say. Ticked, they would make
 * the import impossible; they are left unticked and named instead.
 */
export function farOff(rows: readonly ImportRow[], event: Pick<EventInput, 'startDate' | 'endDate'>): Set<string> {
  const own = [event.startDate, event.endDate].filter(isDate);
  const dates = [...new Set(rows.map((r) => r.input.date).filter(isDate))].sort();
  const all = [...dates, ...own].sort();
  const first = all[0];
  const last = all.at(-1);
  if (!first || !last || daysBetween(first, last) < LIMITS.days) return new Set();
  let best: { from: string; count: number } | null = null;
  for (const from of [...new Set([...dates, ...own])].sort()) {
    const to = addDays(from, LIMITS.days - 1);
    if (own.some((d) => d < from || d > to)) continue;
    const count = rows.filter((r) => r.input.date >= from && r.input.date <= to).length;
    if (!best || count > best.count) best = { from, count };
  }
  // The event's own dates already span more, or lie far from every session (a mistyped year): the
  // plan's own message about the dates says more than unticking everything would.
  if (!best || best.count === 0) return new Set();
  const from = best.from;
  const to = addDays(from, LIMITS.days - 1);
  return new Set(rows.filter((r) => r.input.date && (r.input.date < from || r.input.date > to)).map((r) => r.item.key));
}

/** The days, rooms and tracks to filter by, each sorted, without blanks. */
export function facets(rows: readonly ImportRow[]): { days: string[]; rooms: string[]; tracks: string[] } {
  const sorted = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));
  return {
    days: sorted(rows.map((r) => r.input.date)),
    rooms: sorted(rows.map((r) => r.input.room)),
    tracks: sorted(rows.map((r) => r.item.track)),
  };
}

/** Per row, the folded text the words of a filter are looked for in: title, speakers, room, track. */
export function haystacks(rows: readonly ImportRow[]): string[] {
  return rows.map((r) => fold([r.input.title, ...r.input.speakers.map((s) => s.name), r.input.room, r.item.track].join(' ')));
}

/** Indexes of the rows the filter shows, in agenda order; every word typed must appear. */
export function filterRows(rows: readonly ImportRow[], hay: readonly string[], filter: ChooserFilter): number[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const shown: number[] = [];
  for (const [i, row] of rows.entries()) {
    if (filter.day && row.input.date !== filter.day) continue;
    if (filter.room && row.input.room !== filter.room) continue;
    if (filter.track && row.item.track !== filter.track) continue;
    const text = hay[i] ?? '';
    if (words.every((w) => text.includes(w))) shown.push(i);
  }
  return shown;
}

/** Rows in the order the preview lists them: by day, then start, then room. */
export function agendaOrder(rows: readonly ImportRow[]): ImportRow[] {
  return [...rows].sort(
    (a, b) =>
      a.input.date.localeCompare(b.input.date) ||
      (a.input.startTime || '99').localeCompare(b.input.startTime || '99') ||
      a.input.room.localeCompare(b.input.room) ||
      a.input.title.localeCompare(b.input.title),
  );
}
