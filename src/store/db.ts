// Opening the database. Keeping one connection for the whole app, and what happens around it,
// is the app's business (app/connection.ts).
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type TalknotesDatabase } from './schema';

/** What the browser may tell an open connection; each is optional. */
export interface OpenEvents {
  /** An older tab keeps the old version open, so this one cannot upgrade yet. */
  blocked?: () => void;
  /**
   * A newer version wants to upgrade: call `close` (when ready) to let it go ahead. Without this
   * handler the connection closes at once.
   */
  blocking?: (close: () => void) => void;
  /** The browser closed the connection (storage cleared, iOS background). */
  terminated?: () => void;
}

/** Opens (creating or upgrading as needed) the Talknotes database with the given name. */
export function openTalknotesDB(name = DB_NAME, events: OpenEvents = {}): Promise<TalknotesDatabase> {
  const { blocked, blocking = (close) => close(), terminated } = events;
  return openDB(name, DB_VERSION, {
    upgrade,
    ...(blocked && { blocked }),
    blocking: (_current, _blocked, event) => {
      const connection = event.target as IDBDatabase;
      blocking(() => connection.close());
    },
    ...(terminated && { terminated }),
  });
}
