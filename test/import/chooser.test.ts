import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../src/import/agenda';
import { agendaOrder, facets, farOff, filterRows, haystacks, initialChoice, LARGE_AGENDA, NO_FILTER } from '../../src/import/chooser';
import type { ImportRow } from '../../src/import/plan';

const row = (title: string, date: string, startTime: string, room: string, track: string, speaker = '', talkId: string | null = null): ImportRow => {
  const item: AgendaItem = {
    key: `k:${title}`,
    title,
    speakers: speaker ? [{ name: speaker, role: '' }] : [],
    date,
    startTime,
    endTime: '',
    room,
    track,
    service: false,
    repairs: [],
  };
  return { item, status: talkId ? 'unchanged' : 'new', talkId, input: { ...item, tags: [] } };
};

const rows = [
  row('Rust in the kernel', '2024-02-03', '10:00', 'Janson', 'Kernel', 'Miguel Ojeda'),
  row('Łódź transit data', '2024-02-03', '11:00', 'H.1308', 'Open Data', 'Zoë Ångström'),
  row('Keynote', '2024-02-03', '09:30', 'Janson', 'Keynotes'),
  row('Rust for embedded', '2024-02-04', '10:00', 'UB2.252A', 'Rust', 'Ana Núñez'),
  row('Lunch', '2024-02-04', '', 'Janson', ''),
];

describe('the chooser', () => {
  it.each<[string, Partial<typeof NO_FILTER>, string[]]>([
    ['no filter shows everything', {}, ['Rust in the kernel', 'Łódź transit data', 'Keynote', 'Rust for embedded', 'Lunch']],
    ['a day', { day: '2024-02-04' }, ['Rust for embedded', 'Lunch']],
    ['a room', { room: 'Janson' }, ['Rust in the kernel', 'Keynote', 'Lunch']],
    ['a track', { track: 'Rust' }, ['Rust for embedded']],
    ['words in the title, any case', { text: 'RUST' }, ['Rust in the kernel', 'Rust for embedded']],
    ['every word must appear', { text: 'rust kernel' }, ['Rust in the kernel']],
    ['a speaker, without accents', { text: 'nunez' }, ['Rust for embedded']],
    ['letters that do not decompose', { text: 'lodz' }, ['Łódź transit data']],
    ['a room, by words', { text: 'h.1308' }, ['Łódź transit data']],
    ['filters combine', { day: '2024-02-03', text: 'rust' }, ['Rust in the kernel']],
    ['nothing matches', { text: 'cobol' }, []],
  ])('%s', (_, filter, titles) => {
    expect(filterRows(rows, haystacks(rows), { ...NO_FILTER, ...filter }).map((i) => rows[i]?.item.title)).toEqual(titles);
  });

  it('offers each day, room and track once, sorted', () => {
    expect(facets(rows)).toEqual({
      days: ['2024-02-03', '2024-02-04'],
      rooms: ['H.1308', 'Janson', 'UB2.252A'],
      tracks: ['Kernel', 'Keynotes', 'Open Data', 'Rust'],
    });
  });

  it('lists by day, then start (untimed last), then room', () => {
    expect(agendaOrder(rows).map((r) => r.item.title)).toEqual(['Keynote', 'Rust in the kernel', 'Łódź transit data', 'Rust for embedded', 'Lunch']);
  });

  it('ticks a small agenda whole, and of a large one only what was imported before', () => {
    expect(initialChoice(rows).size).toBe(rows.length);
    const large = Array.from({ length: LARGE_AGENDA + 1 }, (_, i) => row(`S${i}`, '2024-02-03', '10:00', 'A', '', '', i < 3 ? `talk-${i}` : null));
    expect([...initialChoice(large)]).toEqual(['k:S0', 'k:S1', 'k:S2']);
  });

  it.each<[string, string[], { startDate: string; endDate: string }, string[]]>([
    [
      'a calendar that also holds next year’s edition: the busiest month is ticked',
      ['2024-02-03', '2024-02-04', '2024-02-04', '2025-02-01'],
      { startDate: '', endDate: '' },
      ['2025-02-01'],
    ],
    [
      'the month that holds the event’s own dates wins over a busier one',
      ['2024-01-01', '2024-03-01', '2024-03-02'],
      { startDate: '2024-01-01', endDate: '' },
      ['2024-03-01', '2024-03-02'],
    ],
    ['within 31 days nothing is far', ['2024-02-01', '2024-03-02'], { startDate: '', endDate: '' }, []],
    // A mistyped year on the event: unticking everything would hide the plan's clearer message about the dates.
    ['the event far from every session', ['2024-02-03', '2024-02-04'], { startDate: '2042-02-03', endDate: '' }, []],
  ])('far off: %s', (_, dates, event, far) => {
    const agenda = dates.map((date, i) => row(`S${i}`, date, '10:00', 'A', ''));
    const keys = farOff(agenda, event);
    expect(agenda.filter((r) => keys.has(r.item.key)).map((r) => r.input.date)).toEqual(far);
    expect(initialChoice(agenda, event).size).toBe(dates.length - far.length);
  });
});
