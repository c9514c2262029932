// Drafts: the text an editor held when its page was hidden or closed. A note save reads before it
// commits (to refuse saving over another tab's newer text), so it needs a round trip the page may
// not live to see, and the browser drops a transaction its page left uncommitted. A draft is one
// write committed at once (IDBTransaction.commit), which the browser finishes even after the page
// is gone. The note save issued right after it deletes it in the same transaction, so a draft
// outlives its page only when that save did not land; the next start of the app saves it.
import { resolveDraft } from '../model/conflicts';
import type { DraftRecord, NoteRecord } from '../model/types';
import type { TalknotesDatabase } from './schema';
import { newRevision, TAB, wroteDraft } from './this-tab';

/** Where a draft belongs, the note revision its text was typed over, and its editor's own recent ones. */
export interface DraftTarget {
  talkId: string;
  eventId: string;
  basedOn: string;
  own: string[];
}

/**
 * Writes the editor's text as this page's draft of the talk and commits at once. Start the note
 * save in the same task, after this: transactions on the same store run in the order they start,
 * so that save's delete comes after this write.
 */
export async function saveDraft(db: TalknotesDatabase, target: DraftTarget, text: string): Promise<void> {
  const now = Date.now();
  const draft: DraftRecord = { ...target, tab: TAB, text, createdAt: now, updatedAt: now };
  const tx = db.transaction('drafts', 'readwrite');
  const put = tx.store.put(draft);
  wroteDraft(target.talkId);
  tx.commit?.(); // missing before Safari 15: there the draft commits as the page goes on, like any write
  await Promise.all([put, tx.done]);
}

/** A note recovery wrote, with its talk's title, and whether it holds two versions one under the other. */
export interface RecoveredNote {
  note: NoteRecord;
  title: string;
  merged: boolean;
}

/**
 * Saves into the notes every draft that pages no longer open left behind, and deletes those
 * drafts, in one transaction: either all of it lands or nothing changes. `openTabs` are the pages
 * still open (their drafts are theirs to save), or null when that cannot be known.
 */
export async function recoverDrafts(db: TalknotesDatabase, openTabs: ReadonlySet<string> | null): Promise<RecoveredNote[]> {
  const tx = db.transaction(['drafts', 'talks', 'notes'], 'readwrite');
  const drafts = tx.objectStore('drafts');
  const notes = tx.objectStore('notes');
  const left = (await drafts.getAll())
    .filter((draft) => draft.tab !== TAB && !openTabs?.has(draft.tab))
    .sort((a, b) => a.updatedAt - b.updatedAt);
  const written = new Map<string, RecoveredNote>();
  for (const draft of left) {
    const [talk, stored] = await Promise.all([
      tx.objectStore('talks').get(draft.talkId),
      written.get(draft.talkId)?.note ?? notes.get(draft.talkId),
    ]);
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
