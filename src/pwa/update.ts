// The bridge between the service worker and the app: "a new version is ready" → the person
// decides when to reload. Nothing here ever reloads on its own. The registration itself is in
// register.ts, loaded after the first screen is up.
import { createNotifier } from '../model/notifier';

/** Where the update flow stands. */
export type UpdateState = 'none' | 'available';

let state: UpdateState = 'none';
let reloadRequested = false;
let updateServiceWorker: (() => Promise<void>) | null = null;
const changes = createNotifier<UpdateState>();

function setState(next: UpdateState): void {
  state = next;
  changes.notify(state);
}

/** Subscribes to the update state (called at once with the current one); returns the unsubscribe. */
export function onUpdateState(listener: (state: UpdateState) => void): () => void {
  const stop = changes.subscribe(listener);
  listener(state);
  return stop;
}

/** What the service worker registration reports, and the switch it hands back (see register.ts). */
export const workerEvents = {
  onNeedRefresh: (): void => setState('available'),
  // Given this callback, the plugin does not reload by itself. The new version took control because some tab
  // asked for it; this tab reloads only if it was this one (see reloadToUpdate).
  onNeedReload: (): void => {
    if (!reloadRequested) setState('available');
  },
  connect: (update: () => Promise<void>): void => {
    updateServiceWorker = update;
  },
};

/**
 * Switches to the new version: runs `beforeReload` (saving pending notes) first, and does nothing
 * if that reports failure, so unsaved text is never thrown away by an update.
 */
export async function reloadToUpdate(beforeReload: () => Promise<boolean>): Promise<boolean> {
  if (!(await beforeReload())) return false;
  reloadRequested = true;
  const registration = await navigator.serviceWorker?.getRegistration();
  if (!registration?.waiting || !updateServiceWorker) {
    // Another tab already switched to the new version (or there is no worker): a reload picks it up.
    location.reload();
    return true;
  }
  // Reload once the new worker controls this page, whether or not the page was loaded under the
  // old one (workbox-window only reports "controlling" as an update for pages that were).
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  await updateServiceWorker();
  return true;
}
