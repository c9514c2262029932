// Tabs and windows on the same talk keep each other up to date: a save here is announced; an
// editor elsewhere loads it (note-session.ts decides when).
import type { OpenBroadcast } from './broadcast';

/** "The notes of this talk were saved at this revision." */
export interface NoteSaved {
  talkId: string;
  revision: string;
}

/** Announcing saves to the other tabs, and hearing theirs. */
export interface NoteChannel {
  /** Tells the other tabs (and other editors of this one) that a talk's notes were saved at `revision`. */
  announce(talkId: string, revision: string): void;
  /** Calls `listener` for each save announced elsewhere; returns the function that stops listening. */
  listen(listener: (saved: NoteSaved) => void): () => void;
}

const NAME = 'talknotes-notes';

const isNoteSaved = (message: unknown): message is NoteSaved =>
  typeof message === 'object' && message !== null && typeof (message as NoteSaved).talkId === 'string' && typeof (message as NoteSaved).revision === 'string';

/** The app's note channel over `open` (BroadcastChannel in the browser). */
export function createNoteChannel(open: OpenBroadcast): NoteChannel {
  let sender: ReturnType<OpenBroadcast> | undefined; // opened on the first announcement
  return {
    announce(talkId, revision) {
      sender ??= open(NAME);
      sender?.post({ talkId, revision } satisfies NoteSaved);
    },
    listen(listener) {
      // Each listener has its own end: an end does not hear its own messages.
      const end = open(NAME);
      end?.listen((message) => isNoteSaved(message) && listener(message));
      return () => end?.close();
    },
  };
}
