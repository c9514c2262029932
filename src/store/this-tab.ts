// What this page load is: its id (held as a Web Lock for as long as the page lives, so another
// page can tell a live tab's drafts from a closed one's), and the drafts it wrote.

let counter = 0;
/** A new revision id: different for every save, in every tab. */
export const newRevision = () => `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** This page load's id, stored with its drafts. */
export const TAB = newRevision();

const LOCK_PREFIX = 'talknotes-tab-';
// Never released: the browser lets go of it when the page is gone.
globalThis.navigator?.locks?.request(`${LOCK_PREFIX}${TAB}`, () => new Promise<void>(() => undefined)).catch((error: unknown) => {
  // Without the lock, another tab may take this tab's drafts for a closed tab's: say so where developers look.
  console.warn('Talknotes could not mark this tab as open (Web Locks):', error);
});

/**
 * The ids of the pages that are open now (their locks are held), or null where the browser cannot
 * tell (no Web Locks): then every other page's drafts count as left by a closed page.
 */
export async function openTabs(): Promise<Set<string> | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return null;
  const { held = [] } = await locks.query();
  return new Set(held.flatMap((lock) => (lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])));
}

// How many drafts this page has written per talk; a committed note save clears them only when no
// newer draft was written after it started.
const drafts = new Map<string, number>();

/** Records that this page wrote a draft of a talk. */
export function wroteDraft(talkId: string): void {
  drafts.set(talkId, (drafts.get(talkId) ?? 0) + 1);
}

/** How many drafts of the talk this page has written and not seen cleared (0: none to delete). */
export function draftsWritten(talkId: string): number {
  return drafts.get(talkId) ?? 0;
}

/** Forgets the drafts of a talk once a save that deleted them committed, if none came after it. */
export function clearedDrafts(talkId: string, seen: number): void {
  if (drafts.get(talkId) === seen) drafts.delete(talkId);
}
