// Loading data for a screen, with the loading and error states a person sees.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../model/errors';

/** A plain-words message for anything thrown (the model's, for the screens). */
export { errorMessage };

/** What a screen knows about the data it asked for. */
export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** Runs `load` whenever `deps` change; `reload` runs it again (after a failure, say). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Load<T> & { reload: () => void } {
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
  return { ...result, reload };
}
