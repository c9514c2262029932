import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../src/import/ics';
import { parseAgendaText } from '../../src/import/plain-text';
import { parseSessionize } from '../../src/import/sessionize';

const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const summary = (result: ReturnType<typeof parseIcs>) =>
  result.ok ? result.items.map((i) => [i.title, i.date, i.startTime, i.endTime, i.speakers.map((s) => s.role ? `${s.name} (${s.role})` : s.name).join(', '), i.room]) : result.error;

describe('parseIcs', () => {
  it('reads sessions with time zones, escapes, folded multi-line descriptions, in the event zone', async () => {
    const result = parseIcs(await fixture('summit.ics'), 'America/Los_Angeles');
    expect(summary(result)).toEqual([
      ['The State of Serverless Computing, 2017', '2017-04-18', '09:30', '10:15', 'Tim Wagner (GM, AWS Lambda)', 'Keynote Hall'],
      ['Building Serverless Web Applications', '2017-04-18', '11:00', '11:45', 'Leo Zhadanovsky', 'Room 2014'],
      ['Deep Dive on CI/CD and Docker', '2017-04-19', '10:00', '11:00', 'John Pignata, Ana Núñez', 'Room 3001'],
    ]);
    expect(result.ok && result.items.map((i) => i.key)).toEqual(['ics:7f3c1a2b@sched.com', 'ics:8d4e2b3c@sched.com', 'ics:9e5f3c4d@sched.com']);
  });

  it('shows the same sessions in another zone at that zone’s times', async () => {
    const result = parseIcs(await fixture('summit.ics'), 'Europe/Berlin');
    expect(result.ok && result.items[0]).toMatchObject({ date: '2017-04-18', startTime: '18:30', endTime: '19:15' });
  });

  it.each([
    ['not a calendar', 'hello', 'This is not a readable iCalendar file'],
    ['truncated', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:x', 'This is not a readable iCalendar file'],
    ['no sessions', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR', 'This calendar has no sessions (no VEVENT entries).'],
    ['no start', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Orphan\r\nEND:VEVENT\r\nEND:VCALENDAR', 'Session 1 ("Orphan") has no start time (DTSTART).'],
  ])('%s → a clear error', (_, text, error) => {
    const result = parseIcs(text, 'UTC');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });
});

describe('parseSessionize', () => {
  it('reads the "All data" export, skipping service sessions, with speaker and room names', async () => {
    expect(summary(parseSessionize(await fixture('sessionize.json')))).toEqual([
      ['Step Functions in Practice', '2017-04-19', '13:00', '13:45', 'Ana Núñez (Principal Engineer), Tim Wagner', 'Room A'],
      ['Log Analytics with Elasticsearch', '2017-04-20', '09:00', '09:45', '李小龙 (SRE)', 'Room B'],
    ]);
  });

  it('reads the grouped "Sessions" export', () => {
    const grouped = JSON.stringify([{ groupName: 'Day 1', sessions: [{ id: 5, title: 'T', startsAt: '2020-01-02T10:00:00', endsAt: '2020-01-02T10:30:00', room: 'Hall', speakers: [{ id: 'a', name: 'Zoë' }] }] }]);
    expect(summary(parseSessionize(grouped))).toEqual([['T', '2020-01-02', '10:00', '10:30', 'Zoë', 'Hall']]);
  });

  it.each([
    ['{ "sessions": [', 'This is not valid JSON'],
    ['{ "speakers": [] }', 'This JSON is not a Sessionize export: it has no "sessions".'],
    ['{ "sessions": [{ "id": 1, "title": "No time" }] }', 'Session 1 ("No time") has no start time ("startsAt").'],
  ])('%s → a clear error', (text, error) => {
    const result = parseSessionize(text);
    expect(!result.ok && result.error).toContain(error);
  });
});

describe('parseAgendaText', () => {
  it('reads "HH:MM Title — Speaker @ Room" lines under date lines', async () => {
    expect(summary(parseAgendaText(await fixture('agenda.txt'), '2017-04-18'))).toEqual([
      ['The State of Serverless Computing', '2017-04-18', '09:30', '', 'Tim Wagner', ''],
      ['Building Serverless Web Applications', '2017-04-18', '11:00', '11:45', 'Leo Zhadanovsky (@leozh)', 'Room 2014'],
      ['Deep Dive on CI/CD and Docker', '2017-04-19', '10:00', '', 'John Pignata, Ana Núñez', ''],
    ]);
  });

  it.each([
    ['09:30 Fine\nlunch at noon', 'Line 2 is not "HH:MM Title — Speaker" or a date (YYYY-MM-DD): "lunch at noon".'],
    ['25:00 Too late', 'Line 1 is not "HH:MM Title — Speaker"'],
    ['\n\n', 'There are no sessions in the text'],
  ])('%j → a clear error', (text, error) => {
    const result = parseAgendaText(text, '2017-04-18');
    expect(!result.ok && result.error).toContain(error);
  });
});

describe('parseSpeakers', () => {
  it('keeps commas inside a role, and splits names on commas, "&" and "and"', async () => {
    const { parseSpeakers } = await import('../../src/import/agenda');
    expect(parseSpeakers('Tim Wagner (GM, AWS Lambda), Ana Núñez & Leo and Zoë')).toEqual([
      { name: 'Tim Wagner', role: 'GM, AWS Lambda' },
      { name: 'Ana Núñez', role: '' },
      { name: 'Leo', role: '' },
      { name: 'Zoë', role: '' },
    ]);
  });

  it('keeps a dash inside a pasted title and keys sessions by day, time and title', () => {
    const result = parseAgendaText('10:00 Lightning talks\n16:00 Lightning talks\n11:00 Serverless - the good parts — Tim', '2017-04-18');
    expect(result.ok && result.items.map((i) => [i.key, i.title, i.speakers])).toEqual([
      ['text:2017-04-18:10:00:lightning-talks', 'Lightning talks', []],
      ['text:2017-04-18:16:00:lightning-talks', 'Lightning talks', []],
      ['text:2017-04-18:11:00:serverless-the-good-parts', 'Serverless - the good parts', [{ name: 'Tim', role: '' }]],
    ]);
  });
});

describe('parseIcs, harder cases', () => {
  const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:x-1', 'SUMMARY:Session', ...lines, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

  it.each([
    ['an all-day entry keeps its date, whatever the zones', ['DTSTART;VALUE=DATE:20240419'], 'Asia/Tokyo', ['2024-04-19', '', '']],
    ['a floating time is the event’s own local time', ['DTSTART:20240419T093000', 'DTEND:20240419T101500'], 'America/Los_Angeles', ['2024-04-19', '09:30', '10:15']],
    ['a TZID without VTIMEZONE is read in that zone', ['DTSTART;TZID=Europe/Berlin:20240419T093000'], 'America/New_York', ['2024-04-19', '03:30', '']],
    ['a UTC time is converted', ['DTSTART:20240419T160000Z'], 'America/Los_Angeles', ['2024-04-19', '09:00', '']],
  ])('%s', (_, lines, zone, expected) => {
    const result = parseIcs(calendar(...lines), zone);
    expect(result.ok && [result.items[0]?.date, result.items[0]?.startTime, result.items[0]?.endTime]).toEqual(expected);
  });

  it('a malformed date is a clear error, not a crash', () => {
    const result = parseIcs(calendar('DTSTART:2024041'), 'UTC');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('Session 1 ("Session")');
  });
});
