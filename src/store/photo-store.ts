// Slide photos: their own object store, indexed by talk and by event.
import type { PhotoRecord } from '../model/types';
import { MissingRecordError, newId } from './results';
import type { TalknotesDatabase } from './schema';

/** A processed photo ready to store (the file was read and re-encoded before any transaction). */
export interface NewPhoto {
  type: string;
  bytes: ArrayBuffer;
  width: number;
  height: number;
  original: PhotoRecord['original'];
}

/** Stores a processed photo for a talk; resolves once committed. */
export async function addPhoto(db: TalknotesDatabase, talkId: string, photo: NewPhoto): Promise<PhotoRecord> {
  const tx = db.transaction(['talks', 'photos'], 'readwrite');
  const talk = await tx.objectStore('talks').get(talkId);
  if (!talk) {
    await tx.done;
    throw new MissingRecordError('This talk was deleted, so the photo was not saved.');
  }
  const now = Date.now();
  const record: PhotoRecord = { ...photo, id: newId(), talkId, eventId: talk.eventId, createdAt: now, updatedAt: now };
  await Promise.all([tx.objectStore('photos').add(record), tx.done]);
  return record;
}

/** Every photo of a talk, oldest first. */
export async function listPhotos(db: TalknotesDatabase, talkId: string): Promise<PhotoRecord[]> {
  const photos = await db.getAllFromIndex('photos', 'by-talk', talkId);
  return photos.sort((a, b) => a.createdAt - b.createdAt);
}

/** Every photo of an event (for the export). */
export function listEventPhotos(db: TalknotesDatabase, eventId: string): Promise<PhotoRecord[]> {
  return db.getAllFromIndex('photos', 'by-event', eventId);
}

/** Deletes one photo. */
export async function deletePhoto(db: TalknotesDatabase, id: string): Promise<void> {
  const tx = db.transaction('photos', 'readwrite');
  await Promise.all([tx.store.delete(id), tx.done]);
}
