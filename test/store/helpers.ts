// A fresh, uniquely named database per test on fake-indexeddb.
import 'fake-indexeddb/auto';
import { openTalknotesDB } from '../../src/store/db';
import type { EventInput, TalkInput, TalkRecord } from '../../src/model/types';

let count = 0;

/** Opens a brand-new empty Talknotes database. */
export function freshDB() {
  return openTalknotesDB(`test-${process.pid}-${++count}`);
}

/** An event form as a person fills it in. */
export const eventInput = (over: Partial<EventInput> = {}): EventInput => ({
  name: 'AWS Summit SFO',
  location: 'Moscone Center',
  startDate: '2017-04-18',
  endDate: '2017-04-19',
  link: 'https://aws.amazon.com/summits/san-francisco/',
  timeZone: 'America/Los_Angeles',
  tags: [],
  ...over,
});

/** A talk form as a person fills it in. */
export const talkInput = (over: Partial<TalkInput> = {}): TalkInput => ({
  title: 'The State of Serverless Computing',
  speakers: [{ name: 'Tim Wagner', role: 'GM, AWS Lambda' }],
  date: '2017-04-18',
  startTime: '09:30',
  endTime: '10:15',
  room: 'Keynote hall',
  tags: [],
  ...over,
});

/** Unwraps a successful save, failing the test with the field errors otherwise. */
export function saved<R>(result: { ok: true; record: R } | { ok: false; errors: unknown }): R {
  if (!result.ok) throw new Error(`expected a save, got ${JSON.stringify(result.errors)}`);
  return result.record;
}

/** Where the notes of a talk are saved, as its editor knows it. */
export function noteOf(talk: TalkRecord) {
  return { talkId: talk.id, eventId: talk.eventId, createdAt: talk.createdAt };
}
