import { describe, expect, it } from 'vitest';
import { assignKeys, type Identifiable } from '../../src/import/identity';

const s = (id: string, date: string, startTime: string, title: string, room = ''): Identifiable => ({ id, date, startTime, title, room });

describe('assignKeys', () => {
  it.each<[string, boolean, Identifiable[], string[]]>([
    ['unique ids are the keys, as earlier imports wrote them', false, [s('a@x', '2024-02-03', '09:00', 'A'), s('b@x', '2024-02-03', '10:00', 'B')], ['ics:a@x', 'ics:b@x']],
    [
      'a repeated id is told apart by start, then title, then room',
      false,
      [
        s('same', '2024-02-03', '09:00', 'A'),
        s('same', '2024-02-03', '10:00', 'B'),
        s('same', '2024-02-03', '10:00', 'C', 'Hall'),
        s('same', '2024-02-03', '11:00', 'Lightning', 'Room 1'),
        s('same', '2024-02-03', '11:00', 'Lightning', 'Room 2'),
      ],
      [
        'ics:same@2024-02-03T09:00',
        'ics:same@2024-02-03T10:00:b',
        'ics:same@2024-02-03T10:00:c',
        'ics:same@2024-02-03T11:00:lightning@room-1',
        'ics:same@2024-02-03T11:00:lightning@room-2',
      ],
    ],
    ['a missing id becomes a fingerprint of day, start and title', false, [s('', '2024-02-03', '09:00', 'Rust & Go!')], ['ics:~2024-02-03T09:00:rust-go']],
    ['fingerprints alike but for the room stay apart', false, [s('', '2024-02-03', '09:00', 'Lunch', 'A'), s('', '2024-02-03', '09:00', 'Lunch', 'B')], ['ics:~2024-02-03T09:00:lunch@a', 'ics:~2024-02-03T09:00:lunch@b']],
    ['sessions alike in everything share a key (listed twice)', false, [s('u', '2024-02-03', '09:00', 'A'), s('u', '2024-02-03', '09:00', 'A')], ['ics:u@2024-02-03T09:00:a@', 'ics:u@2024-02-03T09:00:a@']],
    ['trusted ids (Sessionize, frab) share a key whatever else differs', true, [s('42', '2024-02-03', '09:00', 'Keynote', 'A'), s('42', '2024-02-03', '09:00', 'Keynote', 'B')], ['ics:42', 'ics:42']],
  ])('%s', (_, trusted, sessions, keys) => {
    expect(assignKeys('ics', trusted, sessions)).toEqual(keys);
  });

  it('gives the same keys whatever order the file lists the sessions in', () => {
    const sessions = [s('same', '2024-02-03', '09:00', 'A'), s('same', '2024-02-03', '10:00', 'B'), s('', '2024-02-03', '11:00', 'C'), s('same', '2024-02-03', '10:00', 'D')];
    const keys = assignKeys('ics', false, sessions);
    const reversed = assignKeys('ics', false, [...sessions].reverse());
    expect([...reversed].reverse()).toEqual(keys);
  });
});

describe('long keys', () => {
  it('are cut to a stable length that a backup holds, and stay apart', async () => {
    const { MAX_KEY } = await import('../../src/import/identity');
    const uid = 'A'.repeat(400);
    const keys = assignKeys('ics', false, [s(uid, '2024-02-03', '09:00', 'x'.repeat(300)), s(uid, '2024-02-03', '09:00', `${'x'.repeat(299)}y`)]);
    expect(keys.every((k) => k.length <= MAX_KEY)).toBe(true);
    expect(new Set(keys).size).toBe(2);
    expect(assignKeys('ics', false, [s(uid, '2024-02-03', '09:00', 'x'.repeat(300)), s(uid, '2024-02-03', '09:00', `${'x'.repeat(299)}y`)])).toEqual(keys);
  });
});
