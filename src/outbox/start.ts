// When the outbox sends by itself: at start, when the device comes online, when the app is seen again.
import type { Outbox } from './runner';

/** Where the triggers come from (the window and document by default). */
export interface OutboxTriggers {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { visibilityState: string };
}

/** Sends now and on every trigger; returns the function that stops listening. */
export function startOutbox(outbox: Outbox, triggers: OutboxTriggers = { window, document }): () => void {
  // A failure is already told to the outbox's listeners; the next trigger tries again.
  const send = () => void outbox.sendNow().catch(() => undefined);
  const onVisible = () => {
    if (triggers.document.visibilityState === 'visible') send();
  };
  triggers.window.addEventListener('online', send);
  triggers.document.addEventListener('visibilitychange', onVisible);
  send();
  return () => {
    triggers.window.removeEventListener('online', send);
    triggers.document.removeEventListener('visibilitychange', onVisible);
  };
}
