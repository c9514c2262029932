// Events: list, read, create, update and delete (with all their talks and notes).
import type { EventInput, EventRecord } from '../model/types';
import { validateEvent } from '../model/validate';
import { EVENT_GONE, MissingRecordError, newId, type SaveResult } from './results';
import type { TalknotesDatabase } from './schema';

/** Every event, the latest first (by start date, then by last change). */
export async function listEvents(db: TalknotesDatabase): Promise<EventRecord[]> {
  const events = await db.getAll('events');
  return events.sort((a, b) => (b.startDate || '').localeCompare(a.startDate || '') || b.updatedAt - a.updatedAt);
}

/** One event, or undefined when there is none with that id. */
export function getEvent(db: TalknotesDatabase, id: string): Promise<EventRecord | undefined> {
  return db.get('events', id);
}

/** Validates and stores a new event; resolves once the write has committed. */
export async function createEvent(db: TalknotesDatabase, input: EventInput): Promise<SaveResult<EventRecord, EventInput>> {
  const checked = validateEvent(input);
  if (!checked.ok) return checked;
  const now = Date.now();
  const record: EventRecord = { ...checked.value, id: newId(), createdAt: now, updatedAt: now };
  const tx = db.transaction('events', 'readwrite');
  await Promise.all([tx.store.add(record), tx.done]);
  return { ok: true, record };
}

/** Validates and stores changes to an event; resolves once the write has committed. */
export async function updateEvent(db: TalknotesDatabase, id: string, input: EventInput): Promise<SaveResult<EventRecord, EventInput>> {
  const checked = validateEvent(input);
  if (!checked.ok) return checked;
  const tx = db.transaction('events', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing) {
    await tx.done;
    throw new MissingRecordError(EVENT_GONE);
  }
  const record: EventRecord = { ...existing, ...checked.value, updatedAt: Date.now() };
  await Promise.all([tx.store.put(record), tx.done]);
  return { ok: true, record };
}

/** Deletes an event with all its talks, notes, photos and export settings, in one transaction. */
export async function deleteEvent(db: TalknotesDatabase, id: string): Promise<void> {
  const tx = db.transaction(['events', 'talks', 'notes', 'photos', 'exportSettings'], 'readwrite');
  const talks = tx.objectStore('talks');
  const notes = tx.objectStore('notes');
  const photos = tx.objectStore('photos');
  const [talkIds, noteIds, photoIds] = await Promise.all([
    talks.index('by-event').getAllKeys(id),
    notes.index('by-event').getAllKeys(id),
    photos.index('by-event').getAllKeys(id),
  ]);
  await Promise.all([
    tx.objectStore('events').delete(id),
    tx.objectStore('exportSettings').delete(id),
    ...talkIds.map((talkId) => talks.delete(talkId)),
    ...noteIds.map((talkId) => notes.delete(talkId)),
    ...photoIds.map((photoId) => photos.delete(photoId)),
    tx.done,
  ]);
}
