// Registers the service worker that keeps every screen working offline. Loaded after the first
// screen is up: workbox-window waits for the page's load event anyway, so nothing is lost by it.
import { registerSW } from 'virtual:pwa-register';
import { workerEvents } from './update';

/** Registers the worker and connects it to the update flow in update.ts. */
export function registerServiceWorker(onError: (error: unknown) => void): void {
  const update = registerSW({
    onNeedRefresh: workerEvents.onNeedRefresh,
    onNeedReload: workerEvents.onNeedReload,
    onRegisterError: onError,
  });
  workerEvents.connect(() => update(true));
}
