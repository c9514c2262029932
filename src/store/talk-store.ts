// Talks of an event: list, read, create, update and delete (with their notes).
import type { TalkInput, TalkRecord } from '../model/types';
import { validateTalk } from '../model/validate';
import { EVENT_GONE, MissingRecordError, newId, type SaveResult } from './results';
import type { TalknotesDatabase } from './schema';

const GONE_TALK = 'This talk no longer exists; it may have been deleted in another tab.';

/** Every talk of an event, in no particular order (group them with groupTalksByDay). */
export function listTalks(db: TalknotesDatabase, eventId: string): Promise<TalkRecord[]> {
  return db.getAllFromIndex('talks', 'by-event', eventId);
}

/** One talk, or undefined when there is none with that id. */
export function getTalk(db: TalknotesDatabase, id: string): Promise<TalkRecord | undefined> {
  return db.get('talks', id);
}

/** Validates a new talk against its event's dates and stores it; resolves once committed. */
export async function createTalk(db: TalknotesDatabase, eventId: string, input: TalkInput): Promise<SaveResult<TalkRecord, TalkInput>> {
  const tx = db.transaction(['events', 'talks'], 'readwrite');
  const event = await tx.objectStore('events').get(eventId);
  if (!event) return finishThenThrow(tx.done, EVENT_GONE);
  const checked = validateTalk(input, event);
  if (!checked.ok) return tx.done.then(() => checked);
  const now = Date.now();
  const record: TalkRecord = { ...checked.value, id: newId(), eventId, createdAt: now, updatedAt: now };
  await Promise.all([tx.objectStore('talks').add(record), tx.done]);
  return { ok: true, record };
}

/** Validates and stores changes to a talk; resolves once committed. */
export async function updateTalk(db: TalknotesDatabase, id: string, input: TalkInput): Promise<SaveResult<TalkRecord, TalkInput>> {
  const tx = db.transaction(['events', 'talks'], 'readwrite');
  const talks = tx.objectStore('talks');
  const existing = await talks.get(id);
  if (!existing) return finishThenThrow(tx.done, GONE_TALK);
  const event = await tx.objectStore('events').get(existing.eventId);
  if (!event) return finishThenThrow(tx.done, EVENT_GONE);
  const checked = validateTalk(input, event);
  if (!checked.ok) return tx.done.then(() => checked);
  const record: TalkRecord = { ...existing, ...checked.value, updatedAt: Date.now() };
  await Promise.all([talks.put(record), tx.done]);
  return { ok: true, record };
}

/** Deletes a talk with its notes and photos in one transaction. */
export async function deleteTalk(db: TalknotesDatabase, id: string): Promise<void> {
  const tx = db.transaction(['talks', 'notes', 'photos'], 'readwrite');
  const photos = tx.objectStore('photos');
  const photoIds = await photos.index('by-talk').getAllKeys(id);
  await Promise.all([tx.objectStore('talks').delete(id), tx.objectStore('notes').delete(id), ...photoIds.map((photoId) => photos.delete(photoId)), tx.done]);
}

// Lets a read-only use of a readwrite transaction finish before reporting the missing record.
async function finishThenThrow(done: Promise<void>, message: string): Promise<never> {
  await done;
  throw new MissingRecordError(message);
}

/** Every talk of every event (for "on now" and search). */
export function listAllTalks(db: TalknotesDatabase): Promise<TalkRecord[]> {
  return db.getAll('talks');
}
