// The one database connection the app shares: opened on first use, prepared (drafts recovered)
// before anyone else uses it, reopened after the browser closed it, and closed for a newer
// version's upgrade once everything typed is saved.
import type { OpenEvents } from '../store/db';
import type { TalknotesDatabase } from '../store/schema';
import type { RecoveryNotice } from '../session/recovery';

/** Something happened to the connection that the person should hear about. */
export type ConnectionNotice =
  | { kind: 'blocked' } // an older tab keeps the old version open, so this one cannot upgrade yet
  | { kind: 'closed-for-upgrade' } // a newer version of the app opened in another tab
  | { kind: 'terminated' } // the browser closed the connection (storage cleared, iOS background)
  | RecoveryNotice;

/** How the connection opens, and what it does around that. */
export interface ConnectionOptions {
  open: (events: OpenEvents) => Promise<TalknotesDatabase>;
  /** Runs on each new connection before anyone else gets it (starts the draft recovery). */
  prepare: (db: TalknotesDatabase) => Promise<void>;
  /** Saves what is typed before the connection closes for a newer version. */
  beforeClose: () => Promise<unknown>;
  notify: (notice: ConnectionNotice) => void;
}

/** The shared connection. */
export interface Connection {
  /** The connection, opened on first use and reopened after the browser closed it. */
  get(): Promise<TalknotesDatabase>;
  /** Runs `work` on the connection; if the browser closed it, reopens it and tries once more. */
  with<T>(work: (db: TalknotesDatabase) => Promise<T>): Promise<T>;
}

// The error a transaction on a connection the browser has closed throws (iOS does this to pages
// in the background, and "Clear site data" does it everywhere).
function isClosedConnection(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'InvalidStateError';
}

/** Makes the app's connection; nothing opens until it is first asked for. */
export function createConnection({ open, prepare, beforeClose, notify }: ConnectionOptions): Connection {
  let shared: Promise<TalknotesDatabase> | null = null;
  const events: OpenEvents = {
    blocked: () => notify({ kind: 'blocked' }),
    // A newer version of the app wants to upgrade: save what is typed here first, then close,
    // which lets it go ahead; this tab must reload before it can save again.
    blocking: (close) =>
      void beforeClose().finally(() => {
        close();
        shared = null;
        notify({ kind: 'closed-for-upgrade' });
      }),
    terminated: () => {
      shared = null; // the next get() opens a fresh connection
      notify({ kind: 'terminated' });
    },
  };
  const connection: Connection = {
    get() {
      if (!shared) {
        const opening = open(events).then(async (db) => {
          await prepare(db);
          return db;
        });
        shared = opening;
        // A failed open must not stick: the next call tries again (the caller still sees this error).
        opening.catch(() => {
          if (shared === opening) shared = null;
        });
      }
      return shared;
    },
    async with(work) {
      const db = await connection.get();
      try {
        return await work(db);
      } catch (error) {
        if (!isClosedConnection(error)) throw error;
        // Drop the dead connection, unless another caller has already replaced it with a new one.
        const current = shared;
        if (current && (await current.catch(() => null)) === db && shared === current) shared = null;
        return work(await connection.get());
      }
    },
  };
  return connection;
}
