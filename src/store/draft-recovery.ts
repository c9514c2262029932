// Saving the drafts that closed pages left (draft-store.ts) into the notes: when the app starts, and
// in a tab still open as soon as the tab that wrote them is gone (session/recovery.ts decides when).
import { resolveDraft } from '../model/drafts';
import type { NoteRecord } from '../model/types';
import type { TalknotesDatabase } from './schema';
import { newRevision } from './revision';

/** Where open tabs cannot be known (no Web Locks), how old a draft must be to count as left behind. */
export const UNKNOWN_TABS_WAIT_MS = 10 * 60_000;

/** A note recovery wrote, with its talk's title, and whether it holds two versions one under the other. */
export interface RecoveredNote {
  note: NoteRecord;
  title: string;
  merged: boolean;
}

/** Whose drafts recovery leaves alone: the page recovering, and the pages still open. */
export interface RecoveringTabs {
  /** The page doing the recovery: its own drafts are still being saved by itself. */
  self: string;
  /** The pages still open (their drafts are theirs to save), or null when the browser cannot tell. */
  open: ReadonlySet<string> | null;
}

/**
 * Saves into the notes every draft that pages no longer open left behind, and deletes those
 * drafts, in one transaction: either all of it lands or nothing changes. Where open pages cannot
 * be known, only drafts older than UNKNOWN_TABS_WAIT_MS are taken, long after an open tab's save
 * settled them.
 */
export async function recoverDrafts(db: TalknotesDatabase, { self, open }: RecoveringTabs): Promise<RecoveredNote[]> {
  const tx = db.transaction(['drafts', 'talks', 'notes'], 'readwrite');
  const drafts = tx.objectStore('drafts');
  const notes = tx.objectStore('notes');
  const left = (await drafts.getAll())
    .filter((draft) => draft.tab !== self && (open ? !open.has(draft.tab) : draft.updatedAt < Date.now() - UNKNOWN_TABS_WAIT_MS))
    .sort((a, b) => a.updatedAt - b.updatedAt);
  const written = new Map<string, RecoveredNote>();
  for (const draft of left) {
    const [talk, stored] = await Promise.all([tx.objectStore('talks').get(draft.talkId), written.get(draft.talkId)?.note ?? notes.get(draft.talkId)]);
    const outcome = resolveDraft(draft, stored, talk !== undefined);
    const writes: Promise<unknown>[] = [drafts.delete([draft.talkId, draft.tab])];
    if (talk && outcome.kind === 'save') {
      const now = Date.now();
      const note: NoteRecord = {
        talkId: draft.talkId,
        eventId: draft.eventId,
        createdAt: stored?.createdAt ?? draft.createdAt,
        text: outcome.text,
        updatedAt: now,
        revision: newRevision(),
      };
      written.set(draft.talkId, { note, title: talk.title, merged: outcome.merged || Boolean(written.get(draft.talkId)?.merged) });
      writes.push(notes.put(note));
    }
    await Promise.all(writes);
  }
  await tx.done;
  return [...written.values()];
}
