// Connects an editor to the autosaver: saves while typing, flushes when the page is hidden or left.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { createAutosaver, type Autosaver, type SaveStatus } from '../store/autosave';
import { reportProblem } from './problems';

/** What the editor needs: report each change, save now, and the status to show. */
export interface AutosaveHandle {
  change: (text: string) => void;
  flush: () => Promise<boolean>;
  /** True while something typed is not yet committed, asked at the moment it matters. */
  pending: () => boolean;
  status: SaveStatus;
}

/**
 * Saves through `save` while the editor for `key` is open. `what` names the text in a message
 * shown if the last save fails after the editor has closed.
 */
export function useAutosave(save: (text: string) => Promise<unknown>, key: string, what: string): AutosaveHandle {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const saverRef = useRef<Autosaver | null>(null);
  const lastError = useRef('');
  const saveRef = useRef(save);
  saveRef.current = save;

  // A layout effect: the saver exists before the editor is painted, so no early keystroke is missed.
  useLayoutEffect(() => {
    // This saver writes where `save` pointed when it was made, even while its last flush runs
    // after the editor has moved on to another key.
    const saveHere = saveRef.current;
    const saver = createAutosaver({
      save: saveHere,
      onStatus: (next) => {
        if (next.state === 'error') lastError.current = next.message;
        // Only a change of state re-renders: typing must not re-render the editor on every key.
        setStatus((prev) => (prev.state === next.state && next.state === 'saving' ? prev : next));
      },
    });
    saverRef.current = saver;
    // On a phone the app may be killed at any moment after it is hidden: save right away.
    const flush = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pagehide', flush);
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
