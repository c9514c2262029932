import { render } from 'preact';
import { registerServiceWorker } from './pwa/update';
import { reportProblem } from './ui/problems';
import { App } from './ui/App';
import { errorMessage } from './ui/use-load';
import './ui/styles.css';

render(<App />, document.getElementById('app')!);

registerServiceWorker((error) =>
  reportProblem(`Offline use is not available in this browser session: ${errorMessage(error)}`),
);
