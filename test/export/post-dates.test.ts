import { describe, expect, it } from 'vitest';
import { hugoDate, jekyllDate } from '../../src/export/post-dates';
import { dateInZone } from '../../src/model/time-zones';

describe('post dates carry the venue offset', () => {
  it.each([
    ['2017-04-18', '09:30', 'America/Los_Angeles', '2017-04-18 09:30:00 -0700', '2017-04-18T09:30:00-07:00'],
    ['2017-01-18', '09:30', 'America/Los_Angeles', '2017-01-18 09:30:00 -0800', '2017-01-18T09:30:00-08:00'],
    ['2019-06-01', '', 'Europe/Berlin', '2019-06-01 00:00:00 +0200', '2019-06-01T00:00:00+02:00'],
    ['2020-02-03', '14:05', 'Asia/Kolkata', '2020-02-03 14:05:00 +0530', '2020-02-03T14:05:00+05:30'],
    ['2020-02-03', '14:05', 'UTC', '2020-02-03 14:05:00 +0000', '2020-02-03T14:05:00+00:00'],
    ['2023-03-26', '03:30', 'Europe/Berlin', '2023-03-26 03:30:00 +0200', '2023-03-26T03:30:00+02:00'], // just after the change
    ['2023-10-29', '01:30', 'Europe/Berlin', '2023-10-29 01:30:00 +0200', '2023-10-29T01:30:00+02:00'],
  ])('%s %s in %s', (date, time, zone, jekyll, hugo) => {
    expect(jekyllDate(date, time, zone)).toBe(jekyll);
    expect(hugoDate(date, time, zone)).toBe(hugo);
  });

  it('knows the date in a zone', () => {
    const instant = Date.UTC(2017, 3, 19, 5, 0); // 22:00 on the 18th in San Francisco
    expect(dateInZone(instant, 'America/Los_Angeles')).toBe('2017-04-18');
    expect(dateInZone(instant, 'Asia/Tokyo')).toBe('2017-04-19');
  });
});
