// iCalendar (.ics) agendas, as pretalx, frab, Pentabarf, Sched and conference sites publish them.
// A tolerant pass (ics-lines.ts) cuts the file into events; ical.js reads each event on its own, so
// one unreadable event is skipped with its reason and the rest still import.
import ICAL from 'ical.js';
import {
  chosenZone,
  deviceZoneWarning,
  sessionLabel,
  type LocalTime,
  type ReadOptions,
  type SkippedSession,
  type SourceResult,
  type SourceSession,
} from './agenda';
import { decodeEntities, personName, rawValue, readEvent, realTime, textOf, tzidOf, unescapeText } from './ics-event';
import { splitCalendar } from './ics-lines';
import { readSpeakers } from './ics-speakers';
import { calendarClock, isRegionName, timezoneDefinitions, zoneLookup } from './ics-zones';

/**
 * Exporters known by their PRODID. pretalx and frab append speakers to every SUMMARY ("Title - Ana,
 * Tim", "Title - " with none); Pentabarf appends a subtitle the same way, FOSDEM and Sched nothing.
 * frab has no PRODID of its own: it is ri_cal's, with frab's event URLs.
 */
const EXPORTERS: { name: string; prodid: RegExp; url?: RegExp; speakersInSummary: boolean }[] = [
  { name: 'pretalx', prodid: /^-\/\/pretalx\/\//i, speakersInSummary: true },
  { name: 'frab', prodid: /ri_cal/i, url: /\/public\/events\/\d+/, speakersInSummary: true },
  { name: 'Pentabarf', prodid: /pentabarf/i, speakersInSummary: false },
  { name: 'Sched', prodid: /sched\.(com|org)/i, speakersInSummary: false },
  { name: 'Indico', prodid: /indico/i, speakersInSummary: false },
  { name: 'Google Calendar', prodid: /google/i, speakersInSummary: false },
  { name: 'Outlook', prodid: /microsoft/i, speakersInSummary: false },
];

interface ReadEvent {
  component: ICAL.Component;
  where: string;
  dropped: string[];
}

/** Reads the VEVENTs of an .ics file as sessions, in the event's zone (else the file's, else the device's). */
export function parseIcs(text: string, options: ReadOptions): SourceResult {
  const parts = splitCalendar(text);
  if (!parts.isCalendar) return { ok: false, error: 'This is not an iCalendar file: it has no BEGIN:VCALENDAR.' };
  if (!parts.events.length) return { ok: false, error: 'This calendar has no sessions (no VEVENT entries).' };

  const prodid = unescapeText(parts.properties.get('PRODID') ?? '');
  const calendarName = decodeEntities(unescapeText(parts.properties.get('X-WR-CALNAME') ?? ''));
  const skipped: SkippedSession[] = [];
  let skippedLines = parts.skippedLines;
  const events: ReadEvent[] = [];
  for (const [i, lines] of parts.events.entries()) {
    const read = readEvent(lines);
    const where = sessionLabel(i, read.summary);
    if ('error' in read) skipped.push({ where, reason: read.error });
    else events.push({ component: read.component, where, dropped: read.dropped });
  }

  const exporter = EXPORTERS.find((e) => e.prodid.test(prodid) && (!e.url || events.some(({ component }) => e.url?.test(textOf(component, 'url')))));
  // Speakers ride on SUMMARY only where the exporter appends them to every one: an older frab that
  // appends nothing keeps "Routing - Beyond Dijkstra" whole.
  const summaryHasSpeakers =
    (exporter?.speakersInSummary ?? false) && events.every(({ component }) => /\s[-–—](\s|$)/.test(`${textOf(component, 'summary')} `));

  // The zone the file names: X-WR-TIMEZONE, else the one its events' TZIDs name most. Only a
  // region's name says where the conference is: Sched's X-WR-TIMEZONE:UTC or pretalx's TZID=GMT do not.
  const zoneOf = zoneLookup();
  const calendarZone = parts.properties.get('X-WR-TIMEZONE') ?? '';
  const regionalZone = (name: string) => (isRegionName(name) ? zoneOf(name) : '');
  const fileZone =
    regionalZone(calendarZone) ||
    mostCommon(events.map(({ component }) => regionalZone(tzidOf(component.getFirstProperty('dtstart')) || textOf(component, 'tzid'))).filter(Boolean));
  const timeZone = chosenZone(options, fileZone);
  const clock = calendarClock(timezoneDefinitions(parts.timezones), calendarZone, timeZone, zoneOf);

  // Who is not a speaker: an ORGANIZER on most events (the conference: frab writes its acronym),
  // an ATTENDEE on every event (Outlook's calendar owner), and anyone named like the calendar or its
  // PRODID (a WordPress site names itself ORGANIZER of its one event).
  const organizers = count(events.map(({ component }) => personName(component.getFirstProperty('organizer'))));
  const attendees = count(events.flatMap(({ component }) => [...new Set(component.getAllProperties('attendee').map(personName))]));
  const isCalendarItself = (name: string) => {
    const folded = fold(name);
    return folded.length >= 3 && (folded === fold(calendarName) || fold(prodid).includes(folded));
  };
  const notSpeakers = new Set([
    ...[...organizers].filter(([, n]) => n >= 3 && n >= events.length / 2).map(([name]) => name),
    ...[...attendees].filter(([, n]) => n >= 3 && n === events.length).map(([name]) => name),
  ]);
  const speaks = (name: string) => Boolean(name) && !notSpeakers.has(name) && !isCalendarItself(name);

  const sessions: SourceSession[] = [];
  for (const { component, where, dropped } of events) {
    const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status === 'CANCELLED') {
      skipped.push({ where, reason: 'it is marked as cancelled.' });
      continue;
    }
    const dtstart = component.getFirstProperty('dtstart');
    const startValue = dtstart?.getFirstValue();
    if (!(startValue instanceof ICAL.Time) || !realTime(dtstart)) {
      skipped.push({ where, reason: dtstart || dropped.includes('DTSTART') ? 'its start (DTSTART) cannot be read.' : 'it has no start (DTSTART).' });
      continue;
    }
    const eventZone = textOf(component, 'tzid'); // a non-standard TZID property of the event
    const start = clock.localOf(startValue, tzidOf(dtstart), eventZone);
    let end: LocalTime | null = null;
    const dtend = component.getFirstProperty('dtend');
    const endValue = dtend?.getFirstValue();
    const duration = component.getFirstPropertyValue('duration');
    if (endValue instanceof ICAL.Time && realTime(dtend)) end = clock.localOf(endValue, tzidOf(dtend), eventZone);
    else if (duration instanceof ICAL.Duration) {
      const until = startValue.clone();
      until.addDuration(duration);
      end = clock.localOf(until, tzidOf(dtstart), eventZone);
    }

    skippedLines += dropped.length; // the lines an imported session lost
    const people = [
      ...component.getAllProperties('attendee').filter((p) => !/^(ROOM|RESOURCE)$/i.test(String(p.getParameter('cutype') ?? ''))),
      ...component.getAllProperties('organizer'),
    ]
      .map(personName)
      .filter(speaks);
    const { title, speakers } = readSpeakers(
      { summary: decodeEntities(textOf(component, 'summary')), people, description: textOf(component, 'description') },
      summaryHasSpeakers,
    );
    const categories = component.getFirstProperty('categories')?.getValues() ?? [];
    sessions.push({
      id: textOf(component, 'uid'),
      anchor: `${tzidOf(dtstart) || eventZone}:${rawValue(dtstart)}`,
      title,
      speakers,
      start,
      end,
      room: decodeEntities(textOf(component, 'location')),
      track: decodeEntities(String(categories[0] ?? '').trim()),
      service: false,
      where,
    });
  }

  const warnings: string[] = [];
  if (clock.fromUtcTimes && !options.timeZone && !fileZone) warnings.push(deviceZoneWarning(timeZone));
  if (clock.unknownZones.size) {
    warnings.push(`Times given in a zone this app does not know (${[...clock.unknownZones].join(', ')}) were read as ${timeZone} times.`);
  }
  return {
    ok: true,
    format: `${exporter ? `${exporter.name} ` : ''}iCalendar`,
    source: 'ics',
    sessions,
    trustedIds: false,
    skipped,
    skippedLines,
    fileZone,
    timeZone,
    warnings,
  };
}

// How many times each (non-empty) value occurs.
function count(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function mostCommon(values: string[]): string {
  const counts = count(values);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
