// iCalendar (.ics) agendas, as pretalx, frab, Pentabarf, Sched and conference sites publish them.
// A tolerant pass (ics-lines.ts) cuts the file into events; ical.js reads each event on its own, so
// one unreadable event is skipped with its reason and the rest still import.
import ICAL from 'ical.js';
import { chosenZone, deviceZoneWarning, sessionLabel, type LocalTime, type ReadOptions, type SkippedSession, type SourceResult, type SourceSession } from './agenda';
import { splitCalendar } from './ics-lines';
import { readSpeakers } from './ics-speakers';
import { convertWallTime, fromUtc, ianaZone } from './zones';

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

  const exporter = EXPORTERS.find(
    (e) => e.prodid.test(prodid) && (!e.url || events.some(({ component }) => e.url?.test(textOf(component, 'url')))),
  );
  // Speakers ride on SUMMARY only where the exporter appends them to every one: an older frab that
  // appends nothing keeps "Routing - Beyond Dijkstra" whole.
  const summaryHasSpeakers =
    (exporter?.speakersInSummary ?? false) && events.every(({ component }) => /\s[-–—](\s|$)/.test(textOf(component, 'summary') + ' '));

  // The zone the file names: X-WR-TIMEZONE, else the one its events' TZIDs name most. Only a
  // region's name says where the conference is: Sched's X-WR-TIMEZONE:UTC or pretalx's TZID=GMT do not.
  const zoneNames = new Map<string, string>();
  const zoneOf = (name: string) => {
    let zone = zoneNames.get(name);
    if (zone === undefined) zoneNames.set(name, (zone = ianaZone(name)));
    return zone;
  };
  const calendarZone = parts.properties.get('X-WR-TIMEZONE') ?? '';
  const regionalZone = (name: string) => (isRegionName(name) ? zoneOf(name) : '');
  const fileZone =
    regionalZone(calendarZone) || mostCommon(events.map((e) => regionalZone(tzidOf(e.component.getFirstProperty('dtstart')))).filter(Boolean));
  const timeZone = chosenZone(options, fileZone);
  const definitions = timezoneDefinitions(parts.timezones);
  const unknownZones = new Set<string>();
  let fromUtcTimes = 0;

  // A wall-clock value of the file as the wall clock reads in `timeZone`.
  const localOf = (time: ICAL.Time, tzid: string, eventZone: string): LocalTime => {
    const wall = { date: `${time.year}-${pad(time.month)}-${pad(time.day)}`, time: time.isDate ? '' : `${pad(time.hour)}:${pad(time.minute)}` };
    if (time.isDate) return wall;
    // ical.js takes TZID=GMT for UTC too; a TZID is read below, by this file's own rules.
    if (!tzid && time.zone?.tzid === 'UTC') {
      fromUtcTimes++;
      return fromUtc(wall, timeZone);
    }
    const name = tzid || eventZone || calendarZone;
    if (!name) return wall; // floating: the agenda's own local time, as written
    // A TZID naming a region's IANA zone is read with that zone's real rules, whatever VTIMEZONE the
    // file carries (pretalx once wrote Adelaide's +10:30 as +10:00). Other names ("GMT" for London,
    // "EST" for New York, Outlook's "W. Europe Standard Time") mean what the file's VTIMEZONE says.
    const iana = zoneOf(name);
    if (iana && isRegionName(name)) return convertWallTime(wall, iana, timeZone);
    const definition = definitions.get(name);
    if (!definition && iana) return convertWallTime(wall, iana, timeZone);
    if (definition) {
      const offset = definition.utcOffset(time);
      const utc = ICAL.Time.fromData({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second });
      utc.adjust(0, 0, 0, -offset);
      return fromUtc({ date: `${utc.year}-${pad(utc.month)}-${pad(utc.day)}`, time: `${pad(utc.hour)}:${pad(utc.minute)}` }, timeZone);
    }
    unknownZones.add(name);
    return wall;
  };

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
    if (!(startValue instanceof ICAL.Time)) {
      skipped.push({ where, reason: dropped.includes('DTSTART') ? 'its start (DTSTART) cannot be read.' : 'it has no start (DTSTART).' });
      continue;
    }
    const eventZone = String(component.getFirstPropertyValue('tzid') ?? ''); // a non-standard TZID property of the event
    const start = localOf(startValue, tzidOf(dtstart), eventZone);
    let end: LocalTime | null = null;
    const dtend = component.getFirstProperty('dtend');
    const endValue = dtend?.getFirstValue();
    const duration = component.getFirstPropertyValue('duration');
    if (endValue instanceof ICAL.Time) end = localOf(endValue, tzidOf(dtend), eventZone);
    else if (duration instanceof ICAL.Duration) {
      const until = startValue.clone();
      until.addDuration(duration);
      end = localOf(until, tzidOf(dtstart), eventZone);
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
  if (fromUtcTimes && !options.timeZone && !fileZone) warnings.push(deviceZoneWarning(timeZone));
  if (unknownZones.size) {
    warnings.push(`Times given in a zone this app does not know (${[...unknownZones].join(', ')}) were read as ${timeZone} times.`);
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

// One event read by ical.js. Lines it refuses, and values it cannot read (ical.js reads a value
// only when asked, so each is asked once here), are dropped one by one and counted, not the event.
function readEvent(lines: string[]): ({ component: ICAL.Component; dropped: string[] } | { error: string }) & { summary: string } {
  const summary = unescapeText(lines.find((l) => /^SUMMARY[;:]/i.test(l))?.replace(/^[^:]*:/, '') ?? '').trim();
  const dropped: string[] = [];
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(ICAL.parse(lines.join('\r\n')));
  } catch {
    const kept = lines.filter((line, i) => {
      if (i === 0 || i === lines.length - 1) return true;
      try {
        ICAL.parse.property(line);
        return true;
      } catch {
        dropped.push(line.split(/[;:]/)[0]?.toUpperCase() ?? '');
        return false;
      }
    });
    try {
      component = new ICAL.Component(ICAL.parse(kept.join('\r\n')));
    } catch (error) {
      return { error: `it cannot be read (${error instanceof Error ? error.message : String(error)}).`, summary };
    }
  }
  for (const property of component.getAllProperties()) {
    try {
      property.getValues();
    } catch {
      component.removeProperty(property);
      dropped.push(property.name.toUpperCase());
    }
  }
  return { component, dropped, summary };
}

// VTIMEZONE definitions by TZID, for zone names that are not IANA names (Outlook's "W. Europe Standard Time").
function timezoneDefinitions(blocks: string[][]): Map<string, ICAL.Timezone> {
  const zones = new Map<string, ICAL.Timezone>();
  for (const lines of blocks) {
    try {
      const component = new ICAL.Component(ICAL.parse(lines.join('\r\n')));
      const tzid = String(component.getFirstPropertyValue('tzid') ?? '');
      if (tzid) zones.set(tzid, new ICAL.Timezone({ component, tzid }));
    } catch {
      // An unreadable VTIMEZONE is as good as none: times in it are read as local, and the warning says so.
    }
  }
  return zones;
}

function tzidOf(property: ICAL.Property | null | undefined): string {
  const tzid = property?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : Array.isArray(tzid) ? String(tzid[0] ?? '') : '';
}

// "ATTENDEE;CN=Ana Núñez:mailto:ana@…" → "Ana Núñez"; "ORGANIZER:Ana Núñez" (no address) → "Ana Núñez".
function personName(property: ICAL.Property | null): string {
  if (!property) return '';
  const cn = property.getParameter('cn');
  const name = typeof cn === 'string' ? cn : Array.isArray(cn) ? cn.join(', ') : '';
  if (name.trim()) return decodeEntities(name.replace(/^"|"$/g, '').trim());
  const value = String(property.getFirstValue() ?? '').trim();
  return /^[a-z][a-z0-9+.-]*:|@/i.test(value) ? '' : value;
}

function textOf(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

// How many times each (non-empty) value occurs.
function count(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// A zone name that names a region ("Europe/Berlin", FOSDEM's "Europe-Brussels"), not an
// abbreviation or offset ("GMT", "EST", "CET") that a file may use for a region's zone.
function isRegionName(name: string): boolean {
  return /[A-Za-z]{2,}[/-][A-Za-z_]{2,}/.test(name) && !/^"?(Etc|SystemV)\//i.test(name);
}

// HTML entities some exporters leave in plain text (Sched: "Q&amp;A").
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return named[body.toLowerCase()] ?? entity;
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

// RFC 5545 TEXT escapes, for the values read before ical.js sees them.
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const pad = (n: number) => String(n).padStart(2, '0');
