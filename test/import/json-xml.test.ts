// Sessionize's three JSON shapes and the frab/pretalx/Pentabarf schedules, one fixture per shape
// or quirk, each shaped like what the real tool writes (see the fixture files' names).
import { describe, expect, it } from 'vitest';
import { durationMinutes } from '../../src/import/frab';
import { line, readFixture } from './read';

const PRIYA_ROLE = 'Principal Engineer at Fieldnote Labs, where she leads the offline sync team; co-organiser of Offline Camp Europe…';

describe('Sessionize', () => {
  it.each([
    [
      'json/sessionize-all-data.json',
      'Sessionize (All data)',
      [
        `Offline First, Then Everything Else | 2025-05-22 09:00–09:45 | Priya Raman (${PRIYA_ROLE}) | Main Hall | Web`,
        'Lunch | 2025-05-22 12:00–13:00 |  | Main Hall |  | break',
        'Pairing on Accessibility Audits | 2025-05-22 13:00–13:45 | Jonas Weiß (Accessibility Lead at Nordlicht GmbH), Amara Okafor | Room 2 | Accessibility',
      ],
      0,
    ],
    [
      'json/sessionize-sessions-list.json',
      'Sessionize (Sessions)',
      [
        'Offline First, Then Everything Else | 2025-05-22 09:00–09:45 | Priya Raman | Main Hall | Web',
        'Lunch | 2025-05-22 12:00–13:00 |  | Main Hall |  | break',
        'Pairing on Accessibility Audits | 2025-05-22 13:00–13:45 | Jonas Weiß, Amara Okafor | Room 2 | Accessibility',
        'Sync Conflicts Without Tears | 2025-05-23 10:00–10:45 | Priya Raman | Room 2',
      ],
      0,
    ],
    [
      // Every session is listed twice (under its room and its time slot); breaks come once per room.
      'json/sessionize-gridsmart.json',
      'Sessionize (GridSmart)',
      [
        'Offline First, Then Everything Else | 2025-05-22 09:00–09:45 | Priya Raman | Main Hall',
        'Break | 2025-05-22 09:45–10:00 |  | Main Hall |  | break',
        'Break | 2025-05-22 09:45–10:00 |  | Room 2 |  | break',
        'Pairing on Accessibility Audits | 2025-05-22 10:00–10:45 | Jonas Weiß | Room 2 | Accessibility',
      ],
      4,
    ],
  ])('%s', async (path, format, lines, merged) => {
    // Sessionize times are the venue's wall clock: the same in any event zone.
    for (const zone of ['', 'America/New_York']) {
      const agenda = await readFixture(path, zone);
      expect(agenda.format).toBe(format);
      expect(agenda.items.map(line)).toEqual(lines);
      expect(agenda.merged).toBe(merged);
    }
  });

  it('skips a session not scheduled yet, with the reason, and shortens an over-long tagline', async () => {
    const agenda = await readFixture('json/sessionize-all-data.json');
    expect(agenda.skipped).toEqual([{ where: 'Session 4 ("Designing for Flaky Networks")', reason: 'it has no date and time (not scheduled yet?).' }]);
    expect(agenda.items[0]?.repairs).toEqual(["Priya Raman's role was shortened to 120 characters"]);
    expect(agenda.items[0]?.speakers[0]?.role.length).toBeLessThanOrEqual(120);
  });

  it('reads times with an offset ("…Z", as some exports write) in the event zone', async () => {
    const { readAgenda } = await import('../../src/import/read-agenda');
    const utc = JSON.stringify({
      sessions: [{ id: '1', title: 'T', startsAt: '2026-09-10T08:45:00Z', endsAt: '2026-09-10T09:30:00Z', speakers: [], roomId: null }],
      speakers: [],
      rooms: [],
    });
    const result = await readAgenda('s.json', utc, { timeZone: 'Europe/London', deviceTimeZone: 'Europe/Berlin', firstDay: '' });
    expect(result.ok && result.items.map(line)).toEqual(['T | 2026-09-10 09:45–10:30']);
  });
});

