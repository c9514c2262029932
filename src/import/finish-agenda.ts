// From what a reader found to sessions ready to preview: every session checked on its own, odd ones
// repaired (and the repair named) or skipped (with the reason), so one odd item never blocks the rest;
// then each given a key that stays the same from one import of the file to the next.
import { daysBetween, isDate, isTime, MAX_OVERNIGHT_MINUTES, minutesOfDay } from '../model/dates';
import type { Speaker } from '../model/types';
import { LIMITS, validateTalk } from '../model/validate';
import type { AgendaItem, AgendaResult, SkippedSession, SourceAgenda, SourceSession } from './agenda';
import { assignKeys, type Identifiable } from './identity';

/** Most speakers one session keeps (a backup holds at most 50). */
const MAX_SPEAKERS = 50;

/** Checks and repairs every session, keys them, and merges sessions the file lists twice. */
export function finishAgenda(source: SourceAgenda): AgendaResult {
  const { sessions, source: prefix, trustedIds, ...rest } = source;
  const skipped: SkippedSession[] = [...source.skipped];
  const checked: AgendaItem[] = [];
  const identities: Identifiable[] = [];
  for (const session of sessions) {
    const result = checkSession(session);
    if ('reason' in result) skipped.push({ where: session.where, reason: result.reason });
    else {
      checked.push(result);
      identities.push({ id: session.id, anchor: session.anchor, title: result.title, room: result.room });
    }
  }
  const keys = assignKeys(prefix, trustedIds, identities);
  const byKey = new Map<string, AgendaItem>();
  let merged = 0;
  for (const [i, item] of checked.entries()) {
    const key = keys[i] ?? '';
    const first = byKey.get(key);
    if (first) {
      merged++;
      fillIn(first, item);
    } else byKey.set(key, { ...item, key });
  }
  const items = [...byKey.values()];
  if (!items.length) {
    const reasons = skipped.slice(0, 3).map((s) => `${s.where}: ${s.reason}`);
    return {
      ok: false,
      error: skipped.length
        ? `No session in this file could be imported. ${reasons.join(' ')}${skipped.length > 3 ? ` (and ${skipped.length - 3} more)` : ''}`
        : 'This file has no sessions.',
    };
  }
  return { ok: true, ...rest, skipped, items, merged };
}

// A session listed twice keeps what the first listing lacks (a room, speakers, an end time).
function fillIn(first: AgendaItem, again: AgendaItem): void {
  if (!first.room) first.room = again.room;
  if (!first.track) first.track = again.track;
  if (!first.speakers.length) first.speakers = again.speakers;
  if (!first.endTime && again.startTime === first.startTime) first.endTime = again.endTime;
}

type Checked = AgendaItem | { reason: string };

/** One session checked and repaired, or the reason it cannot be imported. */
export function checkSession(session: SourceSession): Checked {
  const repairs: string[] = [];
  const start = session.start;
  if (!start?.date) {
    return {
      reason:
        session.anchor && !session.anchor.endsWith('T') ? `its start (${session.anchor}) cannot be read.` : 'it has no date and time (not scheduled yet?).',
    };
  }
  if (!isDate(start.date)) return { reason: `its date (${start.date}) is not a real date.` };
  if (start.time && !isTime(start.time)) return { reason: `its start time (${start.time}) cannot be read.` };
  // An all-day entry over several days is the conference itself (or its sprints), not a session.
  if (!start.time && session.end && !session.end.time && isDate(session.end.date) && daysBetween(start.date, session.end.date) > 1) {
    return { reason: `it is an all-day entry from ${start.date} to ${session.end.date}, not a session.` };
  }

  let title = session.title.replace(/\s+/g, ' ').trim() || 'Untitled session';
  if (title.length > LIMITS.title) {
    title = shorten(title, LIMITS.title);
    repairs.push(`its title was shortened to ${LIMITS.title} characters`);
  }
  let room = session.room.replace(/\s+/g, ' ').trim();
  if (room.length > LIMITS.room) {
    room = shorten(room, LIMITS.room);
    repairs.push(`its room was shortened to ${LIMITS.room} characters`);
  }
  const speakers = cleanSpeakers(session.speakers, repairs);
  const endTime = start.time ? endOf(start.time, start.date, session.end, repairs) : '';

  const item: AgendaItem = {
    key: '',
    title,
    speakers,
    date: start.date,
    startTime: start.time,
    endTime,
    room,
    track: session.track.replace(/\s+/g, ' ').trim().slice(0, LIMITS.room),
    service: session.service || looksLikeBreak(title, speakers),
    repairs,
  };
  // The form's own rules, as a last guard: whatever a repair missed is skipped with the form's message.
  const valid = validateTalk({ ...item, tags: [] }, { startDate: '', endDate: '' });
  if (!valid.ok) return { reason: Object.values(valid.errors)[0] ?? 'it cannot be read.' };
  return item;
}

