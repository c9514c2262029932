// What this page load is: its id, and the drafts it wrote (with a Web Lock held while there are
// any, so another page can tell a live tab's drafts from a closed one's).

let counter = 0;
/** A new revision id: different for every save, in every tab. */
export const newRevision = () => `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** This page load's id, stored with its drafts. */
export const TAB = newRevision();

const LOCK_PREFIX = 'talknotes-tab-';

/**
 * The ids of the pages that are open now and have drafts (their locks held, or asked for, in
 * exclusive mode), or null where the browser cannot tell (no Web Locks).
 */
export async function openTabs(): Promise<Set<string> | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return null;
  const { held = [], pending = [] } = await locks.query();
  return new Set(
    [...held, ...pending].flatMap((lock) => (lock.mode === 'exclusive' && lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])),
  );
}

// While this page has drafts in the database, it holds a Web Lock in its name: the browser lets go
// of it when the page is gone, which tells another page this page's drafts are left behind.
// (Chromium keeps a page that has asked for any Web Lock out of the back/forward cache from then
// on: a cost in speed for a page hidden with unsaved text, never in data.)
let holding = false;
let lockFailed = false; // the browser refuses locks here (sandboxed frame…): asking again would loop
let letGo: (() => void) | null = null;

function lockWhileDrafts(): void {
  const locks = globalThis.navigator?.locks;
  if (!locks || lockFailed) return;
  if (drafts.size === 0) {
    letGo?.();
    return;
  }
  if (holding) return;
  holding = true;
  locks
    .request(`${LOCK_PREFIX}${TAB}`, () => new Promise<void>((resolve) => {
      letGo = resolve;
      if (drafts.size === 0) resolve(); // cleared while the lock was being granted
      // Told only now that the lock is held: a tab watching it must never find it free too early.
      else channel?.postMessage(TAB);
    }))
    .then(
      () => {
        holding = false;
        letGo = null;
        if (drafts.size > 0) lockWhileDrafts(); // a draft was written as the lock was let go
      },
      (error: unknown) => {
        holding = false;
        lockFailed = true;
        console.warn('Talknotes could not mark this tab as open (Web Locks); its drafts are saved at the next start:', error);
      },
    );
}

// Tabs tell each other when they write a draft, so that an open tab can save it once the tab that
// wrote it is gone (its lock free) instead of at the next start, when the notes may have moved on.
const channel = globalThis.navigator?.locks && typeof BroadcastChannel === 'function' ? new BroadcastChannel('talknotes-drafts') : null;
const watched = new Set<string>();
let onLetGo: () => void = () => undefined;

/** Calls `then` each time another tab that wrote drafts lets go of them: its saves landed, or it closed. */
export function whenDraftsLetGo(then: () => void): void {
  onLetGo = then;
  channel?.addEventListener('message', ({ data }: MessageEvent<unknown>) => typeof data === 'string' && watchTab(data));
}

/** Watches another tab that has drafts (see whenDraftsLetGo); watching it twice changes nothing. */
export function watchTab(tab: string): void {
  const locks = globalThis.navigator?.locks;
  if (!locks || tab === TAB || watched.has(tab)) return;
  watched.add(tab);
  const name = `${LOCK_PREFIX}${tab}`;
  // Shared, so watching never counts as holding. Granted once the tab's own (exclusive) lock is
  // free; if the tab is still waiting for it, it is alive: wait again, behind it.
  const watch = (): Promise<void> =>
    locks
      .request(name, { mode: 'shared' }, async () => ((await locks.query()).pending ?? []).some((l) => l.name === name && l.mode === 'exclusive'))
      // (The DOM typings leave the callback's promise unwrapped; awaiting it is harmless.)
      .then(async (alive) => {
        if (await alive) return watch();
        watched.delete(tab);
        onLetGo();
      });
  watch().catch((error: unknown) => {
    watched.delete(tab); // a later message from that tab tries again
    console.warn('Talknotes could not watch another tab (Web Locks):', error);
  });
}

// How many drafts this page has written per talk; a committed note save clears them only when no
// newer draft was written after it started.
const drafts = new Map<string, number>();

/** Records that this page is writing a draft of a talk: call it before the write, so the lock is asked for first. */
export function wroteDraft(talkId: string): void {
  drafts.set(talkId, (drafts.get(talkId) ?? 0) + 1);
  if (letGo) channel?.postMessage(TAB); // already held: tell tabs opened since
  lockWhileDrafts();
}

/** How many drafts of the talk this page has written and not seen cleared (0: none to delete). */
export function draftsWritten(talkId: string): number {
  return drafts.get(talkId) ?? 0;
}

/** Forgets the drafts of a talk once a save that deleted them committed, if none came after it. */
export function clearedDrafts(talkId: string, seen: number): void {
  if (drafts.get(talkId) === seen) drafts.delete(talkId);
  lockWhileDrafts();
}
