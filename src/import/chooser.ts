// Choosing what to import from a big agenda (FOSDEM has about 870 sessions in 35 rooms): what is
// ticked at first, and which sessions a filter by day, room, track and words shows.
import { fold } from '../model/search';
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
 * The sessions ticked when the preview opens: a small agenda imports whole; of a large one, only
 * what this event already has from it (a re-import updates those, and offers the rest).
 */
export function initialChoice(rows: readonly ImportRow[]): Set<string> {
  const large = rows.length > LARGE_AGENDA;
  return new Set(rows.filter((r) => !large || r.talkId !== null).map((r) => r.item.key));
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
