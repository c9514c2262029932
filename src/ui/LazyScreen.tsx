import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice, Loading } from './shared/Notice';
import { errorMessage } from './shared/use-load';

/** Renders a screen whose code is loaded on first use (heavy screens stay out of the first paint). */
export function LazyScreen<P extends object>({ load, props }: { load: () => Promise<{ default: ComponentType<P> }>; props: P }) {
  const [screen, setScreen] = useState<{ Component: ComponentType<P> } | { error: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    // From the service worker's cache the code arrives in milliseconds: "Loading…" would only flash.
    const timer = setTimeout(() => setSlow(true), 300);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    let current = true;
    load().then(
      (module) => current && setScreen({ Component: module.default }),
      (error: unknown) => current && setScreen({ error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
    // The loader is the same for a route; only a retry loads again.
  }, [attempt]);
  if (!screen) return slow ? <Loading /> : null;
  if ('error' in screen) {
    return <ErrorNotice onRetry={() => setAttempt((n) => n + 1)}>This screen could not be loaded: {screen.error}</ErrorNotice>;
  }
  return <screen.Component {...props} />;
}
