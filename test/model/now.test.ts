import { describe, expect, it } from 'vitest';
import { hasEnded, localTime, minutesIntoTalk, talksNow } from '../../src/model/now';

// Instants on the device's own clock, as the app sees them.
const at = (date: string, time: string) => new Date(`${date}T${time}:00`).getTime();
const talk = (title: string, date: string, startTime: string, endTime = '') => ({ title, date, startTime, endTime });

const agenda = [
  talk('Keynote', '2026-11-26', '09:00', '10:00'),
  talk('Serverless', '2026-11-26', '10:30'),
  talk('Overlap', '2026-11-26', '10:45', '11:30'),
  talk('Tomorrow', '2026-11-27', '09:00'),
  talk('Untimed', '2026-11-26', ''),
];

describe('talksNow', () => {
  it.each([
    ['08:00', [], 'Keynote'],
    ['09:30', ['Keynote'], 'Serverless'],
    ['10:00', [], 'Serverless'], // the keynote ended at 10:00
    ['10:50', ['Overlap', 'Serverless'], null], // latest start first; no end time means 45 minutes
    ['11:20', ['Overlap'], null],
    ['12:00', [], null],
  ])('at %s: on now %j, next %j', (time, on, next) => {
    const result = talksNow(agenda, at('2026-11-26', time));
    expect(result.now.map((t) => t.title)).toEqual(on);
    expect(result.next?.title ?? null).toBe(next);
  });
});

describe('minutesIntoTalk and hasEnded', () => {
  it('counts minutes from the start, today only', () => {
    expect(minutesIntoTalk(agenda[1]!, at('2026-11-26', '10:42'))).toBe(12);
    expect(minutesIntoTalk(agenda[1]!, at('2026-11-26', '10:00'))).toBeNull();
    expect(minutesIntoTalk(agenda[3]!, at('2026-11-26', '10:42'))).toBeNull();
  });

  it.each([
    ['Keynote', '2026-11-26', '09:59', false],
    ['Keynote', '2026-11-26', '10:00', true],
    ['Serverless', '2026-11-26', '11:15', true],
    ['Tomorrow', '2026-11-26', '23:00', false],
    ['Keynote', '2026-11-27', '08:00', true],
    ['Untimed', '2026-11-26', '23:00', false],
  ])('%s at %s %s ended: %s', (title, date, time, ended) => {
    expect(hasEnded(agenda.find((t) => t.title === title)!, at(date, time))).toBe(ended);
  });

  it('gives the local time for a new talk', () => {
    expect(localTime(at('2026-11-26', '07:05'))).toBe('07:05');
  });
});

describe('in the event time zone', () => {
  it("reads the clock in the event's zone, wherever the device is", async () => {
    const { localClock, talksNow: on, justEnded } = await import('../../src/model/now');
    const instant = Date.UTC(2026, 10, 26, 18, 40); // 10:40 in San Francisco
    expect(localClock(instant, 'America/Los_Angeles')).toMatchObject({ date: '2026-11-26', minutes: 640 });
    expect(on(agenda, instant, () => 'America/Los_Angeles').now.map((t) => t.title)).toEqual(['Serverless']);
    expect(justEnded(agenda[0]!, instant, 'America/Los_Angeles')).toBe(true);
    expect(justEnded(agenda[0]!, Date.UTC(2026, 10, 27, 2, 0), 'America/Los_Angeles')).toBe(false);
  });
});

describe('a talk that runs past midnight (23:30–00:30)', () => {
  const late = [talk('Night Train', '2026-11-26', '23:30', '00:30'), talk('Dawn', '2026-11-27', '00:15', '00:45')];
  it.each([
    ['2026-11-26', '23:45', ['Night Train'], null], // "next" is today's only
    ['2026-11-27', '00:20', ['Dawn', 'Night Train'], null], // still on after midnight; latest start first
    ['2026-11-27', '00:30', ['Dawn'], null],
  ])('on %s at %s: on now %j, next %j', (date, time, on, next) => {
    const result = talksNow(late, at(date, time));
    expect(result.now.map((t) => t.title)).toEqual(on);
    expect(result.next?.title ?? null).toBe(next);
  });

  it('counts its minutes, ends and asks for its takeaway across midnight', async () => {
    const { justEnded, endMinutes } = await import('../../src/model/now');
    const night = late[0]!;
    expect(endMinutes(night)).toBe(24 * 60 + 30);
    expect(minutesIntoTalk(night, at('2026-11-27', '00:10'))).toBe(40);
    expect(hasEnded(night, at('2026-11-27', '00:29'))).toBe(false);
    expect(hasEnded(night, at('2026-11-27', '00:30'))).toBe(true);
    expect(justEnded(night, at('2026-11-27', '01:00'))).toBe(true);
    // A talk of yesterday that ended before midnight is simply over.
    expect(hasEnded(agenda[0]!, at('2026-11-27', '00:10'))).toBe(true);
    expect(minutesIntoTalk(agenda[0]!, at('2026-11-27', '00:10'))).toBeNull();
  });
});
