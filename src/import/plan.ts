// What importing an agenda will do, worked out before anything is written: which talks are new,
// which change, which stay, and how the event's dates must grow to hold them.
import { daysBetween } from '../model/dates';
import type { EventRecord, TalkInput, TalkRecord } from '../model/types';
import { validateTalk } from '../model/validate';
import type { AgendaItem } from './agenda';

/** One row of the preview. */
export interface ImportRow {
  item: AgendaItem;
  status: 'new' | 'update' | 'unchanged';
  /** The talk it updates, for "update" and "unchanged". */
  talkId: string | null;
  input: TalkInput;
}

/** The import, ready to show and then to apply in one transaction. */
export type ImportPlan =
  | { ok: true; rows: ImportRow[]; eventDates: { startDate: string; endDate: string } | null }
  | { ok: false; error: string };

const MAX_DAYS = 31;

/** Matches sessions to existing talks (by import key, else by title and day) and checks every one. */
export function planImport(event: EventRecord, talks: readonly TalkRecord[], items: readonly AgendaItem[]): ImportPlan {
  const dates = items.map((i) => i.date).filter(Boolean).sort();
  let startDate = event.startDate;
  let endDate = event.endDate || event.startDate;
  const first = dates[0];
  const last = dates.at(-1);
  if (first && last) {
    if (!startDate || first < startDate) startDate = first;
    if (!endDate || last > endDate) endDate = last;
  }
  if (startDate && endDate && daysBetween(startDate, endDate) + 1 > MAX_DAYS) {
    return { ok: false, error: `The agenda runs from ${startDate} to ${endDate}; an event can last at most ${MAX_DAYS} days. Nothing was imported.` };
  }
  const grows = startDate !== event.startDate || endDate !== (event.endDate || event.startDate);
  const eventDates = grows ? { startDate, endDate: endDate === startDate ? '' : endDate } : null;
  const range = eventDates ?? event;

  const taken = new Set<string>();
  const rows: ImportRow[] = [];
  for (const item of items) {
    const existing =
      talks.find((t) => t.importKey === item.key && !taken.has(t.id)) ??
      talks.find((t) => !t.importKey && t.title === item.title && t.date === item.date && !taken.has(t.id));
    if (existing) taken.add(existing.id);
    const input: TalkInput = {
      title: item.title,
      speakers: item.speakers.length ? item.speakers : (existing?.speakers ?? []),
      date: item.date,
      startTime: item.startTime,
      endTime: item.endTime,
      room: item.room || (existing?.room ?? ''),
      tags: existing?.tags ?? [],
    };
    const checked = validateTalk(input, range);
    if (!checked.ok) {
      const problem = Object.values(checked.errors)[0];
      return { ok: false, error: `"${item.title}" (${item.date} ${item.startTime}) cannot be imported: ${problem} Nothing was imported.` };
    }
    const status = !existing ? 'new' : same(existing, checked.value) ? 'unchanged' : 'update';
    rows.push({ item, status, talkId: existing?.id ?? null, input: checked.value });
  }
  return { ok: true, rows, eventDates };
}

function same(talk: TalkRecord, input: TalkInput): boolean {
  return (
    talk.title === input.title &&
    talk.date === input.date &&
    talk.startTime === input.startTime &&
    talk.endTime === input.endTime &&
    talk.room === input.room &&
    JSON.stringify(talk.speakers) === JSON.stringify(input.speakers)
  );
}
