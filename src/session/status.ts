// The save status, held outside the editor's state: typing changes it every few keystrokes, and
// only the status line (SaveStatusText) re-renders for that, never the editor around it.
import type { SaveStatus } from './autosave';
import { createNotifier } from '../model/notifier';

/** The current save status, and word of each change. */
export interface StatusSource {
  get: () => SaveStatus;
  subscribe: (listener: (status: SaveStatus) => void) => () => void;
}

/** A status source starting at "idle", with `set` for the saver that feeds it. */
export function statusSource(): StatusSource & { set: (status: SaveStatus) => void } {
  let current: SaveStatus = { state: 'idle' };
  const changes = createNotifier<SaveStatus>();
  return {
    get: () => current,
    subscribe: changes.subscribe,
    set: (next) => {
      if (current.state === next.state && next.state === 'saving') return;
      current = next;
      changes.notify(current);
    },
  };
}
