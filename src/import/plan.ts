// What importing an agenda will do, worked out before anything is written: which sessions are new,
// which change a talk, which match one already; then, for the sessions chosen, how the event's
// dates (and zone) must change to hold them.
import { daysBetween } from '../model/dates';
import type { EventRecord, TalkInput, TalkRecord } from '../model/types';
import { LIMITS } from '../model/validate';
import type { Agenda, AgendaItem } from './agenda';

/** One session of the preview, matched against the event's talks. */
export interface ImportRow {
  item: AgendaItem;
  /** New: no talk yet; update: its talk will change; unchanged: its talk already reads so. */
  status: 'new' | 'update' | 'unchanged';
  /** The talk it matches (imported or typed before), for "update" and "unchanged". */
  talkId: string | null;
  input: TalkInput;
}

/** Every session of an agenda, matched: what the preview and the chooser show. */
export interface ImportPreview {
  rows: ImportRow[];
  /** The zone the event takes on import (it had none, and the file names one), or null. */
  eventZone: string | null;
}

/** The chosen sessions, ready to write in one transaction. */
export type ImportPlan =
  | { ok: true; rows: ImportRow[]; eventDates: { startDate: string; endDate: string } | null; eventZone: string | null }
  | { ok: false; error: string };

/**
 * Matches every session to the event's talks: by import key first; else, for a talk typed by hand
 * or imported under a key this file no longer has, by title, day, start and room, then title, day
 * and start, then title and day, each only where exactly one session and one talk fit. A talk
 * matches one session at most, and a guess never pairs a session with a talk another session could
 * be, so notes never move to another session's talk.
 */
export function previewImport(event: EventRecord, talks: readonly TalkRecord[], agenda: Agenda): ImportPreview {
  const byKey = new Map<string, TalkRecord>();
  for (const talk of talks) if (talk.importKey && !byKey.has(talk.importKey)) byKey.set(talk.importKey, talk);
  const fileKeys = new Set(agenda.items.map((i) => i.key));
  const taken = new Set<string>();
  const matches = agenda.items.map((item) => {
    const talk = byKey.get(item.key);
    if (talk) taken.add(talk.id);
    return talk;
  });
  const free = talks.filter((t) => !taken.has(t.id) && !(t.importKey && fileKeys.has(t.importKey)));
  const titleDay = (t: { title: string; date: string }) => `${t.date}\n${t.title.trim().toLowerCase()}`;
  // Worked out once: the guesses compare every open session with every free talk.
  const itemTitleDay = agenda.items.map(titleDay);
  const talkTitleDay = new Map(free.map((t) => [t.id, titleDay(t)]));
  const match = (i: number, talk: TalkRecord) => {
    matches[i] = talk;
    taken.add(talk.id);
  };
  // Each guess pairs one session with one talk only where nothing else could be paired instead:
  // by title, day and start (and room, where two parallel sessions share all that); then by title
  // and day.
  const guess = (same: (i: number, talk: TalkRecord) => boolean) => {
    const open = agenda.items.map((_item, i) => i).filter((i) => !matches[i]);
    for (const i of open) {
      const talks = free.filter((t) => !taken.has(t.id) && same(i, t));
      if (talks.length !== 1) continue;
      const rivals = open.filter((j) => !matches[j] && talks.some((t) => same(j, t)));
      if (rivals.length === 1) match(i, talks[0] as TalkRecord);
    }
  };
  const sameTitleDay = (i: number, t: TalkRecord) => talkTitleDay.get(t.id) === itemTitleDay[i];
  const item = (i: number) => agenda.items[i] as AgendaItem;
  guess((i, t) => sameTitleDay(i, t) && t.startTime === item(i).startTime && t.room === item(i).room);
  guess((i, t) => sameTitleDay(i, t) && t.startTime === item(i).startTime);
  guess(sameTitleDay);
  const rows = agenda.items.map((item, i): ImportRow => {
    const existing = matches[i];
    const input: TalkInput = {
      title: item.title,
      speakers: item.speakers.length ? item.speakers : (existing?.speakers ?? []),
      date: item.date,
      startTime: item.startTime,
      endTime: item.endTime,
      room: item.room || (existing?.room ?? ''),
      tags: existing?.tags ?? [],
    };
    // A talk matched by title gets the session's key too, so the link holds when the session moves.
    const status = !existing ? 'new' : existing.importKey === item.key && same(existing, input, item.service) ? 'unchanged' : 'update';
    return { item, status, talkId: existing?.id ?? null, input };
  });
  const eventZone = !event.timeZone && agenda.fileZone ? agenda.fileZone : null;
  return { rows, eventZone };
}

/** The chosen rows as a plan: the event's dates grow to hold them, within the 31 days an event can last. */
export function planImport(event: EventRecord, preview: ImportPreview, chosen: ReadonlySet<string>): ImportPlan {
  const rows = preview.rows.filter((r) => chosen.has(r.item.key));
  const dates = rows.map((r) => r.input.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const widened = first && last ? widenDates(event, first, last) : { startDate: event.startDate, endDate: event.endDate };
  const { startDate } = widened;
  const endDate = widened.endDate || startDate;
  if (startDate && endDate && daysBetween(startDate, endDate) + 1 > LIMITS.days) {
    return {
      ok: false,
      error: `The sessions chosen run from ${startDate} to ${endDate}; an event can last at most ${LIMITS.days} days. Choose fewer days, or import into another event.`,
    };
  }
  const grows = startDate !== event.startDate || endDate !== (event.endDate || event.startDate);
  return { ok: true, rows, eventDates: grows ? widened : null, eventZone: preview.eventZone };
}

/** An event's dates widened to hold first…last (an import only ever widens them); an end on the start day is ''. */
export function widenDates(event: Pick<EventRecord, 'startDate' | 'endDate'>, first: string, last: string): { startDate: string; endDate: string } {
  const startDate = [event.startDate, first].filter(Boolean).sort()[0] ?? '';
  const endDate = [event.endDate || event.startDate, last].filter(Boolean).sort().at(-1) ?? '';
  return { startDate, endDate: endDate === startDate ? '' : endDate };
}

function same(talk: TalkRecord, input: TalkInput, service: boolean): boolean {
  return (
    talk.title === input.title &&
    talk.date === input.date &&
    talk.startTime === input.startTime &&
    talk.endTime === input.endTime &&
    talk.room === input.room &&
    Boolean(talk.service) === service &&
    JSON.stringify(talk.speakers) === JSON.stringify(input.speakers)
  );
}
