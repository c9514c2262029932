// Connects a form to an autosaver: saves while typing, flushes when the form closes (and, as one
// of the app's savers, when the page is hidden or left: app/start-app.tsx).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { appServices } from '../../app/services';
import { createAutosaver, type Autosaver } from '../../session/autosave';
import { statusSource, type StatusSource } from '../../session/status';
import { reportProblem } from './problems';

/** What the editor needs: report each change, save now, and the status to show. */
export interface AutosaveHandle {
  change: (text: string) => void;
  flush: () => Promise<boolean>;
  /** True while something typed is not yet committed, asked at the moment it matters. */
  pending: () => boolean;
  status: StatusSource;
}

/**
 * Saves through `save` while the editor for `key` is open. `what` names the text in a message
 * shown if the last save fails after the editor has closed. `rescue`, if given, also writes the
 * text when the page is hidden or closed (see AutosaveOptions).
 */
export function useAutosave(save: (text: string) => Promise<unknown>, key: string, what: string, rescue?: (text: string) => Promise<unknown>): AutosaveHandle {
  const [status] = useState(() => statusSource(appServices().clock));
  const saverRef = useRef<Autosaver | null>(null);
  const lastError = useRef('');
  const saveRef = useRef({ save, rescue });
  saveRef.current = { save, rescue };

  // A layout effect: the saver exists before the editor is painted, so no early keystroke is missed.
  useLayoutEffect(() => {
    // This saver writes where `save` pointed when it was made, even while its last flush runs
    // after the editor has moved on to another key.
    const { savers, clock } = appServices();
    const saver = createAutosaver({
      ...saveRef.current,
      savers,
      clock,
      onStatus: (next) => {
        if (next.state === 'error') lastError.current = next.message;
        status.set(next);
      },
    });
    saverRef.current = saver;
    // Hiding or closing the page flushes every saver (start-app.tsx), this one until its last save is done.
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
