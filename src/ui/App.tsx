import { LazyScreen } from './LazyScreen';
import { Link } from './shared/Link';
import { ProblemBanner } from './shared/ProblemBanner';
import { matchPath, usePath } from './router';
import TalkScreen from './capture/TalkScreen';
import { UpdatePrompt } from './UpdatePrompt';

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
      <UpdatePrompt />
      <ProblemBanner />
      {screenFor(path, query)}
    </>
  );
}

function screenFor(path: string, query: URLSearchParams) {
  let p: Record<string, string> | null;
  // The capture screen is in the first load; every other screen's code loads when it first opens
  // (the service worker has them all cached, so that takes milliseconds, offline too).
  if (matchPath('/', path)) return <LazyScreen key="EventListScreen" load={() => import('./events/EventListScreen')} props={{}} />;
  if (matchPath('/events/new', path)) return <LazyScreen key="EventFormScreen" load={eventForm} props={{ eventId: '' }} />;
  if (matchPath('/settings', path)) return <LazyScreen key="SettingsScreen" load={() => import('./settings/SettingsScreen')} props={{}} />;
  if (matchPath('/search', path)) return <LazyScreen key="SearchScreen" load={() => import('./events/SearchScreen')} props={{}} />;
  if ((p = matchPath('/events/:eventId/edit', path))) {
    return <LazyScreen key="EventFormScreen" load={eventForm} props={{ eventId: p.eventId ?? '' }} />;
  }
  if ((p = matchPath('/events/:eventId/talks/new', path))) {
    return <LazyScreen key="TalkFormScreen" load={talkForm} props={{ eventId: p.eventId ?? '', date: query.get('date') ?? '' }} />;
  }
  if ((p = matchPath('/events/:eventId/export', path))) {
    return <LazyScreen key="ExportScreen" load={() => import('./export/ExportScreen')} props={{ eventId: p.eventId ?? '' }} />;
  }
  if ((p = matchPath('/events/:eventId/import', path))) {
    return <LazyScreen key="ImportScreen" load={() => import('./import/ImportScreen')} props={{ eventId: p.eventId ?? '' }} />;
  }
  if ((p = matchPath('/events/:eventId/follow-ups', path))) {
    return <LazyScreen key="FollowUpsScreen" load={() => import('./events/FollowUpsScreen')} props={{ eventId: p.eventId ?? '' }} />;
  }
  if ((p = matchPath('/events/:eventId', path))) {
    return <LazyScreen key="EventScreen" load={() => import('./events/EventScreen')} props={{ eventId: p.eventId ?? '' }} />;
  }
  if ((p = matchPath('/talks/:talkId/edit', path))) {
    return <LazyScreen key="TalkFormScreen" load={talkForm} props={{ talkId: p.talkId ?? '' }} />;
  }
  if ((p = matchPath('/talks/:talkId', path))) {
    return <TalkScreen key={p.talkId} talkId={p.talkId ?? ''} line={Number(query.get('line')) || 0} />;
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
