// Drafts: the text an editor held when its page was hidden or closed. A note save reads before it
// commits (to refuse saving over another tab's newer text), so it needs a round trip the page may
// not live to see, and the browser drops a transaction its page left uncommitted. A draft is one
// write committed at once (IDBTransaction.commit), which the browser finishes even after the page
// is gone. The note save issued right after it deletes it in the same transaction, so a draft
// outlives its page only when that save did not land; the next start of the app saves it.
import { resolveDraft } from '../model/conflicts';
import type { DraftRecord, NoteRecord } from '../model/types';
import type { TalknotesDatabase } from './schema';
import { newRevision, ownRevisions, TAB, wroteDraft } from './this-tab';

/** Where a draft belongs and the note revision its text was typed over. */
export interface DraftTarget {
  talkId: string;
  eventId: string;
  basedOn: string;
}

/**
 * Writes the editor's text as this page's draft of the talk and commits at once. Start the note
 * save in the same task, after this: transactions on the same store run in the order they start,
 * so that save's delete comes after this write.
 */
export async function saveDraft(db: TalknotesDatabase, target: DraftTarget, text: string): Promise<void> {
  const now = Date.now();
  // A note found at one of this page's own revisions was not changed elsewhere.
  const draft: DraftRecord = { ...target, tab: TAB, text, createdAt: now, updatedAt: now, own: ownRevisions(target.talkId) };
  const tx = db.transaction('drafts', 'readwrite');
  const put = tx.store.put(draft);
  wroteDraft(target.talkId);
  tx.commit?.(); // missing before Safari 15: there the draft commits as the page goes on, like any write
  await Promise.all([put, tx.done]);
}

/**
 * Saves into the notes every draft other pages left behind, and deletes the drafts, in one
 * transaction: either all of it lands or nothing changes. Returns the notes it wrote.
 */
export async function recoverDrafts(db: TalknotesDatabase): Promise<NoteRecord[]> {
  const tx = db.transaction(['drafts', 'talks', 'notes'], 'readwrite');
  const drafts = tx.objectStore('drafts');
  const notes = tx.objectStore('notes');
  const left = (await drafts.getAll()).filter((draft) => draft.tab !== TAB).sort((a, b) => a.updatedAt - b.updatedAt);
  const written = new Map<string, NoteRecord>();
  for (const draft of left) {
    const [talkKey, stored] = await Promise.all([tx.objectStore('talks').getKey(draft.talkId), written.get(draft.talkId) ?? notes.get(draft.talkId)]);
    const outcome = resolveDraft(draft, stored, talkKey !== undefined);
    const writes: Promise<unknown>[] = [drafts.delete([draft.talkId, draft.tab])];
    if (outcome.kind === 'save') {
      const now = Date.now();
      const record: NoteRecord = {
        talkId: draft.talkId,
        eventId: draft.eventId,
        createdAt: stored?.createdAt ?? draft.createdAt,
        text: outcome.text,
        updatedAt: now,
        revision: newRevision(),
      };
      written.set(draft.talkId, record);
      writes.push(notes.put(record));
    }
    await Promise.all(writes);
  }
  await tx.done;
  return [...written.values()];
}
