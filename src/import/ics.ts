// iCalendar (.ics) agendas, as Sched, pretalx and most conference sites publish them, read with
// ical.js. Times are converted to the event's time zone (VTIMEZONE blocks in the file are used).
import ICAL from 'ical.js';
import { wallTime } from '../model/time-zones';
import { parseSpeakers, type AgendaItem, type AgendaResult } from './agenda';

/** Reads the VEVENTs of an .ics file as sessions in `timeZone`'s local time. */
export function parseIcs(text: string, timeZone: string): AgendaResult {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return { ok: false, error: `This is not a readable iCalendar file: ${error instanceof Error ? error.message : String(error)}.` };
  }
  if (calendar.name !== 'vcalendar') return { ok: false, error: 'This file is not an iCalendar agenda (it has no VCALENDAR).' };
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);

  const items: AgendaItem[] = [];
  const events = calendar.getAllSubcomponents('vevent');
  for (const [i, component] of events.entries()) {
    const event = new ICAL.Event(component);
    if (!event.startDate) return { ok: false, error: `Session ${i + 1} ("${event.summary ?? 'untitled'}") has no start time (DTSTART).` };
    const start = wallTime(event.startDate.toJSDate().getTime(), timeZone);
    const end = event.endDate ? wallTime(event.endDate.toJSDate().getTime(), timeZone) : null;
    const description = event.description ?? '';
    const speakerLine = /^speakers?:\s*(.+)$/im.exec(description)?.[1] ?? '';
    items.push({
      key: `ics:${event.uid || `${event.summary}-${start.date}-${start.time}`}`,
      title: (event.summary ?? '').trim() || 'Untitled session',
      speakers: parseSpeakers(speakerLine),
      date: start.date,
      // All-day entries (dates without times) carry no time.
      startTime: event.startDate.isDate ? '' : start.time,
      endTime: event.startDate.isDate || !end || end.date !== start.date ? '' : end.time,
      room: (event.location ?? '').trim(),
    });
  }
  if (!items.length) return { ok: false, error: 'This calendar has no sessions (no VEVENT entries).' };
  return { ok: true, items };
}
