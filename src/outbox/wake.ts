// At start: when publish jobs wait in the outbox, load the outbox and let it send; otherwise look
// again when the device comes online or the app is seen. Costs one IndexedDB read, no publish code.
import { withDB } from '../app/services';
import { hasUnsentJobs } from '../store/publishing/outbox-pending';
import { setJobReporter, type JobReporter } from './job-reports';
import { errorMessage } from '../model/errors';

/** Starts the outbox once it has something to send; `report` hears of failures and of publishes that need the person. */
export function wakeOutbox(report: JobReporter): void {
  setJobReporter(report);
  let woken = false;
  const stop = () => {
    removeEventListener('online', check);
    document.removeEventListener('visibilitychange', check);
  };
  function check() {
    if (woken || document.visibilityState !== 'visible') return;
    withDB(hasUnsentJobs)
      .then(async (unsent) => {
        if (!unsent || woken) return;
        woken = true;
        stop(); // from here on the outbox listens for itself
        (await import('./app-outbox')).appOutbox();
      })
      .catch((error: unknown) => report(`Posts waiting to be published could not be sent: ${errorMessage(error)}`));
  }
  addEventListener('online', check);
  document.addEventListener('visibilitychange', check);
  check();
}
