// An agenda read from a conference's file, before it becomes talks: what every reader produces.
import type { Speaker, TalkInput } from '../model/types';

/** A date and wall-clock time in the agenda's chosen zone; `time` is "" for an all-day entry. */
export interface LocalTime {
  date: string;
  time: string;
}

/** One session as a reader found it in the file, already in the chosen zone, not yet checked. */
export interface SourceSession {
  /** The id the file gives it (iCalendar UID, Sessionize id, frab guid), or "" when it has none. */
  id: string;
  /**
   * Its start as the file writes it ("TZID=Europe/Brussels:20240203T093000", "…T08:30:00Z"), so a
   * session's identity does not change with the zone it is shown in (see identity.ts).
   */
  anchor: string;
  title: string;
  speakers: Speaker[];
  start: LocalTime | null;
  end: LocalTime | null;
  room: string;
  track: string;
  /** A break, lunch or registration rather than a talk, as the file marks it. */
  service: boolean;
  /** Where it is in the file, for messages: 'Session 3 ("Title")'. */
  where: string;
}

/** A session the reader could not use, with the reason in plain words. */
export interface SkippedSession {
  where: string;
  reason: string;
}

/** What a reader returns: its sessions, and what it had to leave out. */
export interface SourceAgenda {
  /** The kind of file, for the preview: "pretalx iCalendar", "Sessionize (All data)". */
  format: string;
  /** Prefix of the import keys, one per kind of source ("ics", "sessionize", "frab", "text"). */
  source: string;
  sessions: SourceSession[];
  /** True when the file's ids name one session each (Sessionize, frab): sessions sharing an id are one. */
  trustedIds: boolean;
  skipped: SkippedSession[];
  /** Lines of the file that could not be read as part of any session (junk around or inside it). */
  skippedLines: number;
  /** The IANA zone the file itself names for its times, or "". */
  fileZone: string;
  /** The zone the sessions' times were converted to. */
  timeZone: string;
  /** Whatever else the person should know ("times in an unknown zone … were read as local"). */
  warnings: string[];
}

/** One session of an agenda, checked and repaired: a talk's fields, without tags. */
export interface AgendaItem extends Omit<TalkInput, 'tags'> {
  /** Stable identity across imports of the same agenda ("ics:<uid>"), so a re-import updates in place. */
  key: string;
  track: string;
  service: boolean;
  /** What was changed to make it fit ("ends after midnight, on 2024-02-04"), for the preview. */
  repairs: string[];
}

/** A readable agenda: its sessions, and an account of what was skipped or merged. */
export interface Agenda extends Omit<SourceAgenda, 'sessions' | 'source' | 'trustedIds'> {
  items: AgendaItem[];
  /** Sessions listed more than once in the file (same id, same time), counted once. */
  merged: number;
}

/** The agenda read, or what is wrong with the file. */
export type AgendaResult = ({ ok: true } & Agenda) | { ok: false; error: string };

/** A reader's answer before checking: the agenda as found, or what is wrong with the file. */
export type SourceResult = ({ ok: true } & SourceAgenda) | { ok: false; error: string };

/** What a reader needs to know of the event the agenda goes into. */
export interface ReadOptions {
  /** The event's IANA zone, or "" when it has none (then the file's zone, else the device's, is used). */
  timeZone: string;
  /** The device's IANA zone. */
  deviceTimeZone: string;
  /** The day pasted lines go on until a date line says otherwise. */
  firstDay: string;
}

/** The zone times are shown in: the event's; else the one the file names; else the device's. */
export function chosenZone(options: ReadOptions, fileZone: string): string {
  return options.timeZone || fileZone || options.deviceTimeZone;
}

/** What to say when UTC times were shown in the device's zone because neither the file nor the event names one. */
export function deviceZoneWarning(timeZone: string): string {
  return `The file gives its times in UTC without naming the conference's time zone, and this event has none: they are shown in this device's zone (${timeZone}). If the conference is elsewhere, set the event's time zone (Edit event) and import again.`;
}

/** Largest agenda file accepted (FOSDEM's 870-session .ics is about 1 MB). */
export const MAX_AGENDA_BYTES = 5_000_000;

/** Where the last match of `pattern` (global, fixed-width, so a long line takes linear time) starts, or -1. */
export function lastMatch(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

/** Speakers from "Ana Ñúñez, Tim Wagner (AWS)" or "Ana & Tim". */
export function parseSpeakers(text: string): Speaker[] {
  return splitOutsideParentheses(text)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      // (A bounded part: the lazy pattern would take quadratic time on a very long one.)
      const m = part.length <= 300 ? /^(.*?)\s*\(([^)]*)\)$/.exec(part) : null;
      return m ? { name: (m[1] ?? '').trim(), role: (m[2] ?? '').trim() } : { name: part, role: '' };
    });
}

// "Tim Wagner (GM, AWS Lambda), Ana & Leo" → ["Tim Wagner (GM, AWS Lambda)", "Ana", "Leo"].
function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const tokens = text.split(/(\(|\)|,|;|&|\band\b)/);
  for (const token of tokens) {
    if (token === '(') depth++;
    if (token === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (token === ',' || token === ';' || token === '&' || token === 'and')) {
      parts.push(current);
      current = '';
    } else current += token;
  }
  parts.push(current);
  return parts;
}

/** 'Session 3 ("Title")', the way messages name a session of the file. */
export function sessionLabel(index: number, title: string): string {
  const short = title.length > 60 ? `${title.slice(0, 59)}…` : title;
  return short ? `Session ${index + 1} ("${short}")` : `Session ${index + 1}`;
}
