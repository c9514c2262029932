// The Markdown notes of each talk, one record per talk.
import { findActionItems, setActionDone } from '../model/private-items';
import type { NoteRecord } from '../model/types';
import { MissingRecordError } from './results';
import type { TalknotesDatabase } from './schema';
import { newRevision } from './revision';

/** The notes of a talk, or undefined before anything was typed. */
export function getNote(db: TalknotesDatabase, talkId: string): Promise<NoteRecord | undefined> {
  return db.get('notes', talkId);
}

/** Which talk a note belongs to, and when the note was first saved (now, for a new note). */
export interface NoteTarget {
  talkId: string;
  eventId: string;
  createdAt: number;
  /**
   * The revision this text was typed over: "" for a talk without notes yet. Leave it out to save
   * regardless (follow-ups, tests); give it, and a save over someone else's newer text is refused.
   */
  basedOn?: string;
  /** The editor saving, whose own recent revisions are no conflict (see EditorRevisions). */
  editor?: EditorRevisions;
  /** The page whose draft of this talk the save deletes, in its transaction: give it when that page wrote one. */
  draftOf?: string;
}

/**
 * The last few revisions one editor started saving. Two saves of one editor may overlap (a flush
 * while a save runs), both typed over the same revision: finding the other's revision in the
 * notes is no conflict, it is this same editor's older text. Another editor's revision is one,
 * even in the same tab (an editor closed while a photo was processed saves after a new one).
 */
export interface EditorRevisions {
  recent: string[];
}

const KEEP_REVISIONS = 8;

/** A new, empty record of an editor's revisions: one per editor, for as long as it is open. */
export const editorRevisions = (): EditorRevisions => ({ recent: [] });

/** Thrown when the notes were saved elsewhere (another tab) since this editor last saw them. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(readonly theirs: NoteRecord) {
    super('These notes were changed in another tab or window since you opened them.');
  }
}

/**
 * Stores the full text of a talk's notes; resolves only after the transaction has committed.
 * The write is issued at once, before anything is read back, so a save started while the page is
 * being hidden or closed reaches the database. It is rolled back when the talk was deleted
 * meanwhile, or when another tab saved since `basedOn` (then ConflictError carries their text);
 * notes at a revision the same editor saved a moment ago are no conflict. Committing also
 * deletes the draft of the talk that the page `draftOf` wrote (draft-store.ts): it is saved now.
 */
export async function saveNote(db: TalknotesDatabase, target: NoteTarget, text: string): Promise<NoteRecord> {
  const { basedOn, editor, draftOf, ...where } = target;
  const tx = db.transaction(draftOf ? ['talks', 'notes', 'drafts'] : ['talks', 'notes'], 'readwrite');
  // When a request fails, the transaction aborts too: the request's error is the one thrown below,
  // so the same failure of tx.done must not surface a second time as an unhandled rejection.
  tx.done.catch(() => undefined);
  const record: NoteRecord = { ...where, text, updatedAt: Date.now(), revision: newRevision() };
  if (editor) editor.recent = [...editor.recent.slice(1 - KEEP_REVISIONS), record.revision ?? ''];
  const notes = tx.objectStore('notes');
  // Requests run in order: the read sees the note as it was before this write.
  const [talkKey, previous] = await Promise.all([
    tx.objectStore('talks').getKey(target.talkId),
    notes.get(target.talkId),
    notes.put(record),
    draftOf ? tx.objectStore('drafts').delete([target.talkId, draftOf]) : undefined,
  ]);
  const found = previous?.revision ?? '';
  const conflict = basedOn !== undefined && previous !== undefined && found !== basedOn && !editor?.recent.includes(found) && previous.text !== text;
  if (talkKey === undefined || conflict) {
    tx.abort();
    await tx.done.catch((error: unknown) => {
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error; // ours, above
    });
    if (previous && conflict) throw new ConflictError(previous);
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

/**
 * Checks off (or reopens) one to-do in a talk's notes, reading and writing in one transaction so
 * nothing typed since the list was shown is overwritten. The item is found by its text (its line
 * may have moved); if it is gone, nothing changes and the error says so.
 */
export async function setActionItem(db: TalknotesDatabase, talkId: string, item: { line: number; text: string }, done: boolean): Promise<NoteRecord> {
  const tx = db.transaction('notes', 'readwrite');
  const note = await tx.store.get(talkId);
  const items = note ? findActionItems(note.text) : [];
  const match = items.find((i) => i.line === item.line && i.text === item.text) ?? items.find((i) => i.text === item.text && i.done !== done);
  if (!note || !match) {
    await tx.done;
    throw new MissingRecordError(`The to-do "${item.text}" has changed since this list was shown; it was not checked off. Reload the list.`);
  }
  // A new revision: an editor open on this talk must not save over the check-off unawares.
  const record: NoteRecord = { ...note, text: setActionDone(note.text, match.line, done), updatedAt: Date.now(), revision: newRevision() };
  await Promise.all([tx.store.put(record), tx.done]);
  return record;
}
