import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, search } from '../../src/model/search';
import type { EventRecord, TalkRecord } from '../../src/model/types';

const event = (id: string, name: string): EventRecord => ({
  id,
  name,
  location: '',
  startDate: '2019-06-01',
  endDate: '',
  link: '',
  timeZone: '',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
});
const talk = (id: string, eventId: string, title: string, extra: Partial<TalkRecord> = {}): TalkRecord => ({
  id,
  eventId,
  title,
  speakers: [],
  date: '2019-06-01',
  startTime: '',
  endTime: '',
  room: '',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const events = [event('e1', 'JSConf EU'), event('e2', 'AWS Summit')];
const talks = [
  talk('t1', 'e1', 'Serverless in München', { speakers: [{ name: 'Zoë Ångström', role: '' }] }),
  talk('t2', 'e2', 'Step Functions', { tags: ['orchestration'] }),
  talk('t3', 'e2', 'Containers'),
];
const notes = { t2: 'Intro\nState machines are serverless glue\nEnd', t3: '* ECS\n* Fargate is serverless containers' };
const index = buildSearchIndex(events, talks, notes);
const found = (query: string) => search(index, query).map((h) => [h.talk.id, h.field, h.line, h.text]);

describe('search', () => {
  it.each([
    ['munchen', [['t1', 'title', 0, 'Serverless in München']]],
    ['ZOE angstrom', [['t1', 'speakers', 0, 'Zoë Ångström']]],
    ['orchestration', [['t2', 'tags', 0, 'orchestration']]],
    ['fargate', [['t3', 'notes', 2, '* Fargate is serverless containers']]],
    [
      'serverless',
      [
        ['t1', 'title', 0, 'Serverless in München'],
        ['t2', 'notes', 2, 'State machines are serverless glue'],
        ['t3', 'notes', 2, '* Fargate is serverless containers'],
      ],
    ],
    ['serverless glue', [['t2', 'notes', 2, 'State machines are serverless glue']]],
    ['containers serverless', [['t3', 'title', 0, 'Containers']]],
    ['nothing like this', []],
    ['   ', []],
  ])('%j', (query, hits) => expect(found(query)).toEqual(hits));

  it('folds case and accents', () => {
    expect(fold('Ærø Ñúñez ÉCOLE')).toBe('aero nunez ecole');
  });
});

describe('letters without a decomposition', () => {
  it('finds Łódź and Søren as people type them', () => {
    const extra = buildSearchIndex(events, [talk('p1', 'e1', 'Łódź meetup', { speakers: [{ name: 'Søren Straße', role: '' }] })], {});
    expect(search(extra, 'lodz').map((h) => h.talk.id)).toEqual(['p1']);
    expect(search(extra, 'soren strasse').map((h) => h.field)).toEqual(['speakers']);
  });
});
