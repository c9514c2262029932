// Sessionize JSON: the "All data" export ({ sessions, speakers, rooms }) or the "Sessions" export
// ([{ groupName, sessions: [...] }]). Its times are the event's local times without an offset.
import type { Speaker } from '../model/types';
import type { AgendaItem, AgendaResult } from './agenda';

interface RawSession {
  id?: unknown;
  title?: unknown;
  startsAt?: unknown;
  endsAt?: unknown;
  room?: unknown;
  roomId?: unknown;
  speakers?: unknown;
  isServiceSession?: unknown;
}

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/** Reads a Sessionize export. */
export function parseSessionize(text: string): AgendaResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This is not valid JSON: ${error instanceof Error ? error.message : String(error)}.` };
  }
  const all = data as { sessions?: unknown; speakers?: unknown; rooms?: unknown };
  let sessions: RawSession[];
  if (Array.isArray(data)) sessions = data.flatMap((group: { sessions?: unknown }) => (Array.isArray(group?.sessions) ? (group.sessions as RawSession[]) : []));
  else if (Array.isArray(all?.sessions)) sessions = all.sessions as RawSession[];
  else return { ok: false, error: 'This JSON is not a Sessionize export: it has no "sessions".' };

  const speakerNames = new Map<string, Speaker>();
  for (const s of Array.isArray(all?.speakers) ? (all.speakers as { id?: unknown; fullName?: unknown; tagLine?: unknown }[]) : []) {
    speakerNames.set(String(s.id), { name: String(s.fullName ?? '').trim(), role: String(s.tagLine ?? '').trim() });
  }
  const roomNames = new Map<string, string>();
  for (const r of Array.isArray(all?.rooms) ? (all.rooms as { id?: unknown; name?: unknown }[]) : []) roomNames.set(String(r.id), String(r.name ?? ''));

  const items: AgendaItem[] = [];
  for (const [i, s] of sessions.entries()) {
    if (s.isServiceSession === true) continue; // breaks and lunch
    const start = LOCAL.exec(String(s.startsAt ?? ''));
    if (!start) return { ok: false, error: `Session ${i + 1} ("${String(s.title ?? 'untitled')}") has no start time ("startsAt").` };
    const end = LOCAL.exec(String(s.endsAt ?? ''));
    const speakers = Array.isArray(s.speakers)
      ? (s.speakers as unknown[]).map((sp) =>
          typeof sp === 'object' && sp !== null && 'name' in sp
            ? { name: String((sp as { name: unknown }).name).trim(), role: '' }
            : (speakerNames.get(String(sp)) ?? { name: String(sp), role: '' }),
        )
      : [];
    items.push({
      key: `sessionize:${String(s.id ?? i)}`,
      title: String(s.title ?? '').trim() || 'Untitled session',
      speakers: speakers.filter((sp) => sp.name),
      date: start[1] ?? '',
      startTime: start[2] ?? '',
      endTime: end && end[1] === start[1] ? (end[2] ?? '') : '',
      room: typeof s.room === 'string' ? s.room : (roomNames.get(String(s.roomId)) ?? ''),
    });
  }
  if (!items.length) return { ok: false, error: 'This Sessionize export has no sessions.' };
  return { ok: true, items };
}
