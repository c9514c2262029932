// Saves announced by other tabs, loaded into an editor while nothing typed there waits to be saved
// — asked when the word comes and again right before the text is replaced, since typing may start
// in between (then nothing is loaded, and the editor's next save meets the other tab's as a conflict).
import type { NoteRecord } from '../model/types';
import { getNote } from '../store/note-store';
import type { TalknotesDatabase } from '../store/schema';
import type { NoteChannel } from './note-channel';

/** What following other tabs' saves of one talk needs. */
export interface FollowOptions {
  notes: NoteChannel;
  withDB: <T>(work: (db: TalknotesDatabase) => Promise<T>) => Promise<T>;
  talkId: string;
  /** The revision the editor has now: a save announced at it is the editor's own, or known. */
  base: () => string;
  /** True while something typed in the editor is not yet committed. */
  pending: () => boolean;
  load: (theirs: NoteRecord) => void;
  failed: (error: unknown) => void;
}

/** Loads other tabs' saves of the talk through `load`; returns the function that stops. */
export function followOtherTabs({ notes, withDB, talkId, base, pending, load, failed }: FollowOptions): () => void {
  return notes.listen(({ talkId: saved, revision }) => {
    if (saved !== talkId || revision === base() || pending()) return;
    withDB((db) => getNote(db, talkId)).then((theirs) => theirs && theirs.revision === revision && !pending() && load(theirs), failed);
  });
}
