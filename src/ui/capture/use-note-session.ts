// The notes editor's side of its editing session (session/note-session.ts): the textarea, the
// lists that follow the notes, the conflict shown, and every edit that is not plain typing.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { appServices, withDB } from '../../app/services';
import type { ConflictChoice } from '../../model/conflicts';
import { applySplice } from '../../model/editing';
import type { NoteRecord, TalkRecord } from '../../model/types';
import { createNoteSession, type NoteSession } from '../../session/note-session';
import { reportProblem } from '../shared/problems';
import { useDebounced } from '../shared/use-debounced';
import { errorMessage } from '../shared/use-load';
import type { NotesAccess } from './NotesPhotos';
import { askForPersistentStorage } from './persist';
import { replaceUndoably, spliceUndoably } from './undoable';

// How long typing must pause before the lists under the editor (and the preview beside it) catch
// up with the notes.
const LISTS_AFTER_MS = 700;

/** The notes of a talk as loaded. */
export interface LoadedNotes {
  talk: TalkRecord;
  text: string;
  createdAt: number;
  /** The revision of the notes as loaded ("" when there are none yet). */
  revision: string;
}

/** What the editor's views need. */
export interface NoteSessionView {
  session: NoteSession;
  areaRef: { current: HTMLTextAreaElement | null };
  /** The notes as of the last pause in typing, for the lists (and preview) under the editor. */
  snapshot: string;
  conflict: NoteRecord | null;
  /** Reading the text and cursor, and every edit that is not plain typing (saved like typing). */
  access: NotesAccess;
  onInput: (event: Event) => void;
  choose: (choice: ConflictChoice) => void;
}

/** Opens a session on the notes for as long as the editor is shown; `onEdit` hears each edit made through `access`. */
export function useNoteSession({ talk, text, createdAt, revision }: LoadedNotes, onEdit: (text: string) => void): NoteSessionView {
  const areaRef = useRef<HTMLTextAreaElement>(null);
  // The lists under the editor (photos, placeholders, the takeaway nudge) follow the notes once
  // typing pauses: re-rendering them for a 50 KB note while keys come in would cost frames.
  const [snapshot, setSnapshot] = useState(text);
  const followTyping = useDebounced(setSnapshot, LISTS_AFTER_MS);
  const [conflict, setConflict] = useState<NoteRecord | null>(null);
  const open = useRef(true);
  const edited = useRef(onEdit);
  edited.current = onEdit;
  const [session] = useState(() => {
    const { tab, notes, savers, clock } = appServices();
    return createNoteSession({
      withDB,
      talk,
      createdAt,
      text,
      revision,
      tab,
      notes,
      savers,
      clock,
      report: reportProblem,
      errorText: errorMessage,
      onSaving: followTyping,
      onSaved: askForPersistentStorage,
    });
  });
  // A layout effect: the session hears of conflicts and other tabs before the editor is painted.
  useLayoutEffect(() => {
    const stop = session.subscribe((event) => {
      if (event.kind === 'conflict') return setConflict(event.theirs);
      // Another tab's save: shown, not saved again (saving would echo between the tabs).
      const area = areaRef.current;
      if (!area) return;
      const cursor = Math.min(area.selectionStart, event.text.length);
      area.value = event.text; // no input event: this is not typing
      area.setSelectionRange(cursor, cursor);
      setSnapshot(event.text);
    });
    return () => {
      open.current = false;
      stop();
      void session.close();
    };
  }, [session]);

  const access: NotesAccess = {
    current: () => ({ text: session.text(), cursor: areaRef.current?.selectionStart ?? session.text().length }),
    apply: (next, cursor, selectionEnd = cursor) => {
      if (!open.current) {
        // The editor closed while a photo was being prepared: save the change straight away.
        void session
          .save(next)
          .catch((error: unknown) => reportProblem(`The photo's place in the notes of "${talk.title}" was not saved: ${errorMessage(error)}`));
        return;
      }
      const area = areaRef.current;
      if (area) {
        replaceUndoably(area, next);
        if (cursor !== undefined) area.setSelectionRange(cursor, selectionEnd ?? cursor);
      }
      edited.current(next);
      followTyping(next);
      session.change(next);
    },
    splice(splice, joinTyping) {
      const area = areaRef.current;
      const before = area ? area.value : session.text();
      // Typed into the text area: its input event tells the session, as a key's does.
      if (area && open.current && spliceUndoably(area, splice.from, splice.to, splice.insert, joinTyping)) return;
      const next = applySplice(before, splice);
      access.apply(next.text, next.start);
    },
  };
  return {
    session,
    areaRef,
    snapshot,
    conflict,
    access,
    onInput: (event) => session.change((event.currentTarget as HTMLTextAreaElement).value),
    choose: (choice) => {
      const next = session.resolve(choice);
      if (next !== null) access.apply(next);
    },
  };
}