describe('frab, pretalx and Pentabarf schedules', () => {
  const frab = [
    'Opening Ceremony | 2019-12-27 11:00–11:30 | Mara Lindqvist, Kai "kaito" Brenner | Ada | CCC',
    'Hacking the Night Train | 2019-12-27 23:30–00:30 | Jo Wendt | Ada | Security',
    // Listed under the day dated 2019-12-27, but it is after midnight: its own date says so.
    'Lightning Talks After Dark | 2019-12-28 00:30–01:15 | Noor Haddad | Borg | Entertainment',
    'Breakfast with RFCs | 2019-12-28 10:30–11:15 | Mara Lindqvist | Ada',
  ];
  it.each([
    ['json/frab-schedule.json', 'frab schedule (JSON)', 'Europe/Berlin', frab],
    ['xml/frab-schedule.xml', 'frab/Pentabarf schedule (XML)', 'Europe/Berlin', frab],
    [
      'json/pretalx-schedule.json',
      'pretalx schedule (JSON)',
      'Europe/Amsterdam',
      [
        'Sync Engines Compared | 2025-06-12 10:00–10:40 | Lena Vogt | Auditorium | Sync',
        'Midnight Demos | 2025-06-13 01:00–01:30 | Tomás Ferreira | Auditorium | Sync',
        // 26 hours ("1:02:00" is D:HH:MM in pretalx): only its start is kept.
        'Offline App Hackathon | 2025-06-12 14:00 | Lena Vogt | Workshop Room',
      ],
    ],
    [
      // No zone, no dates of its own, and FOSDEM's day change of 09:00 moves nothing.
      'xml/pentabarf-fosdem-schedule.xml',
      'frab/Pentabarf schedule (XML)',
      '',
      [
        "Notes, Sync & the Offline Web | 2024-02-03 10:00–10:50 | Élodie Marchal, Sam O'Neill | Janson | Keynotes",
        'Offline sync in 500 lines of Rust | 2024-02-03 14:30–14:55 | Jakub Nowak | UB2.252A (Lameere) | Rust',
        'Taking conference notes that become blog posts | 2024-02-04 12:15–12:30 | Ana Núñez | H.1308 (Rolin) | Lightning Talks',
      ],
    ],
    [
      // Old Pentabarf: a 01:00 talk listed under the day before, moved by day_change 04:00.
      'xml/schedule-xml-without-time-zone.xml',
      'frab/Pentabarf schedule (XML)',
      '',
      [
        'Opening Event | 2010-12-27 11:30–12:30 | Tilman Ostrowski | Saal 1 | Community',
        'Late Night Hardware Hacking | 2010-12-28 01:00–01:45 | Birte Hansen, Emre Yılmaz | Saal 2 | Hacking',
        'Breakfast Briefing | 2010-12-28 10:00–10:30 | Tilman Ostrowski | Saal 1 | Community',
      ],
    ],
  ])('%s', async (path, format, fileZone, lines) => {
    const agenda = await readFixture(path);
    expect([agenda.format, agenda.fileZone, agenda.skipped, agenda.merged]).toEqual([format, fileZone, [], 0]);
    expect(agenda.items.map(line)).toEqual(lines);
  });

  it('reads the schedule in the event’s zone when it has another: after midnight in Berlin is before it in London', async () => {
    const agenda = await readFixture('json/frab-schedule.json', 'Europe/London');
    expect(agenda.items.map((i) => `${i.title} ${i.date} ${i.startTime}–${i.endTime}`)).toEqual([
      'Opening Ceremony 2019-12-27 10:00–10:30',
      'Hacking the Night Train 2019-12-27 22:30–23:30',
      'Lightning Talks After Dark 2019-12-27 23:30–00:15',
      'Breakfast with RFCs 2019-12-28 09:30–10:15',
    ]);
  });

  it('gives the pretalx 26-hour session’s end in the preview’s repairs', async () => {
    const agenda = await readFixture('json/pretalx-schedule.json');
    expect(agenda.items.find((i) => i.title === 'Offline App Hackathon')?.repairs).toEqual(['it runs until 2025-06-13 16:00, so only its start is kept']);
  });

  it.each([
    ['00:30', '', 30],
    ['0:30', '', 30],
    ['26:00', '', 26 * 60],
    ['00:05:00', '', 5], // Pentabarf: HH:MM:SS
    ['01:15:00', '', 75],
    ['1:02:00', '', 26 * 60], // pretalx from 24 hours: D:HH:MM
    ['01:02:00', 'pretalx', 26 * 60],
    ['1:30:00', '', 90], // a middle part of 30 cannot be hours of a day: H:MM:SS
    ['', '', 0],
    ['soon', '', 0],
  ])('duration %j (generator %j) is %i minutes', (duration, generator, minutes) => {
    expect(durationMinutes(duration, generator)).toBe(minutes);
  });

  it('reads a session whose own date is impossible by its day and start, and leaves out one with nothing readable', async () => {
    const { readAgenda } = await import('../../src/import/read-agenda');
    const event = (guid: string, date: string, start: string, title: string) => ({
      guid,
      id: guid,
      date,
      start,
      duration: '00:30',
      room: 'Hall',
      title,
      persons: [],
    });
    const schedule = {
      schedule: {
        conference: {
          title: 'C',
          time_zone_name: 'Europe/Berlin',
          days: [
            {
              index: 1,
              date: '2024-02-29',
              rooms: {
                Hall: [
                  event('g1', '2024-02-30T10:00:00', '10:00', 'Impossible'),
                  event('g2', '2024-02-29T11:00:00+01:00', '11:00', 'Leap day'),
                  event('g3', '', 'soon', 'Unreadable'),
                ],
              },
            },
          ],
        },
      },
    };
    const result = await readAgenda('schedule.json', JSON.stringify(schedule), { timeZone: 'Europe/London', deviceTimeZone: 'UTC', firstDay: '' });
    expect(result.ok && result.items.map((i) => `${i.title} ${i.date} ${i.startTime}`)).toEqual(['Impossible 2024-02-29 09:00', 'Leap day 2024-02-29 10:00']);
    expect(result.ok && result.skipped).toEqual([{ where: 'Session 3 ("Unreadable")', reason: 'its start (2024-02-29Tsoon) cannot be read.' }]);
  });

  it('leaves out a Sessionize session on an impossible date, naming it', async () => {
    const { readAgenda } = await import('../../src/import/read-agenda');
    const data = {
      sessions: [
        { id: '1', title: 'Bad', startsAt: '2024-02-30T10:00:00', endsAt: null, speakers: [] },
        { id: '2', title: 'Good', startsAt: '2024-02-29T10:00:00', endsAt: null, speakers: [] },
      ],
      speakers: [],
      rooms: [],
    };
    const result = await readAgenda('s.json', JSON.stringify(data), { timeZone: 'Europe/Berlin', deviceTimeZone: 'UTC', firstDay: '' });
    expect(result.ok && result.items.map((i) => i.title)).toEqual(['Good']);
    expect(result.ok && result.skipped).toEqual([{ where: 'Session 1 ("Bad")', reason: 'its start (2024-02-30T10:00:00) cannot be read.' }]);
  });
});
