// One VEVENT read by ical.js, and its values as the reader needs them: text unescaped and with
// the HTML entities some exporters leave, people's names, and dates as the file wrote them.
import ICAL from 'ical.js';
import { isDate } from '../model/dates';
import { errorMessage } from '../model/errors';

/**
 * One event read by ical.js. Lines it refuses, and values it cannot read (ical.js reads a value
 * only when asked, so each is asked once here), are dropped one by one and counted, not the event.
 */
export function readEvent(lines: string[]): ({ component: ICAL.Component; dropped: string[] } | { error: string }) & { summary: string } {
  const summary = unescapeText(lines.find((l) => /^SUMMARY[;:]/i.test(l))?.replace(/^[^:]*:/, '') ?? '').trim();
  const dropped: string[] = [];
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(ICAL.parse(lines.join('\r\n')));
  } catch {
    // Some line ical.js refuses: found below, one by one, and dropped (and counted) alone.
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
      return { error: `it cannot be read (${errorMessage(error)}).`, summary };
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

/** The value as the file wrote it (ical.js's jCal form: "2024-02-03T09:30:00Z"). */
export function rawValue(property: ICAL.Property | null | undefined): string {
  const value = property?.jCal[3];
  return typeof value === 'string' ? value : '';
}

/** False for an impossible date or time: ical.js would roll "20241345" over to a day of 2025. */
export function realTime(property: ICAL.Property | null | undefined): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(rawValue(property));
  return Boolean(m && isDate(m[1] ?? '') && (m[2] === undefined || (Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 61)));
}

/** The TZID parameter of a date property, or "". */
export function tzidOf(property: ICAL.Property | null | undefined): string {
  const tzid = property?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : Array.isArray(tzid) ? String(tzid[0] ?? '') : '';
}

/** "ATTENDEE;CN=Ana Núñez:mailto:ana@…" → "Ana Núñez"; "ORGANIZER:Ana Núñez" (no address) → "Ana Núñez". */
export function personName(property: ICAL.Property | null): string {
  if (!property) return '';
  const cn = property.getParameter('cn');
  const name = typeof cn === 'string' ? cn : Array.isArray(cn) ? cn.join(', ') : '';
  if (name.trim()) return decodeEntities(name.replace(/^"|"$/g, '').trim());
  const value = String(property.getFirstValue() ?? '').trim();
  return /^[a-z][a-z0-9+.-]*:|@/i.test(value) ? '' : value;
}

/** A text property's value, trimmed, or "". */
export function textOf(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);
/** HTML entities some exporters leave in plain text decoded (Sched: "Q&amp;A" → "Q&A"). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, body: string) => {
    if (body[0] !== '#') return ENTITIES.get(body.toLowerCase()) ?? entity;
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** RFC 5545 TEXT escapes undone, for the values read before ical.js sees them. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
