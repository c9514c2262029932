// iCalendar files as real exporters write them (pretalx, frab, Pentabarf/FOSDEM, Sched, Indico,
// Outlook, Google, WordPress and Jekyll templates, ics.js), one small fixture per quirk, named after
// it. Expected sessions come from what each tool is documented (in its source) to mean.
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../src/import/agenda';
import { readAgenda } from '../../src/import/read-agenda';
import { fixture, options, readFixture } from './read';

// "Title | 2024-02-03 09:30–10:15 | Ana (CTO), Tim | Room" (+ " | break"), the columns the research lists.
const brief = (item: AgendaItem) =>
  [
    item.title,
    `${item.date} ${item.endTime ? `${item.startTime}–${item.endTime}` : item.startTime}`.trim(),
    item.speakers.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ') || '—',
    item.room,
    ...(item.service ? ['break'] : []),
  ].join(' | ');

describe('iCalendar, by exporter and quirk', () => {
  it.each<[string, string, string[]]>([
    // Exporters
    [
      'pretalx-adelaide-wrong-vtimezone.ics',
      'Australia/Adelaide',
      [
        'Keynote: Ten Years of Open Data | 2024-11-14 09:00–09:45 | Penny Wong-Hartley | Hartley Playhouse',
        "Rust in the Outback - Lessons from Remote Sensors | 2024-11-14 10:00–10:30 | Ana Núñez, Tom O'Brien | Room 2 (Riverbank)",
        'Accessible Forms, Revisited | 2024-11-14 13:30–14:00 | Kiri Te Rangi | Room 2 (Riverbank)',
      ],
    ],
    [
      'pretalx-tzid-gmt-london.ics',
      'Europe/London',
      [
        'Packaging Python in 2025 | 2025-09-19 10:20–10:50 | Hynek Ashworth, Priya Raman | Auditorium',
        'Lightning talks | 2025-09-19 17:00–17:45 | — | Auditorium',
        'Winter planning | 2025-11-20 09:30–10:00 | Sam Okafor | Room 3',
      ],
    ],
    [
      'pretalx-tzid-est-new-york.ics',
      'America/New_York',
      [
        'Opening Remarks | 2025-07-26 09:00–09:30 | Dana Whitfield | Ballroom A',
        'Typing the Untypeable | 2025-07-26 13:15–13:45 | Marcus Lee, Aiyana Redcloud | Room 104',
        'Winter Workshop | 2025-12-05 10:00–10:40 | Marcus Lee | Room 104',
      ],
    ],
    [
      'frab-summary-speakers.ics',
      'Europe/Berlin',
      [
        'Community Hour | 2023-12-27 16:00–17:00 | — | Saal Granville',
        'Fuzzing the Fuzzers - Ten Years of Coverage | 2023-12-27 12:30–13:30 | Mei Tanaka | Saal Zuse',
        'Lightning Talks Day 1 | 2023-12-27 22:30–23:15 | Chloé Martin, Oskar Lindqvist, Ravi Patel | Saal 1',
        'Opening Ceremony | 2023-12-27 11:00–11:30 | Kira Vogel, Jonas Brandt | Saal 1',
      ],
    ],
    [
      'organizer-is-the-conference.ics',
      'Europe/Berlin',
      [
        'Map Tiles Without a Vendor | 2015-07-11 14:00–14:45 | — | HS 1',
        'Opening | 2015-07-11 10:00–10:30 | — | HS 1',
        'Routing - Beyond Dijkstra | 2015-07-11 11:00–11:45 | — | HS 2',
        'Showcase | 2015-07-11 16:00–17:00 | — | HS 2',
      ],
    ],
    [
      'pentabarf-fosdem.ics',
      'Europe/Brussels',
      [
        'Welcome to FOSDEM 2024 | 2024-02-03 09:30–09:50 | FOSDEM Staff | Janson',
        'Rust in the Kernel - Where We Are Now | 2024-02-03 11:00–11:50 | Lina Marquez, Tomasz Nowak | Janson',
        'Contract Testing - Why Your Mocks Lie | 2024-02-03 13:00–13:25 | Priya Natarajan | K.4.201',
        'Closing FOSDEM 2024 | 2024-02-04 17:50–18:00 | FOSDEM Staff | Janson',
      ],
    ],
    [
      'tzid-property-europe-brussels.ics',
      'Europe/London',
      [
        'Packaging Go Modules for Distributions | 2025-02-01 09:30–09:55 | Henrik Dahl | K.3.201',
        'Hallway Track Meetup | 2025-02-01 13:00–13:30 | — | H.3242',
        'Scheduling at Scale | 2025-02-02 08:00–08:40 | Sofia Conti, Yusuf Demir | UB2.252A (Lameere)',
      ],
    ],
    [
      'sched-utc-no-zone.ics',
      'America/Chicago',
      [
        // Sched does not append speakers: a KubeCon-style name stays whole.
        'Keynote: Welcome Back + Opening Remarks - Dana Whitfield, Executive Director, Cloud Foundation | 2024-10-15 09:00–09:10 | — | Hall F1 | Level 3',
        'Scaling Event Pipelines - Lessons from Production - Omar Haddad & Lucía Pérez, Streamline | 2024-10-15 10:55–11:30 | — | Room 214 | Level 2',
        'Lunch Break | 2024-10-15 12:00–13:30 | — | Hall C | Level 1 | break',
        'Contributor Summit Social | 2024-10-15 18:00–20:00 | — | Rooftop Terrace | Level 5',
      ],
    ],
    [
      'sched-html-entities.ics',
      'America/New_York',
      [
        'Tarot Readings and Q&A | 2025-03-01 22:00–23:00 | — | Stuyvesant Room, Deck 3, Forward',
        "Crafts & Chats | 2025-03-02 10:00–11:00 | — | Explorer's Lounge, Deck 2, Aft",
        'Paul & Storm: Soundcheck | 2025-03-02 12:00–13:00 | — | The Main Stage, Deck 2, Forward',
      ],
    ],
    [
      'description-speaker-line.ics',
      'Europe/Warsaw',
      [
        'Track reconstruction with graph networks | 2024-10-21 09:00–09:20 | Zofia Kowalska (AGH University of Krakow), Luca Bianchi (INFN) | Auditorium Maximum (ICE Kraków)',
        'Data preservation at scale | 2024-10-21 09:20–09:40 | Emeka Obi (CERN) | Auditorium Maximum (ICE Kraków)',
        'Discussion | 2024-10-21 09:40–10:00 | — | Auditorium Maximum (ICE Kraków)',
      ],
    ],
    [
      'attendee-cn-speakers.ics',
      'Asia/Singapore',
      [
        'Open Hardware - The Next Ten Years | 2025-03-13 10:00–10:45 | Harald Koch | Hall 1',
        'Securing CI Pipelines | 2025-03-13 11:00–11:30 | Mei Ling Tan, Arjun Mehta | Room 2',
        'Community Meetup | 2025-03-13 17:00–18:00 | — | Lifelong Learning Institute',
      ],
    ],
    [
      'outlook-windows-tzid.ics',
      'Europe/London',
      [
        // "W. Europe Standard Time" by its VTIMEZONE; the calendar's owner, an attendee of every event, is no speaker.
        'DevDays: Opening Keynote | 2024-06-12 08:00–09:00 | — | Hall 1',
        'DevDays: Minimal APIs in Depth | 2024-06-12 09:30–10:30 | — | Room 2',
        'DevDays: Blazor Q&A | 2024-06-12 12:00–13:00 | — | Room 2',
      ],
    ],
    [
      'tzid-abbreviation-no-vtimezone.ics',
      'Europe/Zurich',
      [
        'Async Python Without Tears | 2024-10-17 09:30–10:15 | — | Halle 1',
        'Packaging Rust Extensions | 2024-10-17 10:30–11:15 | — | Halle 2',
        'Typing Pandas | 2024-11-07 14:00–14:45 | — | Halle 1',
      ],
    ],
    [
      'floating-x-wr-timezone.ics',
      'Asia/Tokyo',
      [
        '開幕 Opening | 2024-08-03 11:00–11:30 | — | ',
        'Rust 在嵌入式系統的實戰 | 2024-08-03 11:40–12:20 | — | ',
        'Lightning Talks 閃電講 | 2024-08-03 14:30–15:00 | — | ',
      ],
    ],
    [
      'all-day-entry.ics',
      'Europe/Berlin',
      ['Keynote: Forecasting the Lake | 2024-09-17 09:00–10:00 | — | Kongresshaus Konstanz, Saal A', 'Sprint Day | 2024-09-20 | — | Innovation Lab'],
    ],
    // Speakers and titles
    [
      'organizer-cn-speaker.ics',
      'Europe/London',
      [
        'Designing for Slow Networks | 2024-09-12 08:15–08:55 | Siri Nyhus | Sal A',
        'The Cost of a Click | 2024-09-12 09:15–09:55 | Jonas Ek | Sal B',
        'Accessible Charts | 2024-09-12 12:00–12:40 | Leila Haddad | Sal A',
      ],
    ],
    [
      'organizer-plain-name.ics',
      'Europe/Madrid',
      [
        'Arquitecturas hexagonales | 2024-11-07 10:00–10:45 | Lucía Romero | Auditorio',
        'Observabilidad sin dolor | 2024-11-07 11:00–11:45 | Javier Molina | Sala B',
        'Accesibilidad en formularios | 2024-11-07 12:00–12:45 | Carmen Díaz | Auditorio',
      ],
    ],
    ['wordpress-organizer-is-site.ics', 'Europe/London', ['Cryo-EM Methods Seminar | 2024-05-22 14:00–15:30 | — | ']],
    [
      'title-with-dash-unknown-exporter.ics',
      'Europe/Rome',
      [
        'CI/CD - The Good Parts | 2024-04-18 09:30–10:15 | — | Aula Magna',
        'Kubernetes - Beyond the Basics | 2024-04-18 10:30–11:15 | — | Sala 1',
        'Testing in Production - Yes, Really | 2024-04-18 11:30–12:15 | — | Sala 2',
      ],
    ],
    [
      'title-dash-tail-matches-attendee.ics',
      'Europe/Lisbon',
      [
        'Zero-Downtime Migrations | 2024-06-20 10:00–10:40 | Ingrid Solberg | Auditório',
        'Pairing With Robots | 2024-06-20 11:00–11:40 | Tomás Ruiz, Hana Sato | Sala 2',
        'Monorepos - Love and Hate | 2024-06-20 14:00–14:40 | Kwame Asante | Sala 2',
      ],
    ],
    // Junk around and inside the calendar
    [
      'text-after-end-vcalendar.ics',
      'Europe/Berlin',
      [
        'Begrüßung | 2024-06-28 09:30–10:00 | — | Saal 1',
        'Datenschutz im Verein | 2024-06-28 10:15–11:00 | — | Saal 1',
        'Vereinssoftware im Vergleich | 2024-06-28 11:30–12:00 | — | Raum 2',
      ],
    ],
    [
      'x-alt-desc-raw-html-lines.ics',
      'Europe/Berlin',
      [
        'State of the Web | 2024-05-16 09:30–10:15 | — | Main Stage',
        'Offline-First PWAs | 2024-05-16 10:30–11:15 | — | Room 2',
        'Lunch | 2024-05-16 12:00–12:30 | — | Room 2 | break',
      ],
    ],
    [
      'values-with-leading-spaces.ics',
      'Europe/Zurich',
      [
        'Streaming Joins Explained | 2024-09-11 09:00–09:45 | — | Saal Matterhorn',
        'Columnar Formats in Practice | 2024-09-11 10:00–10:45 | — | Saal Eiger',
        'Panel: Data Contracts | 2024-09-11 11:00–11:30 | Nora Keller (Helvetia Data), Luis Ortega | Saal Matterhorn',
      ],
    ],
    [
      'crlf-lf-mix.ics',
      'Europe/Berlin',
      [
        'Eröffnung | 2024-03-02 10:00–10:30 | — | Vereinshaus, Saal',
        'Offene Daten vor Ort | 2024-03-02 11:00–12:00 | — | Vereinshaus, Raum 2',
        'Fragerunde | 2024-03-02 13:30–14:00 | — | Vereinshaus, Saal',
      ],
    ],
    [
      'overlong-lines.ics',
      'Europe/Berlin',
      [
        'Time Zones for People Who Would Rather Not Think About Time Zones at All, Ever | 2024-09-17 09:00–10:00 | — | Saal Lovelace, 2. OG, Eingang über den Innenhof (bitte den Aufzug an der Nordseite nehmen)',
        'Kaffeepause | 2024-09-17 10:30–11:00 | — | Foyer | break',
      ],
    ],
    [
      'bom.ics',
      'Europe/Zurich',
      [
        'Überblick: .NET 9 für Einsteiger | 2024-09-24 09:00–09:45 | — | Saal Zürich',
        'Äußerst schnelle Serialisierung | 2024-09-24 10:00–10:45 | — | Saal Genf',
      ],
    ],
    [
      'value-date-on-date-time.ics',
      'Europe/London',
      ['Student Research Day | 2024-03-12 09:30–17:00 | — | Student Union, Room 3.12', 'Poster Session | 2024-03-13 11:00–12:00 | — | Library, Seminar Room'],
    ],
    [
      'date-only-under-value-date-time.ics',
      'America/Los_Angeles',
      ['Conference Day 1 | 2024-02-07 | — | Lobby', 'Opening Keynote | 2024-02-07 09:30–10:30 | — | Main Hall', 'Sprints | 2024-02-09 | — | Room 3'],
    ],
    [
      'liquid-space-padded-hour.ics',
      'Europe/Berlin',
      ['Firmware-Workshop | 2024-02-07 09:30–10:30 | — | Bürgerhaus, Seestraße 4', 'Freifunk-Treffen | 2024-02-07 19:00–21:00 | — | Bürgerhaus, Seestraße 4'],
    ],
    // Odd items and identity
    [
      'zero-length-event.ics',
      'America/New_York',
      [
        'Boarding Begins (Approximately) | 2025-03-01 11:00 | — | ',
        "Speed Meeting | 2025-03-01 14:00–15:00 | — | Crow's Nest, Deck 11, Forward",
        'Game Library Grand Opening | 2025-03-01 17:00 | — | Upper Main Dining Room, Deck 3, Aft',
      ],
    ],
    [
      'ends-after-midnight.ics',
      'America/Chicago',
      [
        'Opening Night Party | 2024-10-15 22:30–01:00 | — | Pier 9 Warehouse',
        'Late Show: Live Debugging | 2024-10-15 23:30–00:00 | — | Room 214 | Level 2',
        'Community Awards | 2024-10-15 17:00–18:00 | — | Hall F1 | Level 3',
      ],
    ],
    [
      'multi-day-event.ics',
      'America/Chicago',
      [
        'Hackathon | 2024-10-14 09:00 | — | Hall B | Level 1',
        'Theme: Welcome, New Attendees! | 2024-10-15 07:00 | — | Whole Venue',
        'Intro to eBPF | 2024-10-15 10:00–10:45 | — | Room 221 | Level 2',
      ],
    ],
    [
      'unreadable-event-among-good.ics',
      'America/Los_Angeles',
      ['Intro to Soldering | 2024-02-03 09:30–10:15 | — | Workshop', 'Show and Tell | 2024-02-03 12:00–12:45 | — | Main Room'],
    ],
    [
      'repeated-uid.ics',
      'Europe/Warsaw',
      [
        'Keynote: Sensors Everywhere | 2024-04-25 09:00–09:45 | — | Main Hall',
        'LoRaWAN in the Field | 2024-04-25 10:00–10:45 | — | Room A',
        'Matter for Makers | 2024-04-25 10:00–10:45 | — | Room B',
        'Ask Us Anything | 2024-04-25 11:00–11:45 | — | Main Hall',
      ],
    ],
    [
      'missing-uid.ics',
      'Europe/Amsterdam',
      [
        'Welcome | 2024-03-21 09:00–09:15 | — | Main Hall',
        'Workshop: Testing Legacy Code | 2024-03-21 10:00–11:00 | — | Room A',
        'Workshop: Testing Legacy Code | 2024-03-21 14:00–15:00 | — | Room A',
        'Closing | 2024-03-21 17:00–17:15 | — | Main Hall',
      ],
    ],
  ])('%s (event in %s)', async (name, zone, expected) => {
    const agenda = await readFixture(`ics/${name}`, zone);
    expect(agenda.items.map(brief)).toEqual(expected);
    // Keys never repeat, and do not depend on the zone the sessions are shown in.
    expect(new Set(agenda.items.map((i) => i.key)).size).toBe(agenda.items.length);
    expect((await readFixture(`ics/${name}`, zone === 'Asia/Tokyo' ? 'Europe/Lisbon' : 'Asia/Tokyo')).items.map((i) => i.key)).toEqual(
      agenda.items.map((i) => i.key),
    );
  });
});

