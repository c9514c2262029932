// The tolerant pass before ical.js: real calendar files carry a BOM, mixed line ends, text after
// END:VCALENDAR, raw HTML lines nobody folded, indented lines and dates written every which way.
// Calendar apps read them anyway; so does this, by cutting the file into its events and mending
// the lines ical.js would refuse. What cannot be mended is counted, never silently dropped.

/** A calendar cut into the parts the reader needs. */
export interface CalendarParts {
  /** Calendar-level properties by upper-case name, first one wins: PRODID, X-WR-TIMEZONE, … */
  properties: Map<string, string>;
  /** Each VTIMEZONE as content lines, BEGIN to END. */
  timezones: string[][];
  /** Each VEVENT as content lines, BEGIN to END (nested VALARMs left out). */
  events: string[][];
  /** Non-blank lines outside any calendar, or inside one but not calendar data. */
  skippedLines: number;
  /** True when the file had a BEGIN:VCALENDAR or BEGIN:VEVENT at all. */
  isCalendar: boolean;
}

// "NAME:value" or "NAME;PARAM=x:value", the shape of every content line (RFC 5545 3.1).
const CONTENT_LINE = /^[A-Za-z0-9-]+(?:;[^:]*)?:/;
const STRUCTURE = /^(BEGIN|END):([A-Za-z-]+)\s*$/i;
// The properties of RFC 5545 and RFC 7986. A line inside an event that starts with another name
// ("https://…", "Speakers: Ana", "NOTE: …") is text of a description that lost its fold; so is
// a known name in mixed case ("Location: see website"), which no generator writes.
const PROPERTIES = new Set(
  (
    'CALSCALE METHOD PRODID VERSION ATTACH CATEGORIES CLASS COMMENT DESCRIPTION GEO LOCATION PERCENT-COMPLETE PRIORITY ' +
    'RESOURCES STATUS SUMMARY COMPLETED DTEND DUE DTSTART DURATION FREEBUSY TRANSP TZID TZNAME TZOFFSETFROM TZOFFSETTO ' +
    'TZURL ATTENDEE CONTACT ORGANIZER RECURRENCE-ID RELATED-TO URL UID EXDATE RDATE RRULE ACTION REPEAT TRIGGER CREATED ' +
    'DTSTAMP LAST-MODIFIED SEQUENCE REQUEST-STATUS NAME REFRESH-INTERVAL SOURCE COLOR IMAGE CONFERENCE BEGIN END'
  ).split(' '),
);

/**
 * True when a line starts with a property a generator would write: a known name, or an X- one, in
 * one case (only upper case for an indented line, which could as well be folded text).
 */
function isProperty(line: string, upperOnly = false): boolean {
  const name = /^([A-Za-z0-9-]+)[;:]/.exec(line)?.[1] ?? '';
  if (!name || (name !== name.toUpperCase() && (upperOnly || name !== name.toLowerCase()))) return false;
  return PROPERTIES.has(name.toUpperCase()) || /^x-/i.test(name);
}

