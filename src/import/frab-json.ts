// frab/pretalx schedule.json: { schedule: { conference: { days: [{ date, rooms: { Room: [event] } }] } } }.
import type { Speaker } from '../model/types';
import type { ReadOptions, SourceResult } from './agenda';
import { frabSessions, type FrabEvent } from './frab';
import { isObject, list, str, type Json } from './json-values';

// The conference object of a schedule.json (some tools write it without the outer "schedule").
function conferenceOf(data: unknown): Json | null {
  const schedule = isObject(data) && isObject(data.schedule) ? data.schedule : data;
  return isObject(schedule) && isObject(schedule.conference) && Array.isArray(schedule.conference.days) ? schedule.conference : null;
}

/** True for JSON shaped like a frab/pretalx schedule.json. */
export function isFrabJson(data: unknown): boolean {
  return conferenceOf(data) !== null;
}

/** Reads a schedule.json that isFrabJson accepted. */
export function parseFrabJson(data: unknown, options: ReadOptions): SourceResult {
  const conference = conferenceOf(data) ?? {};
  const events: FrabEvent[] = [];
  for (const day of list(conference.days).filter(isObject)) {
    const rooms = isObject(day.rooms) ? day.rooms : {};
    for (const [roomName, roomEvents] of Object.entries(rooms)) {
      for (const e of list(roomEvents).filter(isObject)) {
        const persons: Speaker[] = list(e.persons).map((p) =>
          isObject(p) ? { name: str(p.public_name) || str(p.name) || str(p.full_public_name), role: '' } : { name: str(p), role: '' },
        );
        events.push({
          guid: str(e.guid),
          id: str(e.id),
          title: str(e.title),
          date: str(e.date),
          dayDate: str(day.date),
          start: str(e.start),
          duration: str(e.duration),
          end: str(e.end),
          room: str(e.room) || roomName,
          track: str(e.track),
          type: str(e.type),
          persons,
        });
      }
    }
  }
  const dayChange = /T(\d{2}:\d{2})/.exec(str(list(conference.days).filter(isObject)[0]?.day_start))?.[1] ?? '';
  const generator = isObject(data) && isObject(data.generator) ? str(data.generator.name) : '';
  return frabSessions(
    { title: str(conference.title), timeZone: str(conference.time_zone_name), dayChange, generator, events },
    `${/pretalx/i.test(generator) ? 'pretalx' : 'frab'} schedule (JSON)`,
    options,
  );
}
