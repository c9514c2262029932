import { render } from 'preact';
import { reportProblem } from './ui/shared/problems';
import { App } from './ui/App';
import { currentPath, matchPath } from './ui/router';
import { wakeOutbox } from './outbox/wake';
import { errorMessage } from './ui/shared/use-load';
import './ui/styles.css';

render(<App />, document.getElementById('app')!);

// The service worker is registered a second after the page has loaded, when the browser is idle:
// its code is not needed to show or edit anything, and a start stays one screen's worth of code.
const offlineProblem = (error: unknown) =>
  reportProblem(`Offline use is not available in this browser session: ${errorMessage(error)}`);
const register = () => void import('./pwa/register').then((module) => module.registerServiceWorker(offlineProblem), offlineProblem);
const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 2000 }) : register());
// Posts queued for publishing are sent at start (and when online again): that code loads only then.
const afterLoad = () => {
  setTimeout(whenIdle, 1000);
  // Its Export screen shows a publish's trouble itself; anywhere else it is said at the top.
  const reportPublish = (message: string, eventId?: string) => {
    if (!eventId || matchPath('/events/:eventId/export', currentPath())?.eventId !== eventId) reportProblem(message);
  };
  setTimeout(() => wakeOutbox(reportPublish), 1000);
};
if (document.readyState === 'complete') afterLoad();
else addEventListener('load', afterLoad, { once: true });
