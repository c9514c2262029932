// The Markdown notes of each talk, one record per talk.
import type { NoteRecord } from '../model/types';
import { MissingRecordError } from './results';
import type { TalknotesDatabase } from './schema';

/** The notes of a talk, or undefined before anything was typed. */
export function getNote(db: TalknotesDatabase, talkId: string): Promise<NoteRecord | undefined> {
  return db.get('notes', talkId);
}

/** Stores the full text of a talk's notes; resolves only after the transaction has committed. */
export async function saveNote(db: TalknotesDatabase, talkId: string, text: string): Promise<NoteRecord> {
  const tx = db.transaction(['talks', 'notes'], 'readwrite');
  const notes = tx.objectStore('notes');
  const [talk, existing] = await Promise.all([tx.objectStore('talks').get(talkId), notes.get(talkId)]);
  if (!talk) {
    await tx.done;
    throw new MissingRecordError('This talk was deleted, so its notes cannot be saved. Copy your text before leaving.');
  }
  const now = Date.now();
  const record: NoteRecord = {
    talkId,
    eventId: talk.eventId,
    text,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await Promise.all([notes.put(record), tx.done]);
  return record;
}

/** The notes of every talk of an event, by talk id. */
export async function listNotes(db: TalknotesDatabase, eventId: string): Promise<Record<string, string>> {
  const notes = await db.getAllFromIndex('notes', 'by-event', eventId);
  return Object.fromEntries(notes.map((note) => [note.talkId, note.text]));
}
