// Tabs and windows on the same talk keep each other up to date (BroadcastChannel): a save here
// is announced; an announced save elsewhere is loaded here unless something typed here is still
// waiting to be saved (then that save is refused as a conflict, and the person chooses).
import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import type { NoteRecord } from '../../model/types';
import { getDB, onConnectionNotice } from '../../store/db';
import { getNote } from '../../store/note-store';
import { reportProblem } from './problems';
import { errorMessage } from './use-load';

const CHANNEL = 'talknotes-notes';
type Message = { talkId: string; revision: string };

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

/** Tells the other tabs that a talk's notes were saved at `revision`. */
export function announceSave(talkId: string, revision: string): void {
  channel?.postMessage({ talkId, revision } satisfies Message);
}

// Notes saved from drafts a closed page left behind (store/draft-recovery.ts) may be open in another tab.
onConnectionNotice((notice) => notice.kind === 'recovered' && notice.notes.forEach(({ note }) => announceSave(note.talkId, note.revision ?? '')));

/**
 * Loads notes saved in another tab into this editor, when this editor has nothing unsaved — asked
 * when the message comes and again right before the text is replaced, since typing may start in
 * between (then nothing is loaded, and the next save here meets the other tab's as a conflict).
 */
export function useNoteSync(talkId: string, base: MutableRef<string>, pending: () => boolean, apply: (theirs: NoteRecord) => void): void {
  const latest = useRef({ pending, apply });
  latest.current = { pending, apply };
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    // Each editor listens on its own channel object: a channel does not hear its own messages.
    const listener = new BroadcastChannel(CHANNEL);
    listener.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data.talkId !== talkId || data.revision === base.current) return;
      if (latest.current.pending()) return;
      getDB()
        .then((db) => getNote(db, talkId))
        .then(
          (theirs) => theirs && theirs.revision === data.revision && !latest.current.pending() && latest.current.apply(theirs),
          (error: unknown) => reportProblem(`Changes from another tab could not be loaded: ${errorMessage(error)}`),
        );
    };
    return () => listener.close();
  }, [talkId]);
}
