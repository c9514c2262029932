// iCalendar (.ics) agendas, as Sched, pretalx and most conference sites publish them, read with
// ical.js. Times are converted to the event's time zone (VTIMEZONE blocks in the file are used).
import ICAL from 'ical.js';
import { isTimeZone, offsetMinutes, wallTime } from '../model/time-zones';
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
    const summary = String(component.getFirstPropertyValue('summary') ?? 'untitled');
    let event: ICAL.Event;
    let start: { date: string; time: string };
    let end: { date: string; time: string } | null;
    try {
      event = new ICAL.Event(component);
      if (!event.startDate) return { ok: false, error: `Session ${i + 1} ("${summary}") has no start time (DTSTART).` };
      start = localTime(event.startDate, component.getFirstProperty('dtstart'), timeZone);
      const hasEnd = component.hasProperty('dtend') || component.hasProperty('duration');
      end = hasEnd && event.endDate ? localTime(event.endDate, component.getFirstProperty('dtend'), timeZone) : null;
    } catch (error) {
      return { ok: false, error: `Session ${i + 1} ("${summary}") has a date or time that cannot be read: ${error instanceof Error ? error.message : String(error)}.` };
    }
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

const pad = (n: number) => String(n).padStart(2, '0');

// A DTSTART/DTEND in the event's local time. All-day dates and "floating" times (no zone) are the
// event's own local time as written; a TZID the file does not describe is looked up by name; a
// time in a known zone (or UTC) is converted.
function localTime(time: ICAL.Time, property: ICAL.Property | null, timeZone: string): { date: string; time: string } {
  const date = `${time.year}-${pad(time.month)}-${pad(time.day)}`;
  const clock = `${pad(time.hour)}:${pad(time.minute)}`;
  if (time.isDate) return { date, time: '' };
  const tzid = property?.getParameter('tzid');
  const zone = time.zone?.tzid;
  if (zone === 'floating' || zone === undefined) {
    const named = typeof tzid === 'string' ? tzid : '';
    if (!named || !isTimeZone(named)) return { date, time: clock };
    const instant = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute) - offsetMinutes(date, clock, named) * 60_000;
    return wallTime(instant, timeZone);
  }
  return wallTime(time.toJSDate().getTime(), timeZone);
}
