// Tabs and windows on the same talk keep each other up to date (session/note-channel.ts): a save
// here is announced; an announced save elsewhere is loaded here unless something typed here is
// still waiting to be saved (then that save is refused as a conflict, and the person chooses).
import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import type { NoteRecord } from '../../model/types';
import { appServices, getDB } from '../../app/services';
import { getNote } from '../../store/note-store';
import { reportProblem } from './problems';
import { errorMessage } from './use-load';

/**
 * Loads notes saved in another tab into this editor, when this editor has nothing unsaved — asked
 * when the message comes and again right before the text is replaced, since typing may start in
 * between (then nothing is loaded, and the next save here meets the other tab's as a conflict).
 */
export function useNoteSync(talkId: string, base: MutableRef<string>, pending: () => boolean, apply: (theirs: NoteRecord) => void): void {
  const latest = useRef({ pending, apply });
  latest.current = { pending, apply };
  useEffect(() => {
    return appServices().notes.listen((data) => {
      if (data.talkId !== talkId || data.revision === base.current) return;
      if (latest.current.pending()) return;
      getDB()
        .then((db) => getNote(db, talkId))
        .then(
          (theirs) => theirs && theirs.revision === data.revision && !latest.current.pending() && latest.current.apply(theirs),
          (error: unknown) => reportProblem(`Changes from another tab could not be loaded: ${errorMessage(error)}`),
        );
    });
  }, [talkId]);
}
