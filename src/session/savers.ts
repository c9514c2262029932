// Every autosaver open in the app, so that all of them can be flushed at once: when the page is
// hidden or closed, before an update reloads it, before a newer version's upgrade closes the database.

/** A saver the registry can flush (see autosave.ts). */
export interface Flushable {
  flush(leaving?: boolean): Promise<boolean>;
}

/** The app's open savers. */
export interface Savers {
  /** Adds a saver; returns the function that removes it again. */
  add(saver: Flushable): () => void;
  /**
   * Flushes every saver, each starting its write in this very task; resolves true when all of
   * them saved. `leaving`: the page is being hidden or closed (drafts are written too).
   */
  flushAll(leaving?: boolean): Promise<boolean>;
}

/** A new, empty registry of savers (one per app). */
export function createSavers(): Savers {
  const live = new Set<Flushable>();
  return {
    add(saver) {
      live.add(saver);
      return () => void live.delete(saver);
    },
    async flushAll(leaving = false) {
      const results = await Promise.all([...live].map((saver) => saver.flush(leaving)));
      return results.every(Boolean);
    },
  };
}