// The end time kept for a talk that starts at `time` on `date`: the same day, or just after
// midnight (shown "23:30–00:30"); an end that makes no sense is left out and the reason named.
function endOf(time: string, date: string, end: SourceSession['end'], repairs: string[]): string {
  if (!end?.time || !isDate(end.date) || !isTime(end.time)) return '';
  const minutes = daysBetween(date, end.date) * 24 * 60 + minutesOfDay(end.time) - minutesOfDay(time);
  if (minutes > 0 && end.date === date) return end.time;
  if (minutes > 0 && minutes <= MAX_OVERNIGHT_MINUTES) {
    repairs.push(`it ends after midnight, on ${end.date}`);
    return end.time;
  }
  if (minutes === 0) repairs.push('it has no length (it ends as it starts), so it has no end time');
  else if (minutes < 0) repairs.push(`it ends (${end.date} ${end.time}) before it starts, so it has no end time`);
  else repairs.push(`it runs until ${end.date} ${end.time}, so only its start is kept`);
  return '';
}

function cleanSpeakers(speakers: readonly Speaker[], repairs: string[]): Speaker[] {
  const seen = new Set<string>();
  const kept: Speaker[] = [];
  for (const speaker of speakers) {
    let name = speaker.name.replace(/\s+/g, ' ').trim();
    let role = speaker.role.replace(/\s+/g, ' ').trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    if (name.length > LIMITS.speaker) {
      name = shorten(name, LIMITS.speaker);
      repairs.push(`a speaker's name was shortened to ${LIMITS.speaker} characters`);
    }
    if (role.length > LIMITS.speaker) {
      role = shorten(role, LIMITS.speaker);
      repairs.push(`${name}'s role was shortened to ${LIMITS.speaker} characters`);
    }
    kept.push({ name, role });
  }
  if (kept.length > MAX_SPEAKERS) repairs.push(`only the first ${MAX_SPEAKERS} of its ${kept.length} speakers were kept`);
  return kept.slice(0, MAX_SPEAKERS);
}

/** `text` cut to at most `max` characters, at a word where one is near, ending in "…" (never half of a surrogate pair). */
export function shorten(text: string, max: number): string {
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > max - 25) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

// Agenda slots that are not talks, for files that do not mark them: the whole title is one of
// these (in English, and the common words of a few other languages).
const BREAK_TITLE =
  /^(?:(?:morning|afternoon|evening|coffee|tea|lunch|networking|short|long|comfort)\s+)*(?:break|coffee|lunch|breakfast|dinner|registration|check-in|doors open|networking|reception|happy hour|pause|kaffeepause|mittagspause|mittagessen|pause café|pause déjeuner|déjeuner|pausa|pausa café|pausa caffè|almuerzo|pranzo|koffiepauze|lunchpauze)(?:\s+(?:break|and networking|& networking|time))?$/i;

/** True for "Lunch", "Coffee break", "Registration": an agenda slot without speakers that is not a talk. */
export function looksLikeBreak(title: string, speakers: readonly Speaker[]): boolean {
  return speakers.length === 0 && BREAK_TITLE.test(title.replace(/[.!…]+$/, '').trim());
}
