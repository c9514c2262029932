import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDate, isTime } from '../../src/model/dates';

describe('isDate', () => {
  it.each([
    ['2017-04-18', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2017-13-01', false],
    ['2017-4-18', false],
    ['', false],
    ['18/04/2017', false],
  ])('%s → %s', (date, expected) => expect(isDate(date)).toBe(expected));
});

describe('isTime', () => {
  it.each([
    ['09:30', true],
    ['23:59', true],
    ['24:00', false],
    ['9:30', false],
    ['12:60', false],
  ])('%s → %s', (time, expected) => expect(isTime(time)).toBe(expected));
});

describe('daysBetween and addDays', () => {
  it.each([
    ['2017-04-18', '2017-04-19', 1],
    ['2017-04-19', '2017-04-18', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-03-25', '2023-03-27', 2], // across the European DST change
    ['2023-12-31', '2024-01-01', 1],
  ])('%s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });

  it('refuses something that is not a date', () => {
    expect(() => daysBetween('2017-02-30', '2017-03-01')).toThrow('Not a date: 2017-02-30');
  });
});
