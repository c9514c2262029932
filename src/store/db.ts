// Opening the database, and the one shared connection the app uses.
import { openDB } from 'idb';
import { flushAllAutosavers } from './autosave';
import { recoverDrafts, type RecoveredNote } from './draft-recovery';
import { DB_NAME, DB_VERSION, upgrade, type TalknotesDatabase } from './schema';
import { openTabs, watchTab, whenDraftsLetGo } from './this-tab';

/** Something happened to the connection that the person should hear about. */
export type ConnectionNotice =
  | { kind: 'blocked' } // an older tab keeps the old version open, so this one cannot upgrade yet
  | { kind: 'closed-for-upgrade' } // a newer version of the app opened in another tab
  | { kind: 'terminated' } // the browser closed the connection (storage cleared, iOS background)
  | { kind: 'recovered'; notes: RecoveredNote[] } // notes typed just before a page closed, saved now
  | { kind: 'recovery-failed'; message: string }; // those could not be saved; they stay for the next start

const listeners = new Set<(notice: ConnectionNotice) => void>();

/** Subscribes to connection notices; returns the unsubscribe function. */
export function onConnectionNotice(listener: (notice: ConnectionNotice) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(notice: ConnectionNotice): void {
  for (const listener of listeners) listener(notice);
}

/** Opens (creating or upgrading as needed) the Talknotes database with the given name. */
export function openTalknotesDB(name = DB_NAME): Promise<TalknotesDatabase> {
  return openDB(name, DB_VERSION, {
    upgrade,
    blocked: () => notify({ kind: 'blocked' }),
    blocking: (_current, _blocked, event) => {
      // A newer version of the app wants to upgrade: save what is typed here first, then close,
      // which lets it go ahead; this tab must reload before it can save again.
      const connection = event.target as IDBDatabase;
      void flushAllAutosavers().finally(() => {
        connection.close();
        shared = null;
        notify({ kind: 'closed-for-upgrade' });
      });
    },
    terminated: () => {
      shared = null; // the next getDB() opens a fresh connection
      notify({ kind: 'terminated' });
    },
  });
}

let shared: Promise<TalknotesDatabase> | null = null;

/**
 * Saves the drafts that closed tabs left; resolves once that transaction has started, so that
 * everything asked of `db` afterwards sees the result.
 */
async function startRecovery(db: TalknotesDatabase): Promise<void> {
  // Drafts left by closed pages are rare: one count, and most starts are done here.
  // (Should counting fail, recovery is tried anyway, and reports what went wrong.)
  if ((await db.count('drafts').catch(() => -1)) === 0) return;
  const failed = (error: unknown) => notify({ kind: 'recovery-failed', message: error instanceof Error ? error.message : String(error) });
  try {
    // Asked as late as possible: a tab that started meanwhile is seen too.
    const open = await openTabs();
    // Tabs still open with drafts keep them; this tab saves them once those tabs are gone.
    for (const tab of open ?? []) watchTab(tab);
    recoverDrafts(db, open).then((notes) => notes.length > 0 && notify({ kind: 'recovered', notes }), failed);
  } catch (error) {
    failed(error); // the drafts stay for the next try
  }
}

// A tab that wrote drafts and then closed: its drafts are saved now, by this open tab.
whenDraftsLetGo(() =>
  getDB().then(startRecovery, (error: unknown) => notify({ kind: 'recovery-failed', message: error instanceof Error ? error.message : String(error) })),
);

/** The app's shared connection, opened on first use and reopened after the browser closed it. */
export function getDB(): Promise<TalknotesDatabase> {
  if (!shared) {
    const opening = openTalknotesDB().then(async (db) => {
      await startRecovery(db);
      return db;
    });
    shared = opening;
    // A failed open must not stick: the next call tries again (the caller still sees this error).
    opening.catch(() => {
      if (shared === opening) shared = null;
    });
  }
  return shared;
}

// The error a transaction on a connection the browser has closed throws (iOS does this to pages
// in the background, and "Clear site data" does it everywhere).
function isClosedConnection(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'InvalidStateError';
}

/** Runs `work` on the shared connection; if the browser closed it, reopens it and tries once more. */
export async function withDB<T>(work: (db: TalknotesDatabase) => Promise<T>): Promise<T> {
  const db = await getDB();
  try {
    return await work(db);
  } catch (error) {
    if (!isClosedConnection(error)) throw error;
    // Drop the dead connection, unless another caller has already replaced it with a new one.
    const current = shared;
    if (current && (await current.catch(() => null)) === db && shared === current) shared = null;
    return work(await getDB());
  }
}
