// A FOSDEM-sized agenda as the FOSDEM website writes it (its Pentabarf .ics: floating times, an
// X-WR-TIMEZONE, a non-standard TZID property per event, speakers as ATTENDEE;CN, long unfolded
// descriptions, LF line ends): about 870 sessions in 35 rooms over two days, about 900 KB.
// Generated rather than stored, so the repository keeps small fixtures; deterministic, so every
// run reads the same file. Used by the e2e chooser test and by npm run bench. Node built-ins only.

const WORDS =
  'rust kernel sync offline database web browser compiler graph network storage linux container security accessibility python go java embedded hardware firmware testing packaging distribution community design energy science legal'.split(
    ' ',
  );
const NAMES = [
  'Ana Núñez',
  'Tim Wagner',
  'Zoë Ångström',
  'Jakub Nowak',
  'Priya Raman',
  'Lina Marquez',
  'Tomasz Nowak',
  'Henrik Dahl',
  'Sofia Conti',
  'Yusuf Demir',
  'Élodie Marchal',
  'Sam O’Neill',
  'Mei Tanaka',
  'Kwame Asante',
  'Leila Haddad',
];
const TRACKS = [
  'Keynotes',
  'Main Track',
  'Rust',
  'Go',
  'Python',
  'Kernel',
  'Databases',
  'Web Performance',
  'Security',
  'Open Hardware',
  'Embedded',
  'Containers',
  'Community',
  'Legal and Policy',
  'Science',
  'Energy',
  'Accessibility',
];

// A small seeded generator, so the agenda is the same on every run.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n) => String(n).padStart(2, '0');

/**
 * The agenda's text. `sessions` sessions in `rooms` rooms on 2024-02-03 and 2024-02-04, from 09:00,
 * 25 minutes each with 5 between; returns { text, sessions: [{ title, day, room, speakers }] }.
 */
export function fosdemAgenda({ sessions = 870, rooms = 35 } = {}) {
  const next = random(2024);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const roomNames = Array.from({ length: rooms }, (_, i) =>
    i === 0 ? 'Janson' : i === 1 ? 'K.1.105 (La Fontaine)' : `${pick(['H', 'K', 'UB', 'UD', 'AW'])}.${1 + (i % 4)}.${100 + i}`,
  );
  const perRoomDay = Math.ceil(sessions / rooms / 2);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pentabarf//Schedule 0.3//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALDESC;VALUE=TEXT:FOSDEM 2024',
    'X-WR-CALNAME;VALUE=TEXT:FOSDEM 2024',
    'X-WR-TIMEZONE;VALUE=TEXT:Europe/Brussels',
  ];
  const list = [];
  let id = 2000;
  for (let day = 0; day < 2 && list.length < sessions; day++) {
    for (let r = 0; r < rooms && list.length < sessions; r++) {
      const track = r === 0 ? 'Keynotes' : TRACKS[r % TRACKS.length];
      for (let slot = 0; slot < perRoomDay && list.length < sessions; slot++) {
        const minutes = 9 * 60 + slot * 30;
        const start = `${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
        const end = `${pad(Math.floor((minutes + 25) / 60))}${pad((minutes + 25) % 60)}00`;
        const date = `2024020${3 + day}`;
        const first = pick(WORDS);
        const title = `${first[0].toUpperCase()}${first.slice(1)} ${pick(WORDS)} for ${pick(WORDS)} ${pick(['people', 'teams', 'everyone', 'beginners', 'experts'])} #${id}`;
        const speakers = Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(NAMES));
        const description = Array.from({ length: 78 }, () => pick(WORDS)).join(' ');
        lines.push(
          'BEGIN:VEVENT',
          'METHOD:PUBLISH',
          `UID:${id}@FOSDEM24@fosdem.org`,
          'TZID:Europe-Brussels',
          `DTSTART:${date}T${start}`,
          `DTEND:${date}T${end}`,
          `SUMMARY:${title}`,
          `DESCRIPTION: ${description}`,
          'CLASS:PUBLIC',
          'STATUS:CONFIRMED',
          `CATEGORIES:${track}`,
          `URL:https:/fosdem.org/2024/schedule/event/${id}/`,
          `LOCATION:${roomNames[r]}`,
          ...[...new Set(speakers)].map((name) => `ATTENDEE;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL;CN="${name}":invalid:nomail`),
          'END:VEVENT',
        );
        list.push({ title, day: `2024-02-0${3 + day}`, room: roomNames[r], speakers });
        id++;
      }
    }
  }
  lines.push('END:VCALENDAR');
  return { text: `${lines.join('\n')}\n`, sessions: list };
}
