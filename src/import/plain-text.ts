// Agendas pasted as text, a session a line: "10:30 Title — Speaker", "10:30-11:15 Title - Ana, Tim @ Room 2".
// A line with a date ("2017-04-19") starts that day; before any, sessions are on the first day.
// A line that is neither is skipped and named, and the rest still import.
import { addDays, isDate, isTime } from '../model/dates';
import { chosenZone, lastMatch, parseSpeakers, type ReadOptions, type SkippedSession, type SourceResult, type SourceSession } from './agenda';
import { slugify } from './slugify';

const LINE = /^(\d{1,2})[:.](\d{2})(?:\s*[-–]\s*(\d{1,2})[:.](\d{2}))?\s+(.+)$/;

/** Reads pasted lines. */
export function parseAgendaText(text: string, options: ReadOptions): SourceResult {
  const sessions: SourceSession[] = [];
  const skipped: SkippedSession[] = [];
  let date = options.firstDay;
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
      skipped.push({ where: `Line ${i + 1} ("${line.slice(0, 60)}")`, reason: 'it is not "HH:MM Title — Speaker" or a date (YYYY-MM-DD).' });
      continue;
    }
    let rest = m[5] ?? '';
    let room = '';
    // Separators are found with fixed-width patterns: "\s+-\s+" would take quadratic time on a
    // line of many spaces.
    const at = lastMatch(rest, /\s@\s/g);
    if (at >= 0 && !rest.slice(at + 3).includes('@')) {
      room = rest.slice(at + 3).trim();
      rest = rest.slice(0, at);
    }
    // The speakers follow the last dash: "Serverless - the good parts — Tim" keeps its title whole.
    const dash = lastMatch(rest, /\s[—–-]\s/g);
    const title = (dash >= 0 ? rest.slice(0, dash) : rest).trim();
    const speakers = dash >= 0 ? rest.slice(dash + 3) : '';
    // An end before the start is after midnight ("23:30-00:30").
    const endDate = endTime && endTime < startTime && isDate(date) ? addDays(date, 1) : date;
    sessions.push({
      // Day, time and title: two sessions with one title on one day stay apart on a re-import.
      id: `${date}:${startTime}:${slugify(title)}`,
      anchor: `${date}T${startTime}`,
      title,
      speakers: parseSpeakers(speakers),
      start: { date, time: startTime },
      end: endTime ? { date: endDate, time: endTime } : null,
      room,
      track: '',
      service: false,
      where: `Line ${i + 1} ("${title.slice(0, 60)}")`,
    });
  }
  if (!sessions.length) {
    return {
      ok: false,
      error: skipped.length
        ? `No line is a session: write one per line, like "10:30 Title — Speaker". ${skipped[0]?.where} is not.`
        : 'There are no sessions in the text: write one per line, like "10:30 Title — Speaker".',
    };
  }
  const timeZone = chosenZone(options, '');
  return { ok: true, format: 'pasted text', source: 'text', sessions, trustedIds: false, skipped, skippedLines: 0, fileZone: '', timeZone, warnings: [] };
}
