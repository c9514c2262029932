// When drafts left by closed pages are saved into the notes: as the app's connection opens, and
// in a tab still open as soon as a tab that wrote drafts is gone (store/draft-recovery.ts saves them).
import type { RecoveredNote } from '../store/draft-recovery';
import type { TalknotesDatabase } from '../store/schema';
import type { Tab } from './tab';

/** What became of the drafts closed pages left. */
export type RecoveryNotice =
  | { kind: 'recovered'; notes: RecoveredNote[] } // notes typed just before a page closed, saved now
  | { kind: 'recovery-failed'; message: string }; // those could not be saved; they stay for the next start

/** Starts a recovery on `db`. */
export type Recover = (db: TalknotesDatabase) => Promise<void>;

const failure = (error: unknown): RecoveryNotice => ({ kind: 'recovery-failed', message: error instanceof Error ? error.message : String(error) });

/**
 * A recovery for this tab. The function it gives saves the drafts that closed tabs left and
 * resolves once that transaction has started, so that everything asked of `db` afterwards sees
 * the result; `notify` hears what it saved, or why it could not.
 */
export function createRecovery(tab: Tab, notify: (notice: RecoveryNotice) => void): Recover {
  return async (db) => {
    // Drafts left by closed pages are rare: one count, and most starts are done here.
    // (Should counting fail, recovery is tried anyway, and reports what went wrong.)
    if ((await db.count('drafts').catch(() => -1)) === 0) return;
    try {
      // The saving code loads only now: drafts are rare, and the first load stays small.
      const { recoverDrafts } = await import('../store/draft-recovery');
      // Asked as late as possible: a tab that started meanwhile is seen too.
      const open = await tab.openTabs();
      // Tabs still open with drafts keep them; this tab saves them once those tabs are gone.
      for (const other of open ?? []) tab.watch(other);
      recoverDrafts(db, { self: tab.id, open }).then(
        (notes) => notes.length > 0 && notify({ kind: 'recovered', notes }),
        (error: unknown) => notify(failure(error)),
      );
    } catch (error) {
      notify(failure(error)); // the drafts stay for the next try
    }
  };
}

/** The notice for a recovery that could not even start (the database did not open). */
export const recoveryFailed = failure;
