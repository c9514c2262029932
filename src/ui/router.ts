// A tiny history router that respects Vite's base path, so the app works from a sub-folder.
import { useEffect, useState } from 'preact/hooks';
import { createNotifier } from '../model/notifier';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const moves = createNotifier<void>();

/** The current in-app path, without the base path ("/talks/123"). */
export function currentPath(): string {
  const path = location.pathname;
  const inside = path.startsWith(base) ? path.slice(base.length) : path;
  return inside.startsWith('/') ? inside : `/${inside}`;
}

/** The full URL path for an in-app path, for href attributes. */
export function href(path: string): string {
  return `${base}${path}`;
}

/** Goes to an in-app path; `replace` keeps a finished form out of the back-button history. */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', href(path));
  else history.pushState(null, '', href(path));
  scrollTo(0, 0);
  moves.notify();
}

/** Re-renders the caller whenever the path changes, by link, navigate() or the back button. */
export function usePath(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    const stop = moves.subscribe(update);
    addEventListener('popstate', update);
    return () => {
      stop();
      removeEventListener('popstate', update);
    };
  }, []);
  return { path: currentPath(), query: new URLSearchParams(location.search) };
}

/** Matches "/talks/:id"-style patterns; returns the named parts, or null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = (path.length > 1 ? path.replace(/\/$/, '') : path).split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}

/** Click handler for in-app links: plain clicks navigate without a page load, others act normally. */
export function onLinkClick(event: MouseEvent): void {
  const anchor = event.currentTarget as HTMLAnchorElement | null;
  // No address yet (its first frame, after-frame.ts): nothing to follow.
  if (!anchor?.hasAttribute('href') || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = new URL(anchor.href);
  navigate(url.pathname.slice(base.length) + url.search);
}
