import { render } from 'preact';
import { reportProblem } from './ui/problems';
import { App } from './ui/App';
import { errorMessage } from './ui/use-load';
import './ui/styles.css';

render(<App />, document.getElementById('app')!);

// After the first screen: the worker's code is not needed to show or edit anything.
const offlineProblem = (error: unknown) =>
  reportProblem(`Offline use is not available in this browser session: ${errorMessage(error)}`);
import('./pwa/register').then((module) => module.registerServiceWorker(offlineProblem), offlineProblem);
