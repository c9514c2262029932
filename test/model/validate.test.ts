import { describe, expect, it } from 'vitest';
import type { EventInput, TalkInput } from '../../src/model/types';
import { validateEvent, validateTalk } from '../../src/model/validate';

const event = (over: Partial<EventInput> = {}): EventInput => ({
  name: 'AWS Summit',
  location: 'San Francisco',
  startDate: '2017-04-18',
  endDate: '2017-04-19',
  link: '',
  timeZone: 'America/Los_Angeles',
  tags: [],
  ...over,
});

const talk = (over: Partial<TalkInput> = {}): TalkInput => ({
  title: 'Building Serverless Web Applications',
  speakers: [{ name: 'Leo Zhadanovsky', role: 'Solutions Architect' }],
  date: '2017-04-18',
  startTime: '10:30',
  endTime: '11:15',
  room: 'Hall A',
  tags: [],
  ...over,
});

describe('validateEvent', () => {
  it.each<[string, Partial<EventInput>, Partial<Record<keyof EventInput, string>>]>([
    ['empty name', { name: '   ' }, { name: 'Give the event a name.' }],
    ['end before start', { endDate: '2017-04-17' }, { endDate: 'The end date is before the start date.' }],
    ['not a real date', { startDate: '2017-02-30' }, { startDate: 'The start date is not a real date.' }],
    ['end without start', { startDate: '', endDate: '2017-04-19' }, { startDate: 'Add a start date, or clear the end date.' }],
    ['too long', { endDate: '2017-06-01' }, { endDate: 'An event can last at most 31 days; check the end date.' }],
    ['javascript link', { link: 'javascript:alert(1)' }, { link: 'Links must start with http:// or https://.' }],
    ['not a web address', { link: 'https://nodot' }, { link: 'That does not look like a web address, e.g. https://example.com/summit.' }],
    [
      'unknown time zone',
      { timeZone: 'Mars/Olympus_Mons' },
      { timeZone: 'Unknown time zone: pick one from the list, e.g. Europe/Berlin, or leave it empty for this device’s.' },
    ],
  ])('%s', (_, over, errors) => {
    expect(validateEvent(event(over))).toEqual({ ok: false, errors });
  });

  it.each<[string, Partial<EventInput>, Partial<EventInput>]>([
    ['name only', { location: '', startDate: '', endDate: '' }, { location: '', startDate: '', endDate: '' }],
    ['trims', { name: '  AWS Summit  ', location: ' SF ' }, { name: 'AWS Summit', location: 'SF' }],
    ['adds https to a bare link', { link: 'aws.amazon.com/summits' }, { link: 'https://aws.amazon.com/summits' }],
    ['keeps http', { link: 'http://example.com:8080/x' }, { link: 'http://example.com:8080/x' }],
    ['one-day event', { endDate: '' }, { endDate: '' }],
    ['device time zone', { timeZone: ' ' }, { timeZone: '' }],
  ])('accepts %s', (_, over, expected) => {
    expect(validateEvent(event(over))).toEqual({ ok: true, value: { ...event(over), ...expected } });
  });
});

describe('validateTalk', () => {
  const dates = { startDate: '2017-04-18', endDate: '2017-04-19' };

  it.each<[string, Partial<TalkInput>, Partial<Record<keyof TalkInput, string>>]>([
    ['empty title', { title: '' }, { title: 'Give the talk a title.' }],
    [
      'day outside the event',
      { date: '2017-04-20' },
      {
        date: "The event runs 2017-04-18 to 2017-04-19; pick a day in between or change the event's dates.",
      },
    ],
    ['ends before it starts', { startTime: '11:00', endTime: '10:00' }, { endTime: 'The talk ends before it starts.' }],
    ['ends as it starts', { startTime: '11:00', endTime: '11:00' }, { endTime: 'The talk ends when it starts: change the end time, or clear it.' }],
    ['ends more than 12 hours after midnight', { startTime: '13:00', endTime: '01:30' }, { endTime: 'The talk ends before it starts.' }],
    ['bad time', { startTime: '9.30' }, { startTime: 'Write the start time as HH:MM, e.g. 09:30.' }],
    ['end without start', { startTime: '', endTime: '10:00' }, { startTime: 'Add a start time, or clear the end time.' }],
    [
      'speaker role without name',
      {
        speakers: [
          { name: 'A', role: '' },
          { name: ' ', role: 'CTO' },
        ],
      },
      {
        speakers: 'Speaker 2 has a role but no name.',
      },
    ],
  ])('%s', (_, over, errors) => {
    expect(validateTalk(talk(over), dates)).toEqual({ ok: false, errors });
  });

  it('drops blank speaker rows and trims', () => {
    const result = validateTalk(
      talk({
        title: ' Keynote ',
        speakers: [
          { name: ' Werner ', role: ' CTO ' },
          { name: '', role: '' },
        ],
      }),
      dates,
    );
    expect(result).toEqual({ ok: true, value: talk({ title: 'Keynote', speakers: [{ name: 'Werner', role: 'CTO' }] }) });
  });

  it('takes an end earlier than the start as after midnight (23:30–00:30)', () => {
    expect(validateTalk(talk({ startTime: '23:30', endTime: '00:30' }), dates)).toMatchObject({ ok: true, value: { endTime: '00:30' } });
  });

  it('accepts any day when the event has no dates', () => {
    expect(validateTalk(talk({ date: '2030-01-01' }), { startDate: '', endDate: '' }).ok).toBe(true);
  });

  it('names the single day of a one-day event', () => {
    expect(validateTalk(talk({ date: '2017-04-19' }), { startDate: '2017-04-18', endDate: '' })).toEqual({
      ok: false,
      errors: { date: "The event is on 2017-04-18; pick that day or change the event's dates." },
    });
  });
});
