// Loading data for a screen, with the loading and error states a person sees.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../model/errors';

/** A plain-words message for anything thrown (the model's, for the screens). */
export { errorMessage };

/** What a screen knows about the data it asked for. */
export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** A load's state with its controls. */
export type Loading<T> = Load<T> & {
  /** Runs the load again (after a failure, say). */
  reload: () => void;
  /** Changes the loaded value here, after a write this screen made itself (no read again). */
  update: (change: (value: T) => T) => void;
};

/**
 * Runs `load` whenever `deps` change; an answer that comes after the deps changed or the screen
 * closed is dropped. Every load a screen shows goes through here.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loading<T> {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) => current && setResult({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (value: T) => T) => setResult((r) => (r.state === 'ready' ? { state: 'ready', value: change(r.value) } : r)), []);
  return { ...result, reload, update };
}
