// Sessionize JSON in its three shapes: "All data" ({ sessions, speakers, rooms, categories }), the
// "Sessions" list ([{ groupName, sessions }]) and the "GridSmart" grid ([{ date, rooms, timeSlots }],
// where every session is listed twice). Times are the venue's local times, without an offset.
import type { Speaker } from '../model/types';
import { chosenZone, deviceZoneWarning, sessionLabel, type ReadOptions, type SourceResult, type SourceSession } from './agenda';
import { isoToLocal } from './zones';
import { isObject, list, str, type Json } from './json-values';

/** True for JSON that has the shape of one of Sessionize's exports. */
export function isSessionize(data: unknown): boolean {
  if (isObject(data)) return Array.isArray(data.sessions) && (Array.isArray(data.speakers) || Array.isArray(data.rooms));
  const first = list(data)[0];
  return isObject(first) && (Array.isArray(first.sessions) || Array.isArray(first.rooms) || Array.isArray(first.timeSlots));
}

/** Reads a Sessionize export that isSessionize accepted. */
export function parseSessionize(data: unknown, options: ReadOptions): SourceResult {
  const timeZone = chosenZone(options, '');
  const speakerById = new Map<string, Speaker>();
  const roomById = new Map<string, string>();
  const categoryItems = new Map<string, { category: string; name: string }>();
  let shape: string;
  let raw: Json[];
  if (isObject(data)) {
    shape = 'All data';
    raw = list(data.sessions).filter(isObject);
    for (const s of list(data.speakers).filter(isObject)) {
      const name = str(s.fullName) || [str(s.firstName), str(s.lastName)].filter(Boolean).join(' ');
      speakerById.set(str(s.id), { name, role: str(s.tagLine) });
    }
    for (const r of list(data.rooms).filter(isObject)) roomById.set(str(r.id), str(r.name));
    for (const c of list(data.categories).filter(isObject)) {
      for (const item of list(c.items).filter(isObject)) categoryItems.set(str(item.id), { category: str(c.title), name: str(item.name) });
    }
  } else if (list(data).some((day) => isObject(day) && Array.isArray(day.timeSlots))) {
    shape = 'GridSmart';
    // Sessions are under rooms and again under time slots: both are read, and the twice-listed merged by id.
    raw = list(data)
      .filter(isObject)
      .flatMap((day) => [
        ...list(day.rooms)
          .filter(isObject)
          .flatMap((room) => list(room.sessions)),
        ...list(day.timeSlots)
          .filter(isObject)
          .flatMap((slot) =>
            list(slot.rooms)
              .filter(isObject)
              .map((room) => room.session),
          ),
      ])
      .filter(isObject);
  } else {
    shape = 'Sessions';
    raw = list(data)
      .filter(isObject)
      .flatMap((group) => list(group.sessions))
      .filter(isObject);
  }

  const sessions: SourceSession[] = raw.map((s, i) => {
    const title = str(s.title).trim();
    const speakers = list(s.speakers).map((sp) => (isObject(sp) ? { name: str(sp.name), role: '' } : (speakerById.get(str(sp)) ?? { name: '', role: '' })));
    // Track: a category named like one ("Track", "Topic"), from the session's own categories or All data's items.
    const categories = [
      ...list(s.categories)
        .filter(isObject)
        .flatMap((c) =>
          list(c.categoryItems)
            .filter(isObject)
            .map((item) => ({ category: str(c.name), name: str(item.name) })),
        ),
      ...list(s.categoryItems).flatMap((id) => categoryItems.get(str(id)) ?? []),
    ];
    const track = categories.find((c) => /track|topic|theme|stream/i.test(c.category))?.name ?? '';
    return {
      id: str(s.id),
      anchor: str(s.startsAt),
      title,
      speakers,
      start: isoToLocal(str(s.startsAt), timeZone),
      end: isoToLocal(str(s.endsAt), timeZone),
      room: str(s.room) || roomById.get(str(s.roomId)) || '',
      track,
      service: s.isServiceSession === true,
      where: sessionLabel(i, title),
    };
  });
  if (!sessions.length) return { ok: false, error: 'This Sessionize export has no sessions.' };
  return {
    ok: true,
    format: `Sessionize (${shape})`,
    source: 'sessionize',
    sessions,
    trustedIds: true,
    skipped: [],
    skippedLines: 0,
    fileZone: '',
    timeZone,
    // Sessionize gives local times, but some exports give UTC ("…Z").
    warnings: !options.timeZone && raw.some((s) => /(Z|[+-]\d{2}:?\d{2})$/i.test(str(s.startsAt))) ? [deviceZoneWarning(timeZone)] : [],
  };
}
