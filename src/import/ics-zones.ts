// The zones of a calendar file and reading its times: a TZID naming a region's IANA zone is read
// with that zone's real rules, whatever VTIMEZONE the file carries (pretalx once wrote Adelaide's
// +10:30 as +10:00); other names ("GMT" for London, "EST" for New York, Outlook's "W. Europe Standard
// Time") mean what the file's VTIMEZONE says; floating times are in the event's own TZID property
// (FOSDEM), else X-WR-TIMEZONE, else the agenda's local time as written.
import ICAL from 'ical.js';
import type { LocalTime } from './agenda';
import { convertWallTime, fromUtc, ianaZone } from './zones';

/** Reads the file's date-times as the wall clock reads them in the chosen zone, noting what it met. */
export interface CalendarClock {
  localOf(time: ICAL.Time, tzid: string, eventZone: string): LocalTime;
  /** Zone names neither IANA nor the file could explain: their times were read as local. */
  unknownZones: Set<string>;
  /** How many UTC times were converted. */
  fromUtcTimes: number;
}

/** The clock of a calendar whose X-WR-TIMEZONE is `calendarZone`, showing times in `timeZone`. */
export function calendarClock(
  definitions: Map<string, ICAL.Timezone>,
  calendarZone: string,
  timeZone: string,
  zoneOf: (name: string) => string,
): CalendarClock {
  const clock: CalendarClock = {
    unknownZones: new Set(),
    fromUtcTimes: 0,
    localOf(time, tzid, eventZone) {
      const wall = { date: `${time.year}-${pad(time.month)}-${pad(time.day)}`, time: time.isDate ? '' : `${pad(time.hour)}:${pad(time.minute)}` };
      if (time.isDate) return wall;
      // ical.js takes TZID=GMT for UTC too; a TZID is read below, by this file's own rules.
      if (!tzid && time.zone?.tzid === 'UTC') {
        clock.fromUtcTimes++;
        return fromUtc(wall, timeZone);
      }
      const name = tzid || eventZone || calendarZone;
      if (!name) return wall; // floating: the agenda's own local time, as written
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
      clock.unknownZones.add(name);
      return wall;
    },
  };
  return clock;
}

/** A cache of ianaZone: zone names repeat on every event. */
export function zoneLookup(): (name: string) => string {
  const zones = new Map<string, string>();
  return (name) => {
    let zone = zones.get(name);
    if (zone === undefined) {
      zone = ianaZone(name);
      zones.set(name, zone);
    }
    return zone;
  };
}

/**
 * VTIMEZONE definitions by TZID, for zone names that are not a region's (Outlook's "W. Europe
 * Standard Time", pretalx's "GMT"). A definition is used only when every part of it has its offset
 * and start and repeats at most yearly (ical.js walks every repeat since the part's start, so an
 * hourly one would freeze the page), and it answers once here; otherwise it is as good as none:
 * its times are read as the event's, and the warning says so.
 */
export function timezoneDefinitions(blocks: string[][]): Map<string, ICAL.Timezone> {
  const zones = new Map<string, ICAL.Timezone>();
  for (const lines of blocks) {
    let zone: ICAL.Timezone;
    let tzid: string;
    try {
      const component = new ICAL.Component(ICAL.parse(lines.join('\r\n')));
      tzid = String(component.getFirstPropertyValue('tzid') ?? '');
      const parts = [...component.getAllSubcomponents('standard'), ...component.getAllSubcomponents('daylight')];
      const sound =
        parts.length > 0 &&
        parts.every(
          (part) =>
            part.hasProperty('tzoffsetto') &&
            part.getFirstPropertyValue('dtstart') instanceof ICAL.Time &&
            part.getAllProperties('rrule').every((p) => onceAYear(p.getFirstValue())),
        );
      if (!tzid || !sound) continue;
      zone = new ICAL.Timezone({ component, tzid });
      zone.utcOffset(ICAL.Time.fromData({ year: 2024, month: 6, day: 1, hour: 12 }));
    } catch {
      continue; // unreadable: as good as none (see above)
    }
    zones.set(tzid, zone);
  }
  return zones;
}

// A rule that gives at most one date a year, as every real zone's does ("the last Sunday of
// March"): yearly, one month, one weekday (or at most a week of month days), nothing finer.
function onceAYear(rule: unknown): boolean {
  if (!(rule instanceof ICAL.Recur) || rule.freq !== 'YEARLY') return false;
  const parts = rule.parts as Record<string, unknown[] | undefined>;
  if (['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO'].some((p) => parts[p]?.length)) return false;
  const most = (p: string) => parts[p]?.length ?? 0;
  return most('BYMONTH') <= 1 && most('BYDAY') <= 1 && most('BYSETPOS') <= 1 && most('BYMONTHDAY') <= 7;
}

/**
 * True for a zone name that names a region ("Europe/Berlin", FOSDEM's "Europe-Brussels"), not an
 * abbreviation or offset ("GMT", "EST", "CET") that a file may use for a region's zone.
 */
export function isRegionName(name: string): boolean {
  return /[A-Za-z]{2,}[/-][A-Za-z_]{2,}/.test(name) && !/^"?(Etc|SystemV)\//i.test(name);
}

const pad = (n: number) => String(n).padStart(2, '0');