/** Unfolds, mends and cuts an .ics file into calendar properties, time zones and events. */
export function splitCalendar(text: string): CalendarParts {
  const parts: CalendarParts = { properties: new Map(), timezones: [], events: [], skippedLines: 0, isCalendar: false };
  const lines = unfold(text.replace(/^\uFEFF/, ''));
  let inCalendar = false;
  let block: string[] | null = null; // the VEVENT or VTIMEZONE being read
  let blockKind = '';
  let nested = ''; // a component inside an event (VALARM), or one not read (VTODO), until its END

  const closeBlock = () => {
    if (block) (blockKind === 'VEVENT' ? parts.events : parts.timezones).push([...block, `END:${blockKind}`]);
    block = null;
  };

  for (const line of lines) {
    if (!line.trim()) continue;
    const structure = STRUCTURE.exec(line.trim());
    const verb = structure?.[1]?.toUpperCase() ?? '';
    const name = structure?.[2]?.toUpperCase() ?? '';
    const outer = name === 'VEVENT' || name === 'VCALENDAR';
    if (nested) {
      if (verb === 'END' && name === nested) nested = '';
      else if (verb && outer) nested = ''; // the nested part's END was missing: read this line as usual
      if (nested || (verb === 'END' && !outer)) continue;
    }
    if (verb === 'BEGIN' && name === 'VCALENDAR') {
      closeBlock();
      inCalendar = true;
      parts.isCalendar = true;
    } else if (verb === 'END' && name === 'VCALENDAR') {
      closeBlock();
      inCalendar = false;
    } else if (verb === 'BEGIN' && (name === 'VEVENT' || name === 'VTIMEZONE')) {
      closeBlock(); // an event whose END:VEVENT was missing ends where the next one begins
      inCalendar = true; // some generators leave out the VCALENDAR around their events
      parts.isCalendar = true;
      block = [`BEGIN:${name}`];
      blockKind = name;
    } else if (verb === 'END' && block && name === blockKind) {
      closeBlock();
    } else if (!inCalendar) {
      parts.skippedLines++; // text before BEGIN:VCALENDAR or after END:VCALENDAR
    } else if (verb) {
      // A VTIMEZONE keeps its STANDARD and DAYLIGHT parts; an event's VALARM and a VTODO are not read.
      const inZone = block !== null && blockKind === 'VTIMEZONE';
      if (inZone) block?.push(`${verb}:${name}`);
      else if (verb === 'BEGIN') nested = name;
      // else: an END that nothing opened
    } else if (!CONTENT_LINE.test(line) || (block && !isProperty(line))) {
      // Not a content line: text the generator forgot to fold (raw HTML of X-ALT-DESC, a description
      // with bare line breaks, "Speakers: Ana" on a line of its own). Inside an event it continues
      // the line before it.
      if (block && block.length > 1) block[block.length - 1] += `\\n${line.trim()}`;
      else parts.skippedLines++;
    } else if (block) {
      block.push(mendLine(line));
    } else {
      const colon = valueColon(line);
      const key = line.slice(0, colon).split(';')[0]?.toUpperCase() ?? '';
      if (!parts.properties.has(key)) parts.properties.set(key, line.slice(colon + 1).trim());
    }
  }
  closeBlock();
  return parts;
}

// Folded lines joined (RFC 5545 3.1: a line starting with a space or tab continues the one
// before, that one character removed). Some templates indent whole components instead, by a tab,
// a space or more, at any depth: an indented BEGIN/END line stands on its own, and so does an
// indented property (see isProperty) once the file has shown it indents, or when indented by two
// or more (a real fold is one space, then text).
function unfold(text: string): string[] {
  const out: string[] = [];
  let indents = false;
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const lead = /^[ \t]+/.exec(raw)?.[0] ?? '';
    if (!lead || !out.length) {
      out.push(raw.slice(lead.length));
      continue;
    }
    const rest = raw.slice(lead.length);
    const structure = STRUCTURE.test(rest.trim());
    if (structure) indents = true;
    if (structure || ((indents || lead.length >= 2) && isProperty(rest, true))) out.push(rest);
    else out[out.length - 1] += raw.slice(1);
  }
  return out;
}

const DATE_PROPERTY = /^(DTSTART|DTEND|RECURRENCE-ID|DTSTAMP|CREATED|LAST-MODIFIED|DUE)([;:])/i;

// Date values as ical.js wants them: no spaces, no dashes or colons ("2024-02-03T09:30:00Z" →
// "20240203T093000Z", Liquid's space-padded "20240207T 93000" → "20240207T093000"), and a VALUE
// parameter that agrees with the value: a date-time under VALUE=DATE (WordPress templates) is a
// date-time, a bare date under VALUE=DATE-TIME (ics.js at midnight) is a date.
function mendLine(line: string): string {
  if (!DATE_PROPERTY.test(line)) return line;
  const colon = valueColon(line);
  let params = line.slice(0, colon);
  let value = line.slice(colon + 1).trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ]\s*(\d{1,2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?)?\s*(Z)?$/i.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, sec, z] = iso;
    value = h === undefined ? `${y}${mo}${d}` : `${y}${mo}${d}T${h.padStart(2, '0')}${mi}${sec ?? '00'}${z ? 'Z' : ''}`;
    params = params.replace(/;VALUE=(DATE-TIME|DATE)(?=;|$)/gi, '');
    if (h === undefined) params += ';VALUE=DATE';
  }
  return `${params}:${value}`;
}

// The colon that ends the name and parameters: the first one outside double quotes.
function valueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i;
  }
  return line.indexOf(':');
}
