// The outbox at work: sends the jobs that are due, one at a time, under a lock shared by every tab,
// saving each step before the next, so that a killed app, a lost answer or a second tab never
// makes a second commit, and nothing queued is lost.
import { jobFiles, repoKeyOf, type Choice, type JobRecord, type PublishedFile } from '../publish/job';
import { afterSend, blogGone, chosen, isDue, retried, startSending, type JobChange } from '../publish/job-state';
import { sendJob, type SendOutcome } from '../publish/send-job';
import type { BlogConnection, Forge, Platform } from '../publish/types';
import { getBlog } from '../store/publishing/blog-store';
import { getJob, listJobs, updateJob } from '../store/publishing/outbox-store';
import { readBaseline } from '../store/publishing/published-store';
import type { TalknotesDatabase } from '../store/schema';
import { browserLocks, type LockManagerLike } from './locks';
import { errorMessage } from '../model/errors';
import { createNotifier } from '../model/notifier';

/** The Web Lock held while sending: two tabs never send at once. */
export const OUTBOX_LOCK = 'talknotes-outbox';

/** What the outbox tells its listeners: a job as now stored, or a failure of the outbox itself. */
export type OutboxEvent = { kind: 'job'; job: JobRecord } | { kind: 'error'; message: string };

/** The outbox's controls. */
export interface Outbox {
  /** Sends every job that is due, one at a time; resolves when done (offline: at once, nothing sent). */
  sendNow(): Promise<void>;
  /** Sends a failed or waiting job again now. */
  retry(jobId: string): Promise<void>;
  /** Records the person's choice for a conflicting file; sends once every conflict has one. */
  choose(jobId: string, path: string, choice: Choice): Promise<void>;
  /** Listens to changes; returns the unsubscribe function. */
  subscribe(listener: (event: OutboxEvent) => void): () => void;
}

/** What the outbox works with; everything but the database and the forge has a browser default. */
export interface OutboxOptions {
  withDB: <T>(work: (db: TalknotesDatabase) => Promise<T>) => Promise<T>;
  platform: Platform;
  forgeFor: (connection: BlogConnection, platform: Platform) => Forge;
  locks?: LockManagerLike;
  now?: () => number;
  setTimeout?: (run: () => void, ms: number) => unknown;
  clearTimeout?: (timer: unknown) => void;
  isOnline?: () => boolean;
}

/** Makes an outbox; nothing runs until one of its methods is called. */
export function createOutbox(options: OutboxOptions): Outbox {
  const { withDB, platform, forgeFor } = options;
  const locks = options.locks ?? browserLocks();
  const now = options.now ?? Date.now;
  const later = options.setTimeout ?? ((run, ms) => globalThis.setTimeout(run, ms));
  const cancel = options.clearTimeout ?? ((timer) => globalThis.clearTimeout(timer as ReturnType<typeof setTimeout>));
  const isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine !== false);
  const events = createNotifier<OutboxEvent>();
  const emit = events.notify;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: unknown = null;

  const update = async (id: string, change: (job: JobRecord) => JobChange, baseline?: { repoKey: string; files: readonly PublishedFile[] }) => {
    const job = await withDB((db) => updateJob(db, id, change, baseline));
    emit({ kind: 'job', job });
    return job;
  };

  async function sendOne(id: string): Promise<void> {
    const job = await withDB((db) => getJob(db, id));
    if (!job || !isDue(job, now())) return; // changed in another tab meanwhile
    const connection = await withDB(getBlog);
    if (!connection || repoKeyOf(connection) !== job.repoKey) {
      await update(id, (j) => blogGone(j, connection !== null));
      return;
    }
    const started = await update(id, startSending);
    let outcome: SendOutcome;
    let mayHaveSent = started.mayHaveSent;
    const markSending = async () => {
      await update(id, () => ({ mayHaveSent: true }));
      mayHaveSent = true;
    };
    try {
      const baseline = await withDB((db) => readBaseline(db, job.repoKey, job.paths));
      const forge = forgeFor(connection, platform);
      const input = { ...started, files: jobFiles(job), baseline };
      outcome = await sendJob(input, forge, platform, { markSending });
    } catch (error) {
      // Not the host's answer (sendJob never throws for that): the baseline could not be read, the
      // connection was refused, or the device failed. Said as it is; the job waits for a retry
      // rather than showing "Sending…" until the next trigger.
      const message = errorMessage(error);
      outcome = { kind: 'failed', message, retryable: true, waitMs: null, mayHaveSent, commits: [] };
    }
    const settled = outcome.kind === 'published' ? { repoKey: job.repoKey, files: outcome.baseline } : undefined;
    await update(id, (j) => afterSend(j, outcome, now()), settled);
  }

  // Wakes up when the host said the next try may be made.
  async function schedule(): Promise<void> {
    if (timer !== null) cancel(timer);
    timer = null;
    const waits = (await withDB((db) => listJobs(db))).flatMap((j) => (j.state === 'waiting' && j.nextTryAt !== null ? [j.nextTryAt] : []));
    if (waits.length === 0) return;
    timer = later(
      () => {
        timer = null;
        void sendNow().catch(() => undefined); // already told to the listeners
      },
      Math.max(0, Math.min(...waits) - now()),
    );
  }

  async function drain(): Promise<void> {
    for (const job of await withDB((db) => listJobs(db))) {
      if (!isOnline()) return; // jobs stay waiting; the "online" event sends them
      if (isDue(job, now())) await sendOne(job.id);
    }
  }

  function sendNow(): Promise<void> {
    if (running) {
      again = true; // a job may have been added after this pass listed them
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await locks.request(OUTBOX_LOCK, drain);
        } while (again);
        await schedule();
      } catch (error) {
        emit({ kind: 'error', message: `The outbox could not go on: ${errorMessage(error)}` });
        throw error;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    sendNow,
    async retry(jobId) {
      await update(jobId, retried);
      await sendNow();
    },
    async choose(jobId, path, choice) {
      const job = await update(jobId, (j) => chosen(j, path, choice));
      if (job.state === 'waiting') await sendNow();
    },
    subscribe: events.subscribe,
  };
}
