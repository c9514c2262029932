import { describe, expect, it } from 'vitest';
import { assignKeys, MAX_KEY, type Identifiable } from '../../src/import/identity';

const s = (id: string, anchor: string, title: string, room = ''): Identifiable => ({ id, anchor, title, room });

describe('assignKeys', () => {
  it.each<[string, boolean, Identifiable[], string[]]>([
    ['unique ids are the keys, as earlier imports wrote them', false, [s('a@x', '20240203T0900', 'A'), s('b@x', '20240203T1000', 'B')], ['ics:a@x', 'ics:b@x']],
    [
      'a repeated id is told apart by title, then start, then room',
      false,
      [
        s('same', '20240203T0900', 'A'),
        s('same', '20240203T1000', 'B'),
        s('same', '20240203T1100', 'Lightning'),
        s('same', '20240203T1600', 'Lightning', 'Room 1'),
        s('same', '20240203T1600', 'Lightning', 'Room 2'),
      ],
      ['ics:same:a', 'ics:same:b', 'ics:same:lightning@20240203T1100', 'ics:same:lightning@20240203T1600@room-1', 'ics:same:lightning@20240203T1600@room-2'],
    ],
    [
      'a missing id becomes a fingerprint of title and start as the file writes it',
      false,
      [s('', 'Europe/Brussels:2024-02-03T09:00:00', 'Rust & Go!')],
      ['ics:~rust-go@Europe/Brussels:2024-02-03T09:00:00'],
    ],
    [
      'fingerprints alike but for the room stay apart',
      false,
      [s('', 'T0900', 'Lunch', 'A'), s('', 'T0900', 'Lunch', 'B')],
      ['ics:~lunch@T0900@a', 'ics:~lunch@T0900@b'],
    ],
    ['sessions alike in everything share a key (listed twice)', false, [s('u', 'T0900', 'A'), s('u', 'T0900', 'A')], ['ics:u:a@T0900@', 'ics:u:a@T0900@']],
    [
      'trusted ids (Sessionize, frab) share a key whatever else differs',
      true,
      [s('42', 'T0900', 'Keynote', 'A'), s('42', 'T0900', 'Keynote', 'B')],
      ['ics:42', 'ics:42'],
    ],
  ])('%s', (_, trusted, sessions, keys) => {
    expect(assignKeys('ics', trusted, sessions)).toEqual(keys);
  });

  it('gives the same keys whatever order the file lists the sessions in', () => {
    const sessions = [s('same', 'T0900', 'A'), s('same', 'T1000', 'B'), s('', 'T1100', 'C'), s('same', 'T1000', 'D')];
    const keys = assignKeys('ics', false, sessions);
    expect([...assignKeys('ics', false, [...sessions].reverse())].reverse()).toEqual(keys);
  });

  it('keeps a session’s key when it moves into the slot another one left (one UID on all of them)', () => {
    const before = assignKeys('ics', false, [s('same', 'T1000', 'Rust at scale'), s('same', 'T1100', 'Go at scale'), s('same', 'T1200', 'Closing')]);
    const after = assignKeys('ics', false, [s('same', 'T1000', 'Go at scale'), s('same', 'T1200', 'Closing')]);
    expect(after).toEqual([before[1], before[2]]);
  });
});

describe('long keys', () => {
  it('are cut to a stable length that a backup holds, and stay apart', () => {
    const uid = 'A'.repeat(400);
    const make = () => assignKeys('ics', false, [s(uid, 'T0900', 'x'.repeat(300)), s(uid, 'T0900', `${'x'.repeat(299)}y`)]);
    const keys = make();
    expect(keys.every((k) => k.length <= MAX_KEY)).toBe(true);
    expect(new Set(keys).size).toBe(2);
    expect(make()).toEqual(keys);
  });
});
