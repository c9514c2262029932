// What this page load is: its id, and the drafts it wrote (with a Web Lock held while there are
// any, so another page can tell a live tab's drafts from a closed one's). Made once, by startApp().
import { newRevision } from '../store/revision';
import type { Broadcast } from './broadcast';

/** The parts of the Web Locks API a tab uses: navigator.locks, or a stand-in. */
export type Locks = Pick<LockManager, 'request' | 'query'>;

/** This page load, as far as drafts are concerned. */
export interface Tab {
  /** This page load's id, stored with its drafts. */
  readonly id: string;
  /**
   * The ids of the pages that are open now and have drafts (their locks held, or asked for, in
   * exclusive mode), or null where the browser cannot tell (no Web Locks).
   */
  openTabs(): Promise<Set<string> | null>;
  /** Watches another tab that has drafts (see whenDraftsLetGo); watching it twice changes nothing. */
  watch(tab: string): void;
  /** Calls `then` each time another tab that wrote drafts lets go of them: its saves landed, or it closed. */
  whenDraftsLetGo(then: () => void): void;
  /** Records that this page is writing a draft of a talk: call it before the write, so the lock is asked for first. */
  wroteDraft(talkId: string): void;
  /** How many drafts of the talk this page has written and not seen cleared (0: none to delete). */
  draftsWritten(talkId: string): number;
  /** Forgets the drafts of a talk once a save that deleted them committed, if none came after it. */
  clearedDrafts(talkId: string, seen: number): void;
}

/** What a tab is made of: the browser's locks and a channel to the other tabs (null where missing). */
export interface TabOptions {
  locks: Locks | null;
  channel: Broadcast | null;
  id?: string;
  /** Where a developer hears of locks that failed (nothing the person can act on). */
  warn?: (message: string, error: unknown) => void;
}

const LOCK_PREFIX = 'talknotes-tab-';

/** The drafts channel's name: tabs tell each other there that they hold drafts. */
export const DRAFTS_CHANNEL = 'talknotes-drafts';

/** Makes this page load's Tab. */
export function createTab({ locks, channel, id = newRevision(), warn = console.warn }: TabOptions): Tab {
  // While this page has drafts in the database, it holds a Web Lock in its name: the browser lets
  // go of it when the page is gone, which tells another page this page's drafts are left behind.
  // (Chromium keeps a page that has asked for any Web Lock out of the back/forward cache from
  // then on: a cost in speed for a page hidden with unsaved text, never in data.)
  let holding = false;
  let lockFailed = false; // the browser refuses locks here (sandboxed frame…): asking again would loop
  let letGo: (() => void) | null = null;
  // How many drafts this page has written per talk; a committed note save clears them only when
  // no newer draft was written after it started.
  const drafts = new Map<string, number>();
  const watched = new Set<string>();
  let onLetGo: () => void = () => undefined;

  function lockWhileDrafts(): void {
    if (!locks || lockFailed) return;
    if (drafts.size === 0) {
      letGo?.();
      return;
    }
    if (holding) return;
    holding = true;
    locks
      .request(
        `${LOCK_PREFIX}${id}`,
        () =>
          new Promise<void>((resolve) => {
            letGo = resolve;
            if (drafts.size === 0)
              resolve(); // cleared while the lock was being granted
            // Told only now that the lock is held: a tab watching it must never find it free too early.
            else channel?.post(id);
          }),
      )
      .then(
        () => {
          holding = false;
          letGo = null;
          if (drafts.size > 0) lockWhileDrafts(); // a draft was written as the lock was let go
        },
        (error: unknown) => {
          holding = false;
          lockFailed = true;
          warn('Talknotes could not mark this tab as open (Web Locks); its drafts are saved at the next start:', error);
        },
      );
  }

  const tab: Tab = {
    id,
    async openTabs() {
      if (!locks) return null;
      const { held = [], pending = [] } = await locks.query();
      return new Set(
        [...held, ...pending].flatMap((lock) => (lock.mode === 'exclusive' && lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])),
      );
    },
    watch(other) {
      if (!locks || other === id || watched.has(other)) return;
      watched.add(other);
      const name = `${LOCK_PREFIX}${other}`;
      // Shared, so watching never counts as holding. Granted once the tab's own (exclusive) lock
      // is free; if the tab is still waiting for it, it is alive: wait again, behind it.
      const watch = (): Promise<void> =>
        locks
          .request(name, { mode: 'shared' }, async () => ((await locks.query()).pending ?? []).some((l) => l.name === name && l.mode === 'exclusive'))
          // (The DOM typings leave the callback's promise unwrapped; awaiting it is harmless.)
          .then(async (alive) => {
            if (await alive) return watch();
            watched.delete(other);
            onLetGo();
          });
      watch().catch((error: unknown) => {
        watched.delete(other); // a later message from that tab tries again
        warn('Talknotes could not watch another tab (Web Locks):', error);
      });
    },
    whenDraftsLetGo(then) {
      onLetGo = then;
      // Tabs tell each other when they write a draft, so that an open tab can save it once the tab
      // that wrote it is gone (its lock free) instead of at the next start, when the notes may
      // have moved on.
      channel?.listen((message) => typeof message === 'string' && tab.watch(message));
    },
    wroteDraft(talkId) {
      drafts.set(talkId, (drafts.get(talkId) ?? 0) + 1);
      if (letGo) channel?.post(id); // already held: tell tabs opened since
      lockWhileDrafts();
    },
    draftsWritten: (talkId) => drafts.get(talkId) ?? 0,
    clearedDrafts(talkId, seen) {
      if (drafts.get(talkId) === seen) drafts.delete(talkId);
      lockWhileDrafts();
    },
  };
  return tab;
}
