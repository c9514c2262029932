// One sender at a time: a Web Lock across the app's tabs, or within this page where there is none.

/** The part of the Web Locks API the outbox uses (navigator.locks fits it). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Locks that hold within this page only: each holder waits for the one before. */
export function pageLocks(): LockManagerLike {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(callback);
      tails.set(
        name,
        run.catch(() => undefined),
      ); // the next holder waits for this one, failed or not
      return run;
    },
  };
}

/** The browser's Web Locks; where missing or refused (a sandboxed frame), locks within this page. */
export function browserLocks(): LockManagerLike {
  const page = pageLocks();
  const locks = globalThis.navigator?.locks;
  if (!locks) return page;
  return {
    async request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      let granted = false;
      try {
        return await locks.request(name, () => {
          granted = true;
          return callback();
        });
      } catch (error) {
        if (granted) throw error; // the work failed, not the lock
        return page.request(name, callback);
      }
    },
  };
}
