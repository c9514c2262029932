// One editor's session on one talk's notes: autosave while typing (a draft as well when the page
// is hidden), saves that refuse to overwrite another tab's newer text (a conflict the person
// resolves), and other tabs' saves loaded while nothing typed here waits.
import { resolveConflict, keepBoth, type ConflictChoice } from '../model/conflicts';
import type { NoteRecord } from '../model/types';
import { ConflictError, editorRevisions } from '../store/note-store';
import type { TalknotesDatabase } from '../store/schema';
import { createAutosaver, type SaveStatus } from './autosave';
import { systemClock, type Clock } from './clock';
import type { NoteChannel } from './note-channel';
import { followOtherTabs } from './other-tabs';
import type { Savers } from './savers';
import { statusSource, type StatusSource } from './status';
import type { Tab } from './tab';
import { saveDraftFromTab, saveNoteFromTab } from './tab-writes';
import { createNotifier } from '../model/notifier';

/** What a session is given: where it saves, the talk and its notes as loaded, and this page's services. */
export interface NoteSessionOptions {
  withDB: <T>(work: (db: TalknotesDatabase) => Promise<T>) => Promise<T>;
  talk: { id: string; eventId: string; title: string };
  /** When the notes were first saved (now, for a talk without notes). */
  createdAt: number;
  /** The notes as loaded, and their revision ("" when there are none yet). */
  text: string;
  revision: string;
  tab: Tab;
  notes: NoteChannel;
  /** The app's savers: the session's saver is flushed with them when the page is hidden. */
  savers?: Savers;
  clock?: Clock;
  /** Tells the person of what they must act on (a save that failed after the editor closed, a sync that failed). */
  report: (message: string) => void;
  /** An error as words for such a message. */
  errorText: (error: unknown) => string;
  /** Hears each text as its save starts (the lists under the editor follow the notes then). */
  onSaving?: (text: string) => void;
  /** Hears each committed save. */
  onSaved?: (note: NoteRecord) => void;
}

/** What happened that the editor shows. */
export type SessionEvent =
  | { kind: 'conflict'; theirs: NoteRecord | null } // a save was refused (or the conflict resolved: null)
  | { kind: 'loaded'; text: string }; // another tab's save, loaded here: show it, do not save it again

/** An open editing session. */
export interface NoteSession {
  /** The notes as this editor has them now. */
  text(): string;
  /** Records the full text after an edit; a save follows shortly. */
  change(text: string): void;
  /** Saves now; resolves true when everything typed has been committed. */
  flush(): Promise<boolean>;
  /** True while something typed is not yet committed. */
  pending(): boolean;
  status: StatusSource;
  /** The other tab's notes this editor's save collided with, until resolved. */
  conflict(): NoteRecord | null;
  /** Keeps mine, theirs or both; returns the text to put in the editor (then change()), or null for "mine". */
  resolve(choice: ConflictChoice): string | null;
  /** Writes `text` at once, outside the autosave (an edit that arrives after the editor closed). */
  save(text: string): Promise<unknown>;
  subscribe(listener: (event: SessionEvent) => void): () => void;
  /** Saves what is left and stops; the person hears if that failed. Resolves true when saved. */
  close(): Promise<boolean>;
}

/** Opens a session on a talk's notes. */
export function createNoteSession(options: NoteSessionOptions): NoteSession {
  const { withDB, talk, createdAt, tab, notes, report, errorText, onSaving, onSaved } = options;
  let text = options.text;
  // The revision this editor's text is based on: saves over anything newer are refused.
  let base = options.revision;
  // The revisions this editor saved lately: its own overlapping saves are no conflict (note-store.ts).
  const editor = editorRevisions();
  let conflict: NoteRecord | null = null;
  let open = true;
  let lastError = '';
  const events = createNotifier<SessionEvent>();
  const emit = events.notify;
  const where = { talkId: talk.id, eventId: talk.eventId, createdAt };

  async function save(value: string): Promise<NoteRecord> {
    onSaving?.(value);
    try {
      // Saved means committed (tx.done): IndexedDB's own guarantee.
      const saved = await withDB((db) => saveNoteFromTab(db, tab, { ...where, basedOn: base, editor }, value));
      base = saved.revision ?? '';
      notes.announce(talk.id, base);
      onSaved?.(saved);
      return saved;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const theirs = error.theirs;
      // The editor closed (or the page is going away) before anyone could choose: keep both. Not
      // as this editor's own: a later save of its plain text must not pass over theirs unasked.
      if (!open) return withDB((db) => saveNoteFromTab(db, tab, { ...where, basedOn: theirs.revision ?? '' }, keepBoth(value, theirs.text)));
      conflict = theirs;
      emit({ kind: 'conflict', theirs });
      throw error;
    }
  }

  const clock = options.clock ?? systemClock;
  const status = statusSource(clock);
  const saver = createAutosaver({
    save,
    // When the page is hidden or closed: a draft that lands even if the page dies before the save does.
    rescue: (value) => withDB((db) => saveDraftFromTab(db, tab, { talkId: talk.id, eventId: talk.eventId, basedOn: base, own: editor.recent }, value)),
    onStatus: (next: SaveStatus) => {
      if (next.state === 'error') lastError = next.message;
      status.set(next);
    },
    clock,
    savers: options.savers,
  });

  // Other tabs' saves are loaded here while nothing typed here waits (other-tabs.ts).
  const stopListening = followOtherTabs({
    notes,
    withDB,
    talkId: talk.id,
    base: () => base,
    pending: () => saver.pending(),
    load: (theirs) => {
      base = theirs.revision ?? '';
      if (theirs.text === text) return;
      text = theirs.text;
      emit({ kind: 'loaded', text });
    },
    failed: (error) => report(`Changes from another tab could not be loaded: ${errorText(error)}`),
  });

  return {
    text: () => text,
    change(next) {
      text = next;
      saver.change(next);
    },
    flush: () => saver.flush(),
    pending: () => saver.pending(),
    status,
    conflict: () => conflict,
    resolve(choice) {
      if (!conflict) return null;
      const theirs = conflict;
      base = theirs.revision ?? '';
      conflict = null;
      emit({ kind: 'conflict', theirs: null });
      const next = resolveConflict(choice, text, theirs.text);
      if (next === null) void saver.flush();
      return next;
    },
    save(value) {
      text = value;
      return save(value);
    },
    subscribe: events.subscribe,
    async close() {
      open = false;
      stopListening();
      // Leaving the editor saves what was typed last; if that fails the person must hear of it.
      const saved = await saver.dispose();
      if (!saved) report(`Your latest notes for "${talk.title}" were not saved. ${lastError}`);
      return saved;
    },
  };
}
