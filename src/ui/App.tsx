import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LazyScreen } from './LazyScreen';
import { Link } from './shared/Link';
import { ProblemBanner } from './shared/ProblemBanner';
import { matchPath, usePath } from './router';
import TalkScreen from './capture/TalkScreen';
import { reportProblem } from './shared/problems';
import { errorMessage } from '../model/errors';

/** The app frame (header, banners) around the screen the URL names. */
export function App() {
  const { path, query } = usePath();
  return (
    <>
      <header class="app-header">
        <Link to="/" class="brand">
          Talknotes
        </Link>
        <nav aria-label="App">
          <Link to="/search" class="header-link">
            Search
          </Link>
          <Link to="/settings" class="header-link">
            Settings
          </Link>
        </nav>
      </header>
      <LaterUpdatePrompt />
      <ProblemBanner />
      {screenFor(path, query)}
    </>
  );
}

// Every screen by its path, the first that matches wins. The capture screen is in the first load;
// every other screen's code loads when it first opens (the service worker has them all cached, so
// that takes milliseconds, offline too).
const ROUTES: [pattern: string, screen: (p: Record<string, string>, query: URLSearchParams) => JSX.Element][] = [
  ['/', () => <LazyScreen key="EventListScreen" load={() => import('./events/EventListScreen')} props={{}} />],
  ['/events/new', () => <LazyScreen key="EventFormScreen" load={eventForm} props={{ eventId: '' }} />],
  ['/settings', () => <LazyScreen key="SettingsScreen" load={() => import('./settings/SettingsScreen')} props={{}} />],
  ['/search', () => <LazyScreen key="SearchScreen" load={() => import('./events/SearchScreen')} props={{}} />],
  ['/events/:eventId/edit', (p) => <LazyScreen key="EventFormScreen" load={eventForm} props={{ eventId: p.eventId ?? '' }} />],
  [
    '/events/:eventId/talks/new',
    (p, query) => <LazyScreen key="TalkFormScreen" load={talkForm} props={{ eventId: p.eventId ?? '', date: query.get('date') ?? '' }} />,
  ],
  ['/events/:eventId/export', (p) => <LazyScreen key="ExportScreen" load={() => import('./export/ExportScreen')} props={{ eventId: p.eventId ?? '' }} />],
  ['/events/:eventId/import', (p) => <LazyScreen key="ImportScreen" load={() => import('./import/ImportScreen')} props={{ eventId: p.eventId ?? '' }} />],
  [
    '/events/:eventId/follow-ups',
    (p) => <LazyScreen key="FollowUpsScreen" load={() => import('./events/FollowUpsScreen')} props={{ eventId: p.eventId ?? '' }} />,
  ],
  ['/events/:eventId', (p) => <LazyScreen key="EventScreen" load={() => import('./events/EventScreen')} props={{ eventId: p.eventId ?? '' }} />],
  ['/talks/:talkId/edit', (p) => <LazyScreen key="TalkFormScreen" load={talkForm} props={{ talkId: p.talkId ?? '' }} />],
  ['/talks/:talkId', (p, query) => <TalkScreen key={p.talkId} talkId={p.talkId ?? ''} line={Number(query.get('line')) || 0} />],
];

/**
 * The update prompt, loaded just after the first screen: an update can only be found by the
 * service worker, which registers later still, so the first load need not carry it.
 */
function LaterUpdatePrompt() {
  const [Prompt, setPrompt] = useState<ComponentType | null>(null);
  useEffect(() => {
    import('./UpdatePrompt').then(
      (module) => setPrompt(() => module.UpdatePrompt),
      (error: unknown) => reportProblem(`Updates cannot be offered in this session: ${errorMessage(error)}`),
    );
  }, []);
  return Prompt ? <Prompt /> : null;
}

function screenFor(path: string, query: URLSearchParams) {
  for (const [pattern, screen] of ROUTES) {
    const params = matchPath(pattern, path);
    if (params) return screen(params, query);
  }
  return (
    <main>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to your events</Link>.
      </p>
    </main>
  );
}

const eventForm = () => import('./events/EventFormScreen');
const talkForm = () => import('./events/TalkFormScreen');
