// Stand-ins for what the editing session is given: a clock run by hand, channels between pages,
// and Web Locks with pages that can close. Nothing global is replaced.
import type { Broadcast, OpenBroadcast } from '../../src/session/broadcast';
import type { Clock } from '../../src/session/clock';
import type { Locks } from '../../src/session/tab';

/** Lets promise callbacks and fake-indexeddb's own work run (it uses real timers). */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A clock whose timers fire only when the test advances it. */
export function fakeClock(start = 1_700_000_000_000): Clock & { advance(ms: number): Promise<void> } {
  let now = start;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout: (run, ms) => (timers.set(++next, { at: now + Math.max(0, ms), run }), next),
    clearTimeout: (handle) => void timers.delete(handle as number),
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        await settle();
        const due = [...timers].filter(([, t]) => t.at <= end).sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
      await settle();
    },
  };
}

/** Channels between pages on one device: each message reaches every other open end of its name, a moment later. */
export function fakeBroadcasts(): OpenBroadcast & { posted: unknown[] } {
  const ends = new Map<string, Set<{ hear: (message: unknown) => void }>>();
  const posted: unknown[] = [];
  const open = (name: string): Broadcast => {
    const listeners: ((message: unknown) => void)[] = [];
    const end = { hear: (message: unknown) => listeners.forEach((listener) => listener(message)) };
    const all = ends.get(name) ?? new Set();
    ends.set(name, all.add(end));
    return {
      post: (message) => {
        posted.push(message);
        for (const other of all) if (other !== end) setTimeout(() => all.has(other) && other.hear(structuredClone(message)), 0);
      },
      listen: (listener) => void listeners.push(listener),
      close: () => void all.delete(end),
    };
  };
  return Object.assign(open, { posted });
}

type Mode = 'exclusive' | 'shared';
interface Waiting {
  name: string;
  mode: Mode;
  page: object;
  grant: () => void;
}
type Callback = (lock: Lock | null) => unknown;

/**
 * Web Locks shared by the pages of one device: `page()` gives one page's navigator.locks, and
 * `close(page)` lets go of its locks as the browser does when a page is gone.
 */
export function fakeLockManager() {
  const held: { name: string; mode: Mode; page: object; release: () => void }[] = [];
  const pending: Waiting[] = [];
  const free = (name: string, mode: Mode) => held.every((h) => h.name !== name || (mode === 'shared' && h.mode === 'shared'));
  function grantWaiting(): void {
    for (const waiting of [...pending]) {
      // In order: a waiting exclusive request keeps later ones of its name waiting behind it.
      const ahead = pending.slice(0, pending.indexOf(waiting)).some((p) => p.name === waiting.name && (p.mode === 'exclusive' || waiting.mode === 'exclusive'));
      if (!ahead && free(waiting.name, waiting.mode)) {
        pending.splice(pending.indexOf(waiting), 1);
        waiting.grant();
      }
    }
  }
  const closed = new Set<object>();
  function page(): Locks & { close(): void } {
    const self = {};
    const request = (name: string, optionsOrCallback: LockOptions | Callback, maybe?: Callback): Promise<unknown> => {
      const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybe!;
      const mode = (typeof optionsOrCallback === 'object' && optionsOrCallback.mode) || 'exclusive';
      return new Promise((resolve, reject) => {
        const grant = () => {
          const entry: { name: string; mode: Mode; page: object; release: () => void } = { name, mode, page: self, release: () => undefined };
          held.push(entry);
          const release = () => {
            const at = held.indexOf(entry);
            if (at < 0) return;
            held.splice(at, 1);
            setTimeout(grantWaiting, 0);
          };
          entry.release = release;
          Promise.resolve()
            .then(() => callback({ name, mode }))
            .then(
              (value) => (release(), closed.has(self) || resolve(value)),
              (error: unknown) => (release(), closed.has(self) || reject(error)),
            );
        };
        pending.push({ name, mode, page: self, grant });
        setTimeout(grantWaiting, 0);
      });
    };
    return {
      request: request as Locks['request'],
      query: async () => ({
        held: held.map(({ name, mode }) => ({ name, mode, clientId: '' })),
        pending: pending.map(({ name, mode }) => ({ name, mode, clientId: '' })),
      }),
      close() {
        closed.add(self);
        for (const h of held.filter((h) => h.page === self)) h.release();
        for (const p of pending.filter((p) => p.page === self)) pending.splice(pending.indexOf(p), 1);
      },
    };
  }
  return { page };
}
