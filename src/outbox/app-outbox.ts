// The app's one outbox, made when first needed (the Export screen, or a start with jobs waiting),
// sending with the browser's network and the forge for the connected host. Only one tab sends at a
// time; what it changes reaches the other tabs' screens over a BroadcastChannel.
import type { JobRecord } from '../publish/job';
import { forgeFor } from '../publish/forges';
import { withDB } from '../app/services';
import { reportJobEvent } from './job-reports';
import { browserPlatform } from './platform';
import { createOutbox, type Outbox, type OutboxEvent } from './runner';
import { startOutbox } from './start';

/** The channel the tabs tell each other of job changes on. */
export const OUTBOX_CHANNEL = 'talknotes-outbox';

let outbox: Outbox | null = null;

/** An outbox whose listeners also hear of jobs changed by the outbox of another tab. */
export function sharedOutbox(local: Outbox, channel: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener'> | null): Outbox {
  local.subscribe((event) => event.kind === 'job' && channel?.postMessage(event.job));
  return {
    ...local,
    subscribe(listener) {
      const stop = local.subscribe(listener);
      const relay = (message: MessageEvent<JobRecord>) => listener({ kind: 'job', job: message.data } satisfies OutboxEvent);
      channel?.addEventListener('message', relay);
      return () => {
        stop();
        channel?.removeEventListener('message', relay);
      };
    },
  };
}

/** The outbox, started (sends now, and on online / visible) the first time it is asked for. */
export function appOutbox(): Outbox {
  if (!outbox) {
    const channel = 'BroadcastChannel' in globalThis ? new BroadcastChannel(OUTBOX_CHANNEL) : null;
    outbox = sharedOutbox(createOutbox({ withDB, platform: browserPlatform(), forgeFor }), channel);
    outbox.subscribe(reportJobEvent);
    startOutbox(outbox);
  }
  return outbox;
}
