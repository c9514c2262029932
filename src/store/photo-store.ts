// Slide photos: their own object store, indexed by talk and by event.
import type { PhotoRecord } from '../model/types';
import { MissingRecordError, newId } from './results';
import type { TalknotesDatabase } from './schema';

/** A processed photo ready to store (the file was read and re-encoded before any transaction). */
export type NewPhoto = Pick<PhotoRecord, 'type' | 'bytes' | 'width' | 'height' | 'original'>;

/** Stores a processed photo for a talk; resolves once committed. */
export async function addPhoto(db: TalknotesDatabase, talkId: string, photo: NewPhoto): Promise<PhotoRecord> {
  const tx = db.transaction(['talks', 'photos'], 'readwrite');
  const photos = tx.objectStore('photos');
  const [talk, numbers] = await Promise.all([
    tx.objectStore('talks').get(talkId),
    photos
      .index('by-talk')
      .getAll(talkId)
      .then((list) => list.map((p) => p.number ?? 0)),
  ]);
  if (!talk) {
    await tx.done;
    throw new MissingRecordError('This talk was deleted, so the photo was not saved.');
  }
  const now = Date.now();
  // Reading the talk's photos again holds all their bytes in memory for a moment; a talk has tens
  // of photos at most, and the number must be settled inside this transaction to stay unique.
  const number = Math.max(0, ...numbers) + 1;
  const record: PhotoRecord = { ...photo, id: newId(), talkId, eventId: talk.eventId, number, createdAt: now, updatedAt: now };
  await Promise.all([photos.add(record), tx.done]);
  return record;
}

/** Every photo of a talk, by number (the order they were taken). */
export async function listPhotos(db: TalknotesDatabase, talkId: string): Promise<PhotoRecord[]> {
  const photos = await db.getAllFromIndex('photos', 'by-talk', talkId);
  return photos.sort((a, b) => a.number - b.number);
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
