// Drafts: the text an editor held when its page was hidden or closed. A note save reads before it
// commits (to refuse saving over another tab's newer text), so it needs a round trip the page may
// not live to see, and the browser drops a transaction its page left uncommitted. A draft is one
// write committed at once (IDBTransaction.commit), which the browser finishes even after the page
// is gone. The note save issued right after it deletes it in the same transaction, so a draft
// outlives its page only when that save did not land; then another open tab saves it once this
// one is gone, or the next start of the app does (draft-recovery.ts, session/recovery.ts).
import type { DraftRecord } from '../model/types';
import type { TalknotesDatabase } from './schema';

/** Where a draft belongs, the page writing it, the note revision its text was typed over, and its editor's own recent ones. */
export interface DraftTarget {
  talkId: string;
  tab: string;
  eventId: string;
  basedOn: string;
  own: string[];
}

/**
 * Writes the editor's text as this page's draft of the talk and commits at once. Start the note
 * save in the same task, after this: transactions on the same store run in the order they start,
 * so that save's delete comes after this write. (Tell the page's Tab first, session/tab.ts: it
 * holds its lock while it has drafts.)
 */
export async function saveDraft(db: TalknotesDatabase, target: DraftTarget, text: string): Promise<void> {
  const now = Date.now();
  const draft: DraftRecord = { ...target, text, createdAt: now, updatedAt: now };
  const tx = db.transaction('drafts', 'readwrite');
  const put = tx.store.put(draft);
  tx.commit?.(); // missing before Safari 15: there the draft commits as the page goes on, like any write
  await Promise.all([put, tx.done]);
}
