// The Markdown notes of each talk, one record per talk.
import type { NoteRecord } from '../model/types';
import { MissingRecordError } from './results';
import type { TalknotesDatabase } from './schema';

/** The notes of a talk, or undefined before anything was typed. */
export function getNote(db: TalknotesDatabase, talkId: string): Promise<NoteRecord | undefined> {
  return db.get('notes', talkId);
}

/** Which talk a note belongs to, and when the note was first saved (now, for a new note). */
export interface NoteTarget {
  talkId: string;
  eventId: string;
  createdAt: number;
}

/**
 * Stores the full text of a talk's notes; resolves only after the transaction has committed.
 * The write is issued at once, before anything is read back, so a save started while the page is
 * being hidden or closed reaches the database; a note for a talk deleted meanwhile is rolled back.
 */
export async function saveNote(db: TalknotesDatabase, target: NoteTarget, text: string): Promise<NoteRecord> {
  const tx = db.transaction(['talks', 'notes'], 'readwrite');
  const record: NoteRecord = { ...target, text, updatedAt: Date.now() };
  const [talkKey] = await Promise.all([tx.objectStore('talks').getKey(target.talkId), tx.objectStore('notes').put(record)]);
  if (talkKey === undefined) {
    tx.abort();
    await tx.done.catch((error: unknown) => {
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error; // ours, above
    });
    throw new MissingRecordError('This talk was deleted, so its notes cannot be saved. Copy your text before leaving.');
  }
  await tx.done;
  return record;
}

/** The notes of every talk of an event, by talk id. */
export async function listNotes(db: TalknotesDatabase, eventId: string): Promise<Record<string, string>> {
  const notes = await db.getAllFromIndex('notes', 'by-event', eventId);
  return Object.fromEntries(notes.map((note) => [note.talkId, note.text]));
}

/** The note records of an event's talks (for the follow-ups). */
export function listEventNotes(db: TalknotesDatabase, eventId: string): Promise<NoteRecord[]> {
  return db.getAllFromIndex('notes', 'by-event', eventId);
}

/** The notes of every talk, by talk id (for search). */
export async function listAllNotes(db: TalknotesDatabase): Promise<Record<string, string>> {
  const notes = await db.getAll('notes');
  return Object.fromEntries(notes.map((note) => [note.talkId, note.text]));
}
