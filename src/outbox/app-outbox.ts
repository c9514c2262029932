// The app's one outbox, made when first needed (the Export screen, or a start with jobs waiting),
// sending with the browser's network and the forge for the connected host.
import { forgeFor } from '../publish/forges';
import { withDB } from '../app/services';
import { browserPlatform } from './platform';
import { createOutbox, type Outbox } from './runner';
import { startOutbox } from './start';

let outbox: Outbox | null = null;

/** The outbox, started (sends now, and on online / visible) the first time it is asked for. */
export function appOutbox(): Outbox {
  if (!outbox) {
    outbox = createOutbox({ withDB, platform: browserPlatform(), forgeFor });
    startOutbox(outbox);
  }
  return outbox;
}
