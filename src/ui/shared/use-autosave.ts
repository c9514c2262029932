// Connects an editor to the autosaver: saves while typing, flushes when the editor closes (and,
// through autosave.ts, when the page is hidden or left).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { createAutosaver, type Autosaver, type SaveStatus } from '../../store/autosave';
import { reportProblem } from './problems';

/**
 * The save status, held outside the editor's state: typing changes it every few keystrokes, and
 * only the status line (SaveStatusText) re-renders for that, never the editor around it.
 */
export interface StatusSource {
  get: () => SaveStatus;
  subscribe: (listener: (status: SaveStatus) => void) => () => void;
}

/** What the editor needs: report each change, save now, and the status to show. */
export interface AutosaveHandle {
  change: (text: string) => void;
  flush: () => Promise<boolean>;
  /** True while something typed is not yet committed, asked at the moment it matters. */
  pending: () => boolean;
  status: StatusSource;
}

function statusSource(): StatusSource & { set: (status: SaveStatus) => void } {
  let current: SaveStatus = { state: 'idle' };
  const listeners = new Set<(status: SaveStatus) => void>();
  return {
    get: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next) => {
      if (current.state === next.state && next.state === 'saving') return;
      current = next;
      for (const listener of listeners) listener(current);
    },
  };
}

/**
 * Saves through `save` while the editor for `key` is open. `what` names the text in a message
 * shown if the last save fails after the editor has closed. `rescue`, if given, also writes the
 * text when the page is hidden or closed (see AutosaveOptions).
 */
export function useAutosave(
  save: (text: string) => Promise<unknown>,
  key: string,
  what: string,
  rescue?: (text: string) => Promise<unknown>,
): AutosaveHandle {
  const [status] = useState(statusSource);
  const saverRef = useRef<Autosaver | null>(null);
  const lastError = useRef('');
  const saveRef = useRef({ save, rescue });
  saveRef.current = { save, rescue };

  // A layout effect: the saver exists before the editor is painted, so no early keystroke is missed.
  useLayoutEffect(() => {
    // This saver writes where `save` pointed when it was made, even while its last flush runs
    // after the editor has moved on to another key.
    const saver = createAutosaver({
      ...saveRef.current,
      onStatus: (next) => {
        if (next.state === 'error') lastError.current = next.message;
        status.set(next);
      },
    });
    saverRef.current = saver;
    // Hiding or closing the page flushes every saver (autosave.ts), this one until its last save is done.
    return () => {
      saverRef.current = null;
      // Leaving the editor saves what was typed last; if that fails the person must hear of it.
      void saver.dispose().then((saved) => saved || reportProblem(`${what} were not saved. ${lastError.current}`));
    };
  }, [key]);

  return {
    change: (text) => saverRef.current?.change(text),
    flush: () => saverRef.current?.flush() ?? Promise.resolve(true),
    pending: () => saverRef.current?.pending() ?? false,
    status,
  };
}
