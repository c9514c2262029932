// The save status, held outside the editor's state: typing changes it every few keystrokes, and
// only the status line (SaveStatusText) re-renders for that, never the editor around it.
import type { SaveStatus } from './autosave';
import type { Clock } from './clock';
import { createNotifier } from '../model/notifier';

/**
 * How long "Saved" waits for typing to stop before it shows. A steady typist's text is saved five
 * times a second; showing each save would flicker "Saving…"/"Saved" at that rate in a dark hall,
 * and redrawing the line costs the keystroke that follows it a third of its frame (npm run bench).
 */
export const SAVED_AFTER_MS = 600;

/** The current save status, and word of each change. */
export interface StatusSource {
  get: () => SaveStatus;
  subscribe: (listener: (status: SaveStatus) => void) => () => void;
}

/**
 * A status source starting at "idle", with `set` for the saver that feeds it. "Saving…" and
 * problems show at once; "Saved" once nothing new came for `savedAfterMs`.
 */
export function statusSource(clock: Clock, savedAfterMs = SAVED_AFTER_MS): StatusSource & { set: (status: SaveStatus) => void } {
  let current: SaveStatus = { state: 'idle' };
  let timer: unknown;
  const changes = createNotifier<SaveStatus>();
  const show = (next: SaveStatus) => {
    current = next;
    changes.notify(next);
  };
  return {
    get: () => current,
    subscribe: changes.subscribe,
    set(next) {
      clock.clearTimeout(timer);
      if (next.state === 'saved') timer = clock.setTimeout(() => show(next), savedAfterMs);
      else if (next.state !== 'saving' || current.state !== 'saving') show(next);
    },
  };
}
