// Checks what a person typed into the event and talk forms. Returns cleaned values or one plain
// message per field, phrased so the person knows what to change.
import { daysBetween, isDate, isTime, MAX_OVERNIGHT_MINUTES, talkMinutes } from './dates';
import { isTimeZone } from './time-zones';
import type { EventInput, PhotoSettings, Speaker, TalkInput } from './types';

/** One message per field that needs fixing. */
export type FieldErrors<T> = Partial<Record<keyof T, string>>;

/** Either the cleaned-up input or the messages that explain what is wrong with it. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors<T> };

/** The longest each field may be, and the most days an event can last. */
export const LIMITS = { days: 31, name: 200, location: 200, link: 2000, title: 300, speaker: 120, room: 120 } as const;
const SCHEME_RE = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
const WEB_URL_RE = /^https?:\/\/[^\s/?#.]+(\.[^\s/?#.]+)+(:\d+)?([/?#]\S*)?$/i;

/** Cleans and checks an event: a name is required, dates must be real and in order, links http(s). */
export function validateEvent(input: EventInput): Validated<EventInput> {
  const value: EventInput = {
    name: input.name.trim(),
    location: input.location.trim(),
    startDate: input.startDate.trim(),
    endDate: input.endDate.trim(),
    link: normaliseLink(input.link),
    timeZone: input.timeZone.trim(),
    tags: cleanTags(input.tags),
  };
  const errors: FieldErrors<EventInput> = {};
  if (!value.name) errors.name = 'Give the event a name.';
  else if (value.name.length > LIMITS.name) errors.name = tooLong('The name', LIMITS.name);
  if (value.location.length > LIMITS.location) errors.location = tooLong('The location', LIMITS.location);
  if (value.startDate && !isDate(value.startDate)) errors.startDate = 'The start date is not a real date.';
  if (value.endDate && !isDate(value.endDate)) errors.endDate = 'The end date is not a real date.';
  if (value.endDate && !value.startDate && !errors.endDate) {
    errors.startDate = 'Add a start date, or clear the end date.';
  }
  if (!errors.startDate && !errors.endDate && value.startDate && value.endDate) {
    const days = daysBetween(value.startDate, value.endDate) + 1;
    if (days < 1) errors.endDate = 'The end date is before the start date.';
    else if (days > LIMITS.days) errors.endDate = `An event can last at most ${LIMITS.days} days; check the end date.`;
  }
  if (value.timeZone && !isTimeZone(value.timeZone)) {
    errors.timeZone = 'Unknown time zone: pick one from the list, e.g. Europe/Berlin, or leave it empty for this device’s.';
  }
  const linkError = checkLink(value.link);
  if (linkError) errors.link = linkError;
  return done(value, errors);
}

/** Cleans and checks a talk: a title is required; the day must fall within the event's dates. */
export function validateTalk(input: TalkInput, event: Pick<EventInput, 'startDate' | 'endDate'>): Validated<TalkInput> {
  const speakers: Speaker[] = input.speakers.map((s) => ({ name: s.name.trim(), role: s.role.trim() })).filter((s) => s.name || s.role);
  const value: TalkInput = {
    title: input.title.trim(),
    speakers,
    date: input.date.trim(),
    startTime: input.startTime.trim(),
    endTime: input.endTime.trim(),
    room: input.room.trim(),
    tags: cleanTags(input.tags),
  };
  const errors: FieldErrors<TalkInput> = {};
  if (!value.title) errors.title = 'Give the talk a title.';
  else if (value.title.length > LIMITS.title) errors.title = tooLong('The title', LIMITS.title);

  const nameless = speakers.findIndex((s) => !s.name);
  const tooLongSpeaker = speakers.findIndex((s) => s.name.length > LIMITS.speaker || s.role.length > LIMITS.speaker);
  if (nameless >= 0) errors.speakers = `Speaker ${nameless + 1} has a role but no name.`;
  else if (tooLongSpeaker >= 0) {
    errors.speakers = `Speaker ${tooLongSpeaker + 1}: keep name and role under ${LIMITS.speaker} characters.`;
  }

  if (value.date) {
    if (!isDate(value.date)) errors.date = 'The day is not a real date.';
    else {
      const outside = dateOutsideEvent(value.date, event);
      if (outside) errors.date = outside;
    }
  }
  if (value.startTime && !isTime(value.startTime)) errors.startTime = 'Write the start time as HH:MM, e.g. 09:30.';
  if (value.endTime && !isTime(value.endTime)) errors.endTime = 'Write the end time as HH:MM, e.g. 10:15.';
  if (value.endTime && !value.startTime && !errors.endTime) errors.startTime = 'Add a start time, or clear the end time.';
  if (!errors.startTime && !errors.endTime && value.startTime && value.endTime) {
    // An end earlier than the start is after midnight (23:30–00:30), unless that makes no sense as a talk.
    const minutes = talkMinutes(value.startTime, value.endTime);
    if (minutes === 0) errors.endTime = 'The talk ends when it starts: change the end time, or clear it.';
    else if (value.endTime < value.startTime && minutes > MAX_OVERNIGHT_MINUTES) errors.endTime = 'The talk ends before it starts.';
  }
  if (value.room.length > LIMITS.room) errors.room = tooLong('The room', LIMITS.room);
  return done(value, errors);
}

function dateOutsideEvent(date: string, event: Pick<EventInput, 'startDate' | 'endDate'>): string | null {
  const { startDate, endDate } = event;
  if (!isDate(startDate)) return null;
  const last = isDate(endDate) ? endDate : startDate;
  if (daysBetween(startDate, date) < 0 || daysBetween(date, last) < 0) {
    return startDate === last
      ? `The event is on ${startDate}; pick that day or change the event's dates.`
      : `The event runs ${startDate} to ${last}; pick a day in between or change the event's dates.`;
  }
  return null;
}

// Tags: trimmed, without empties or repeats, in the order typed.
function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

// People paste "example.com/summit"; a scheme-less link is taken to be https.
function normaliseLink(raw: string): string {
  const link = raw.trim();
  if (!link || SCHEME_RE.test(link)) return link;
  return `https://${link}`;
}

function checkLink(link: string): string | null {
  if (!link) return null;
  if (link.length > LIMITS.link) return tooLong('The link', LIMITS.link);
  if (!/^https?:/i.test(link)) return 'Links must start with http:// or https://.';
  if (!WEB_URL_RE.test(link)) return 'That does not look like a web address, e.g. https://example.com/summit.';
  return null;
}

function tooLong(what: string, max: number): string {
  return `${what} is too long: keep it under ${max} characters.`;
}

function done<T>(value: T, errors: FieldErrors<T>): Validated<T> {
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/** Checks photo settings: the long edge 320 to 8192 pixels, quality 0.5 to 1. */
export function validatePhotoSettings(input: PhotoSettings): Validated<PhotoSettings> {
  const errors: FieldErrors<PhotoSettings> = {};
  if (!Number.isInteger(input.maxEdge) || input.maxEdge < 320 || input.maxEdge > 8192) {
    errors.maxEdge = 'Pick a size from 320 to 8192 pixels.';
  }
  if (!Number.isFinite(input.quality) || input.quality < 0.5 || input.quality > 1) {
    errors.quality = 'Pick a quality from 0.5 to 1.';
  }
  return done(input, errors);
}
