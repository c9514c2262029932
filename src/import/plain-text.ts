// Agendas pasted as text, a session a line: "10:30 Title — Speaker", "10:30-11:15 Title - Ana, Tim @ Room 2".
// A line with a date ("2017-04-19") starts that day; before any, sessions are on `firstDay`.
import { isDate, isTime } from '../model/dates';
import { parseSpeakers, type AgendaItem, type AgendaResult } from './agenda';
import { slugify } from './slugify';

const LINE = /^(\d{1,2})[:.](\d{2})(?:\s*[-–]\s*(\d{1,2})[:.](\d{2}))?\s+(.+)$/;

/** Reads pasted lines; a line that is neither a session nor a date is reported with its number. */
export function parseAgendaText(text: string, firstDay: string): AgendaResult {
  const items: AgendaItem[] = [];
  let date = firstDay;
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    if (isDate(line)) {
      date = line;
      continue;
    }
    const m = LINE.exec(line);
    const pad = (h: string | undefined, min: string | undefined) => (h === undefined ? '' : `${h.padStart(2, '0')}:${min}`);
    const startTime = pad(m?.[1], m?.[2]);
    const endTime = pad(m?.[3], m?.[4]);
    if (!m || !isTime(startTime) || (endTime && !isTime(endTime))) {
      return { ok: false, error: `Line ${i + 1} is not "HH:MM Title — Speaker" or a date (YYYY-MM-DD): "${line.slice(0, 60)}".` };
    }
    let rest = m[5] ?? '';
    let room = '';
    const at = /\s+@\s+([^@]+)$/.exec(rest);
    if (at) {
      room = (at[1] ?? '').trim();
      rest = rest.slice(0, at.index);
    }
    // The speakers follow the last dash: "Serverless - the good parts — Tim" keeps its title whole.
    const separators = [...rest.matchAll(/\s+[—–-]\s+/g)];
    const last = separators.at(-1);
    const title = last ? rest.slice(0, last.index) : rest;
    const speakers = last ? rest.slice((last.index ?? 0) + last[0].length) : '';
    items.push({
      // Day, time and title: two sessions with one title on one day stay apart on a re-import.
      key: `text:${date}:${startTime}:${slugify(title)}`,
      title: title.trim(),
      speakers: parseSpeakers(speakers),
      date,
      startTime,
      endTime,
      room,
    });
  }
  if (!items.length) return { ok: false, error: 'There are no sessions in the text: write one per line, like "10:30 Title — Speaker".' };
  return { ok: true, items };
}
