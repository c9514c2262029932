import { describe, expect, it } from 'vitest';
import { dayNumber, eventDays, groupTalksByDay } from '../../src/model/days';
import type { TalkRecord } from '../../src/model/types';

let seq = 0;
const talk = (title: string, date: string, startTime = ''): TalkRecord => ({
  id: `t${++seq}`,
  eventId: 'e1',
  title,
  speakers: [],
  date,
  startTime,
  endTime: '',
  room: '',
  tags: [],
  createdAt: seq,
  updatedAt: seq,
});

const summary = (groups: ReturnType<typeof groupTalksByDay>) => groups.map((g) => [g.date, g.dayNumber, g.talks.map((t) => t.title)]);

describe('eventDays', () => {
  it.each([
    [{ startDate: '2017-04-18', endDate: '2017-04-20' }, ['2017-04-18', '2017-04-19', '2017-04-20']],
    [{ startDate: '2017-04-18', endDate: '' }, ['2017-04-18']],
    [{ startDate: '', endDate: '' }, []],
    [{ startDate: '2024-02-28', endDate: '2024-03-01' }, ['2024-02-28', '2024-02-29', '2024-03-01']],
  ])('%o → %o', (event, days) => expect(eventDays(event)).toEqual(days));

  it('numbers days from the start', () => {
    const event = { startDate: '2017-04-18', endDate: '2017-04-19' };
    expect([dayNumber(event, '2017-04-18'), dayNumber(event, '2017-04-19'), dayNumber(event, '2017-04-20')]).toEqual([1, 2, null]);
  });
});

describe('groupTalksByDay', () => {
  it('groups by day in time order, keeps empty event days, puts untimed and undated talks last', () => {
    const event = { startDate: '2017-04-18', endDate: '2017-04-20' };
    const talks = [
      talk('Serverless Web Apps', '2017-04-18', '11:00'),
      talk('Wrap-up', '2017-04-20', ''),
      talk('Keynote', '2017-04-18', '09:00'),
      talk('Containers', '2017-04-20', '10:00'),
      talk('Hallway chat', ''),
      talk('State of Serverless', '2017-04-18', '09:45'),
    ];
    expect(summary(groupTalksByDay(event, talks))).toEqual([
      ['2017-04-18', 1, ['Keynote', 'State of Serverless', 'Serverless Web Apps']],
      ['2017-04-19', 2, []],
      ['2017-04-20', 3, ['Containers', 'Wrap-up']],
      ['', null, ['Hallway chat']],
    ]);
  });

  it('numbers days by the talks when the event has no dates', () => {
    const talks = [talk('B', '2020-05-02', '09:00'), talk('A', '2020-05-01', '09:00')];
    expect(summary(groupTalksByDay({ startDate: '', endDate: '' }, talks))).toEqual([
      ['2020-05-01', 1, ['A']],
      ['2020-05-02', 2, ['B']],
    ]);
  });

  it('shows a talk whose day is outside the event without a day number', () => {
    const groups = groupTalksByDay({ startDate: '2017-04-18', endDate: '' }, [talk('Late', '2017-04-22', '09:00')]);
    expect(summary(groups)).toEqual([
      ['2017-04-18', 1, []],
      ['2017-04-22', null, ['Late']],
    ]);
  });

  it('orders talks at the same time by title', () => {
    const talks = [talk('Zeta', '2017-04-18', '09:00'), talk('Alpha', '2017-04-18', '09:00')];
    expect(summary(groupTalksByDay({ startDate: '2017-04-18', endDate: '' }, talks))[0]?.[2]).toEqual(['Alpha', 'Zeta']);
  });
});
