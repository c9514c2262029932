// Starting the app: every service made, every page listener added, here and nowhere else (no
// module does anything when it is imported), then the first screen drawn.
import { render } from 'preact';
import { browserBroadcast } from '../session/broadcast';
import { systemClock } from '../session/clock';
import { createNoteChannel } from '../session/note-channel';
import { createRecovery, recoveryFailed } from '../session/recovery';
import { createSavers } from '../session/savers';
import { createTab, DRAFTS_CHANNEL } from '../session/tab';
import { openTalknotesDB } from '../store/db';
import { DB_NAME } from '../store/schema';
import { App } from '../ui/App';
import { currentPath, matchPath } from '../ui/router';
import { describeNotice } from '../ui/shared/connection-notices';
import { reportProblem } from '../ui/shared/problems';
import { errorMessage } from '../ui/shared/use-load';
import { createConnection, type ConnectionNotice } from './connection';
import { provideServices } from './services';

/** Starts Talknotes in `root`: services, page lifecycle, the first render, then (when idle) offline use and publishing. */
export function startApp(root: HTMLElement): void {
  const locks = globalThis.navigator?.locks ?? null;
  // Tabs tell each other of their drafts only where they can also watch each other's locks.
  const tab = createTab({ locks, channel: locks ? browserBroadcast(DRAFTS_CHANNEL) : null });
  const notes = createNoteChannel(browserBroadcast);
  const savers = createSavers();
  const notify = (notice: ConnectionNotice) => {
    // Notes saved from drafts a closed page left behind may be open in another tab.
    if (notice.kind === 'recovered') for (const { note } of notice.notes) notes.announce(note.talkId, note.revision ?? '');
    const text = describeNotice(notice);
    if (text) reportProblem(text);
  };
  const recover = createRecovery(tab, notify);
  const connection = createConnection({ open: (events) => openTalknotesDB(DB_NAME, events), prepare: recover, beforeClose: savers.flushAll, notify });
  provideServices({ connection, savers, tab, notes, clock: systemClock });

  // A tab that wrote drafts and then closed: its drafts are saved now, by this open tab.
  tab.whenDraftsLetGo(() => void connection.get().then(recover, (error: unknown) => notify(recoveryFailed(error))));
  // When the page is hidden (a phone may kill it any moment after) or closed, every saver flushes
  // with its draft: also one whose editor has just closed and whose last save is still running.
  const leaving = () => void savers.flushAll(true);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && leaving());
  addEventListener('pagehide', leaving);

  render(<App />, root);
  whenLoaded(() => {
    setTimeout(whenIdle(registerServiceWorker), 1000);
    // Posts queued for publishing are sent at start (and when online again). Even the look into
    // the outbox loads after the first screen: nothing of publishing is in the first load.
    setTimeout(() => void import('../outbox/wake').then((module) => module.wakeOutbox(reportPublish), reportPublishProblem), 1000);
  });
}

// Its Export screen shows a publish's trouble itself; anywhere else it is said at the top.
function reportPublish(message: string, eventId?: string): void {
  if (!eventId || matchPath('/events/:eventId/export', currentPath())?.eventId !== eventId) reportProblem(message);
}

function reportPublishProblem(error: unknown): void {
  reportProblem(`Posts waiting to be published could not be looked at: ${errorMessage(error)}`);
}

// The service worker is registered a second after the page has loaded, when the browser is idle:
// its code is not needed to show or edit anything, and a start stays one screen's worth of code.
function registerServiceWorker(): void {
  const offlineProblem = (error: unknown) => reportProblem(`Offline use is not available in this browser session: ${errorMessage(error)}`);
  void import('../pwa/register').then((module) => module.registerServiceWorker(offlineProblem), offlineProblem);
}

const whenIdle = (run: () => void) => () => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : run());

function whenLoaded(run: () => void): void {
  if (document.readyState === 'complete') run();
  else addEventListener('load', run, { once: true });
}
