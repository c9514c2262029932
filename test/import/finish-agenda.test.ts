import { describe, expect, it } from 'vitest';
import type { SourceSession } from '../../src/import/agenda';
import { checkSession, finishAgenda, looksLikeBreak, shorten } from '../../src/import/finish-agenda';

const session = (over: Partial<SourceSession> = {}): SourceSession => ({
  id: '1',
  anchor: '20240203T233000',
  title: 'Talk',
  speakers: [],
  start: { date: '2024-02-03', time: '23:30' },
  end: { date: '2024-02-04', time: '00:30' },
  room: '',
  track: '',
  service: false,
  where: 'Session 1 ("Talk")',
  ...over,
});

describe('checkSession: one odd session is repaired or skipped, never the whole file', () => {
  it.each<[string, Partial<SourceSession>, { endTime?: string; repairs?: string[]; reason?: string }]>([
    ['an end after midnight is kept (23:30–00:30)', {}, { endTime: '00:30', repairs: ['it ends after midnight, on 2024-02-04'] }],
    [
      'a zero-length session loses its end',
      { start: { date: '2024-02-03', time: '10:00' }, end: { date: '2024-02-03', time: '10:00' } },
      { endTime: '', repairs: ['it has no length (it ends as it starts), so it has no end time'] },
    ],
    [
      'an end before the start is left out',
      { start: { date: '2024-02-03', time: '10:00' }, end: { date: '2024-02-03', time: '09:00' } },
      { endTime: '', repairs: ['it ends (2024-02-03 09:00) before it starts, so it has no end time'] },
    ],
    [
      'a session over several days keeps its start',
      { start: { date: '2024-02-03', time: '10:00' }, end: { date: '2024-02-05', time: '16:00' } },
      { endTime: '', repairs: ['it runs until 2024-02-05 16:00, so only its start is kept'] },
    ],
    ['an all-day entry has no times', { start: { date: '2024-02-03', time: '' }, end: { date: '2024-02-04', time: '' } }, { endTime: '', repairs: [] }],
    ['an over-long title is shortened', { title: 'x'.repeat(400), end: null }, { repairs: ['its title was shortened to 300 characters'] }],
    ['an over-long room is shortened', { room: 'y'.repeat(200), end: null }, { repairs: ['its room was shortened to 120 characters'] }],
    ['a session without a start is skipped', { start: null, anchor: '' }, { reason: 'it has no date and time (not scheduled yet?).' }],
    [
      'a start the reader could not read is skipped, naming it',
      { start: null, anchor: '2024-02-30T10:00' },
      { reason: 'its start (2024-02-30T10:00) cannot be read.' },
    ],
    ['a date that is no date is skipped', { start: { date: '2024-02-30', time: '10:00' } }, { reason: 'its date (2024-02-30) is not a real date.' }],
    ['a time that is no time is skipped', { start: { date: '2024-02-03', time: '25:00' } }, { reason: 'its start time (25:00) cannot be read.' }],
  ])('%s', (_, over, expected) => {
    const result = checkSession(session(over));
    if (expected.reason) expect(result).toEqual({ reason: expected.reason });
    else {
      expect('reason' in result).toBe(false);
      expect(result).toMatchObject(expected);
    }
  });

  it('keeps each speaker once, shortens an over-long name or role, and names the change', () => {
    const result = checkSession(
      session({
        speakers: [
          { name: ' Ana  Núñez ', role: 'r'.repeat(130) },
          { name: 'ana núñez', role: '' },
          { name: '', role: 'orphan role' },
          { name: 'n'.repeat(130), role: '' },
        ],
      }),
    );
    expect('reason' in result).toBe(false);
    if ('reason' in result) return;
    expect(result.speakers.map((s) => [s.name.length, s.role.length])).toEqual([
      [9, 120],
      [120, 0],
    ]);
    expect(result.speakers[0]?.name).toBe('Ana Núñez');
    expect(result.repairs).toEqual([
      "Ana Núñez's role was shortened to 120 characters",
      "a speaker's name was shortened to 120 characters",
      'it ends after midnight, on 2024-02-04',
    ]);
  });
});

describe('finishAgenda', () => {
  const agenda = (sessions: SourceSession[]) =>
    finishAgenda({ format: 'x', source: 'ics', sessions, trustedIds: false, skipped: [], skippedLines: 0, fileZone: '', timeZone: 'UTC', warnings: [] });

  it('merges a session listed twice, keeping what the first listing lacks', () => {
    const result = agenda([session({ end: null }), session({ speakers: [{ name: 'Ana', role: '' }], track: 'Rust' })]);
    expect(result.ok && [result.items.length, result.merged, result.items[0]?.endTime, result.items[0]?.speakers, result.items[0]?.track]).toEqual([
      1,
      1,
      '00:30',
      [{ name: 'Ana', role: '' }],
      'Rust',
    ]);
  });

  it('says why nothing could be imported when every session was skipped', () => {
    expect(agenda([session({ start: null, anchor: '', where: 'Session 1 ("A")' }), session({ start: null, anchor: '', where: 'Session 2 ("B")' })])).toEqual({
      ok: false,
      error:
        'No session in this file could be imported. Session 1 ("A"): it has no date and time (not scheduled yet?). Session 2 ("B"): it has no date and time (not scheduled yet?).',
    });
  });
});

describe('breaks in files that do not mark them', () => {
  it.each([
    ['Lunch', true],
    ['Coffee break', true],
    ['Morning coffee break', true],
    ['Registration', true],
    ['Lunch & networking', true],
    ['Breaking the monolith', false],
    ['Lunch & Learn: Kafka', false],
    ['Coffee with the Rust team', false],
  ])('%j is a break: %s', (title, expected) => {
    expect(looksLikeBreak(title, [])).toBe(expected);
  });

  it('a slot with a speaker is a talk, whatever its title', () => {
    expect(looksLikeBreak('Lunch', [{ name: 'Chef', role: '' }])).toBe(false);
  });

  it('shortens at a word, without a dangling comma', () => {
    expect(shorten('Principal Engineer at Fieldnote Labs, where she leads', 40)).toBe('Principal Engineer at Fieldnote Labs…');
  });
});