describe('iCalendar: what the preview says about the file', () => {
  it.each<[string, string, Partial<{ format: string; fileZone: string; skippedLines: number; merged: number }>]>([
    ['pretalx-adelaide-wrong-vtimezone.ics', '', { format: 'pretalx iCalendar', fileZone: 'Australia/Adelaide' }],
    ['frab-summary-speakers.ics', 'Europe/Berlin', { format: 'frab iCalendar' }],
    ['pentabarf-fosdem.ics', '', { format: 'Pentabarf iCalendar', fileZone: 'Europe/Brussels' }],
    ['description-speaker-line.ics', 'Europe/Warsaw', { format: 'Indico iCalendar' }],
    ['floating-x-wr-timezone.ics', '', { fileZone: 'Asia/Taipei' }],
    // X-WR-TIMEZONE:UTC and TZID=GMT say nothing of where the conference is.
    ['sched-utc-no-zone.ics', '', { format: 'Sched iCalendar', fileZone: '' }],
    ['pretalx-tzid-gmt-london.ics', '', { fileZone: '' }],
    ['text-after-end-vcalendar.ics', 'Europe/Berlin', { skippedLines: 2 }],
    ['tzid-property-europe-brussels.ics', 'Europe/Brussels', { skippedLines: 0 }], // blank lines are no junk
    ['repeated-uid.ics', 'Europe/Warsaw', { merged: 1 }],
  ])('%s', async (name, zone, expected) => {
    expect(await readFixture(`ics/${name}`, zone)).toMatchObject(expected);
  });

  it('names what it left out, and what it repaired', async () => {
    const unreadable = await readFixture('ics/unreadable-event-among-good.ics', 'America/Los_Angeles');
    expect(unreadable.skipped).toEqual([{ where: 'Session 2 ("Reverse Engineering Toys")', reason: 'its start (DTSTART) cannot be read.' }]);
    const allDay = await readFixture('ics/all-day-entry.ics', 'Europe/Berlin');
    expect(allDay.skipped).toEqual([
      { where: 'Session 1 ("PyData Lakes 2024 (conference days)")', reason: 'it is an all-day entry from 2024-09-17 to 2024-09-20, not a session.' },
    ]);
    const late = await readFixture('ics/ends-after-midnight.ics', 'America/Chicago');
    expect(late.items.map((i) => i.repairs)).toEqual([['it ends after midnight, on 2024-10-16'], ['it ends after midnight, on 2024-10-16'], []]);
    const zero = await readFixture('ics/zero-length-event.ics', 'America/New_York');
    expect(zero.items[0]?.repairs).toEqual(['it has no length (it ends as it starts), so it has no end time']);
    const long = await readFixture('ics/multi-day-event.ics', 'America/Chicago');
    expect(long.items[0]?.repairs).toEqual(['it runs until 2024-10-15 19:00, so only its start is kept']);
  });

  it('warns when UTC times land in the device’s zone because no zone is named anywhere', async () => {
    const agenda = await readFixture('ics/sched-utc-no-zone.ics');
    expect(agenda.timeZone).toBe('Europe/Berlin');
    expect(agenda.warnings).toEqual([expect.stringContaining("they are shown in this device's zone (Europe/Berlin)")]);
    expect((await readFixture('ics/sched-utc-no-zone.ics', 'America/Chicago')).warnings).toEqual([]);
  });

  it('warns about a zone it does not know, and reads those times as the event’s', async () => {
    const agenda = await readFixture('ics/tzid-abbreviation-no-vtimezone.ics', 'Europe/Zurich');
    expect(agenda.warnings).toEqual(['Times given in a zone this app does not know (CEST) were read as Europe/Zurich times.']);
  });

  it('reads the same sessions in another zone at that zone’s times (the file’s IANA zone wins over its VTIMEZONE)', async () => {
    const sydney = await readFixture('ics/pretalx-adelaide-wrong-vtimezone.ics', 'Australia/Sydney');
    expect(sydney.items.map((i) => `${i.startTime}–${i.endTime}`)).toEqual(['09:30–10:15', '10:30–11:00', '14:00–14:30']);
    const paris = await readFixture('ics/pretalx-tzid-gmt-london.ics', 'Europe/Paris');
    expect(paris.items.map((i) => `${i.startTime}–${i.endTime}`)).toEqual(['11:20–11:50', '18:00–18:45', '10:30–11:00']);
  });

  it.each([
    ['not-an-agenda.ics', 'This is a web page, not an agenda file'],
    ['', 'This is not an iCalendar file: it has no BEGIN:VCALENDAR.'],
  ])('refuses %j with a clear message', async (name, error) => {
    const text = name ? fixture(`ics/${name}`) : 'hello';
    const result = await readAgenda('agenda.ics', text, options());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });

  it.each([
    ['a calendar without events', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR', 'This calendar has no sessions (no VEVENT entries).'],
    [
      'a file cut short',
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:cut off',
      'No session in this file could be imported. Session 1 ("cut off"): it has no start (DTSTART).',
    ],
  ])('%s gets a clear error', async (_, text, error) => {
    expect(await readAgenda('x.ics', text, options())).toEqual({ ok: false, error });
  });
});

describe('iCalendar: structure real files get wrong', () => {
  const event = (uid: string, start: string, summary: string, ...more: string[]) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTART:${start}`,
    `SUMMARY:${summary}`,
    ...more,
    'END:VEVENT',
  ];
  const read = async (lines: string[]) => {
    const result = await readAgenda('x.ics', lines.join('\r\n'), options('Europe/Berlin'));
    if (!result.ok) throw new Error(result.error);
    return result;
  };

  it.each<[string, string[], string[]]>([
    ['events without the VCALENDAR around them', [...event('a', '20240203T090000', 'A'), ...event('b', '20240203T100000', 'B')], ['A 09:00', 'B 10:00']],
    [
      'two calendars one after the other (feeds pasted together)',
      ['BEGIN:VCALENDAR', ...event('a', '20240203T090000', 'A'), 'END:VCALENDAR', 'BEGIN:VCALENDAR', ...event('b', '20240203T100000', 'B'), 'END:VCALENDAR'],
      ['A 09:00', 'B 10:00'],
    ],
    [
      'an event whose END:VEVENT is missing',
      ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'DTSTART:20240203T090000', 'SUMMARY:A', ...event('b', '20240203T100000', 'B'), 'END:VCALENDAR'],
      ['A 09:00', 'B 10:00'],
    ],
    [
      'an alarm inside an event',
      [
        'BEGIN:VCALENDAR',
        ...event('a', '20240203T090000', 'A', 'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Soon', 'END:VALARM', 'LOCATION:Hall'),
        'END:VCALENDAR',
      ],
      ['A 09:00'],
    ],
    [
      'a to-do among the events',
      ['BEGIN:VCALENDAR', 'BEGIN:VTODO', 'UID:t', 'SUMMARY:Buy badge', 'END:VTODO', ...event('a', '20240203T090000', 'A'), 'END:VCALENDAR'],
      ['A 09:00'],
    ],
  ])('%s', async (_, lines, expected) => {
    expect((await read(lines)).items.map((i) => `${i.title} ${i.startTime}`)).toEqual(expected);
  });

  it('leaves out a cancelled session, saying so', async () => {
    const agenda = await read([
      'BEGIN:VCALENDAR',
      ...event('a', '20240203T090000', 'Kept'),
      ...event('b', '20240203T100000', 'Dropped', 'STATUS:CANCELLED'),
      'END:VCALENDAR',
    ]);
    expect(agenda.items.map((i) => i.title)).toEqual(['Kept']);
    expect(agenda.skipped).toEqual([{ where: 'Session 2 ("Dropped")', reason: 'it is marked as cancelled.' }]);
  });

  it('keeps the room of an alarm-carrying event (the alarm’s lines are not the event’s)', async () => {
    const agenda = await read([
      'BEGIN:VCALENDAR',
      ...event('a', '20240203T090000', 'A', 'BEGIN:VALARM', 'DESCRIPTION:Soon', 'END:VALARM', 'LOCATION:Hall'),
      'END:VCALENDAR',
    ]);
    expect(agenda.items[0]?.room).toBe('Hall');
  });
});

describe('iCalendar: hostile and broken input never freezes or refuses the whole file', () => {
  const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
  const talk = (start: string, ...more: string[]) => ['BEGIN:VEVENT', 'UID:t1', `DTSTART;TZID=Odd Zone:${start}`, 'SUMMARY:Talk', ...more, 'END:VEVENT'];
  const zone = (...parts: string[]) => ['BEGIN:VTIMEZONE', 'TZID:Odd Zone', ...parts, 'END:VTIMEZONE'];
  const read = async (text: string) => {
    const result = await readAgenda('x.ics', text, options('Europe/Berlin'));
    if (!result.ok) throw new Error(result.error);
    return result;
  };

  it.each([
    // ical.js would step through every second since 1970 to answer this one: it must not be used.
    [
      'a time zone that repeats every second',
      zone('BEGIN:STANDARD', 'DTSTART:19700101T000000', 'RRULE:FREQ=SECONDLY', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD'),
    ],
    [
      'a time zone with an offset that is no offset',
      zone('BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:garbage', 'END:STANDARD'),
    ],
    ['a time zone without its offset', zone('BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0100', 'END:STANDARD')],
  ])('%s: its times are read as the event’s, and the preview says so', async (_, definition) => {
    const agenda = await read(calendar(...definition, ...talk('20240203T090000')));
    expect(agenda.items.map((i) => `${i.title} ${i.startTime}`)).toEqual(['Talk 09:00']);
    expect(agenda.warnings).toEqual(['Times given in a zone this app does not know (Odd Zone) were read as Europe/Berlin times.']);
  });

  it('uses a sound time zone description (Outlook style) to convert', async () => {
    const agenda = await read(
      calendar(...zone('BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0000', 'END:STANDARD'), ...talk('20240203T090000')),
    );
    expect([agenda.items[0]?.startTime, agenda.warnings]).toEqual(['10:00', []]);
  });

  it.each([
    ['month 13', '20241345T100000'],
    ['30 February', '20240230T100000Z'],
    ['hour 25', '20240203T250000'],
  ])('an impossible start (%s) is left out with its reason, not rolled over to another day', async (_, value) => {
    const agenda = await read(
      calendar(
        ['BEGIN:VEVENT', 'UID:bad', `DTSTART:${value}`, 'SUMMARY:Bad', 'END:VEVENT'].join('\r\n'),
        ['BEGIN:VEVENT', 'UID:good', 'DTSTART:20240203T090000', 'SUMMARY:Good', 'END:VEVENT'].join('\r\n'),
      ),
    );
    expect(agenda.items.map((i) => i.title)).toEqual(['Good']);
    expect(agenda.skipped).toEqual([{ where: 'Session 1 ("Bad")', reason: 'its start (DTSTART) cannot be read.' }]);
  });

  it('reads a title of 40,000 spaces and an entity named like an object method as text', async () => {
    const agenda = await read(
      calendar(
        'PRODID:-//pretalx//x//y',
        ...['BEGIN:VEVENT', 'UID:a', 'DTSTART:20240203T090000', `SUMMARY:Q&constructor;${' '.repeat(40_000)}- Ana`, 'END:VEVENT'],
      ),
    );
    // (Only the first 2,000 characters of a title are looked at: the speakers after 40,000 spaces are not.)
    expect([agenda.items[0]?.title, agenda.items[0]?.speakers]).toEqual(['Q&constructor;', []]);
  });

  it('reads components indented at two depths (a template’s natural layout)', async () => {
    const text = [
      'BEGIN:VCALENDAR',
      '  BEGIN:VEVENT',
      '    UID:n1',
      '    DTSTART:20240203T090000',
      '    SUMMARY:Nested',
      '    DESCRIPTION:a long',
      '     description',
      '  END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    expect((await read(text)).items.map((i) => `${i.title} ${i.startTime}`)).toEqual(['Nested 09:00']);
  });

  it.each([
    ['a tab', '\t'],
    ['one space', ' '],
  ])('reads a template that indents everything inside VCALENDAR by %s', async (_, indent) => {
    const text = [
      'BEGIN:VCALENDAR',
      `${indent}VERSION:2.0`,
      `${indent}BEGIN:VEVENT`,
      `${indent}UID:1`,
      `${indent}DTSTART:20240203T090000`,
      `${indent}SUMMARY:Indented`,
      `${indent}END:VEVENT`,
      'END:VCALENDAR',
    ].join('\n');
    expect((await read(text)).items.map((i) => `${i.title} ${i.startTime}`)).toEqual(['Indented 09:00']);
  });

  it.each([
    ['a bare link line', 'https://pretalx.example.org/conf/talk/ABC/'],
    ['a bare capitalised label', 'SPEAKERS: Ana Núñez'],
    ['a fold before an upper-case word and a colon', '  NOTE: the room changed.'],
  ])('keeps the description whole around %s, and still finds its speakers', async (_, line) => {
    const agenda = await read(
      calendar(
        'BEGIN:VEVENT',
        'UID:d',
        'DTSTART:20240203T090000',
        'SUMMARY:Talk',
        'DESCRIPTION:A talk about caches.',
        line,
        'Speakers: Ana Núñez',
        'LOCATION:Hall A',
        'END:VEVENT',
      ),
    );
    expect([agenda.items[0]?.room, agenda.items[0]?.speakers.map((s) => s.name)]).toEqual(['Hall A', ['Ana Núñez']]);
  });

  it('takes no speaker from a description line that only starts like a label ("Host-based …")', async () => {
    const agenda = await read(
      calendar(
        'BEGIN:VEVENT',
        'UID:h',
        'DTSTART:20240203T090000',
        'SUMMARY:Talk',
        'DESCRIPTION:Host-based intrusion detection with auditd and Falco.',
        'END:VEVENT',
      ),
    );
    expect(agenda.items[0]?.speakers).toEqual([]);
  });

  it('does not use a yearly time zone rule that still gives a date every hour', async () => {
    const agenda = await read(
      calendar(
        ...zone(
          'BEGIN:STANDARD',
          'DTSTART:16010101T000000',
          'RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23',
          'TZOFFSETFROM:+0100',
          'TZOFFSETTO:+0100',
          'END:STANDARD',
        ),
        ...talk('20240203T090000'),
      ),
    );
    expect(agenda.warnings).toEqual(['Times given in a zone this app does not know (Odd Zone) were read as Europe/Berlin times.']);
  });

  it('takes bare description lines ("Speakers: …", "Location: …") as the description’s, not as properties', async () => {
    const agenda = await read(
      calendar(
        'BEGIN:VEVENT',
        'UID:d',
        'DTSTART:20240203T090000',
        'SUMMARY:Talk',
        'DESCRIPTION:About the talk',
        'Speakers: Ana Núñez (CTO), Tim',
        'Location: see website',
        'LOCATION:Hall A',
        'END:VEVENT',
      ),
    );
    expect([agenda.items[0]?.room, agenda.items[0]?.speakers]).toEqual([
      'Hall A',
      [
        { name: 'Ana Núñez', role: 'CTO' },
        { name: 'Tim', role: '' },
      ],
    ]);
  });

  it('keeps a pretalx title with its own dash whole when it has no speakers ("Title - ")', async () => {
    const agenda = await read(
      calendar(
        'PRODID:-//pretalx//pretalx.com//conf',
        'BEGIN:VEVENT',
        'UID:p1',
        'DTSTART:20240203T090000',
        'SUMMARY:CI/CD - The Good Parts - ',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:p2',
        'DTSTART:20240203T100000',
        'SUMMARY:Rust - Ana',
        'END:VEVENT',
      ),
    );
    expect(agenda.items.map((i) => [i.title, i.speakers.map((s) => s.name)])).toEqual([
      ['CI/CD - The Good Parts', []],
      ['Rust', ['Ana']],
    ]);
  });

  it('takes FOSDEM’s per-event TZID property as the file’s zone when the event has none', async () => {
    const result = await readAgenda('fosdem.ics', fixture('ics/tzid-property-europe-brussels.ics').replace(/^X-WR-TIMEZONE.*\r?\n/m, ''), {
      timeZone: '',
      deviceTimeZone: 'America/New_York',
      firstDay: '',
    });
    expect(result.ok && [result.fileZone, result.timeZone, result.items[0]?.startTime]).toEqual(['Europe/Brussels', 'Europe/Brussels', '10:30']);
  });

  it('reads an event’s own TZID property with stray spaces as its DTSTART’s TZID (its VTIMEZONE found by name)', async () => {
    const moved = fixture('ics/outlook-windows-tzid.ics').replace(
      /^(DTSTART|DTEND);TZID="W\. Europe Standard Time":/gm,
      'TZID:  W. Europe Standard Time \r\n$1:',
    );
    const result = await readAgenda('outlook.ics', moved, options('Europe/London'));
    expect(result.ok && result.items.map((i) => `${i.startTime}–${i.endTime}`)).toEqual(['08:00–09:00', '09:30–10:30', '12:00–13:00']);
  });
});
