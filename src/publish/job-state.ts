// How a job's stored state changes: after a send, on Retry, on a choice. Pure; the outbox store
// applies these inside its transaction, to the job as stored then.
import type { Choice, JobRecord } from './job';
import type { SendOutcome } from './send-job';

/** What may change in a job. */
export type JobChange = Partial<Omit<JobRecord, 'id'>>;

/** True when the outbox should send this job now ("sending" found under the lock: the sender died). */
export function isDue(job: JobRecord, now: number): boolean {
  if (job.state === 'sending') return true;
  return job.state === 'waiting' && (job.nextTryAt === null || job.nextTryAt <= now);
}

/** The job as a send begins: one more attempt; a send left unfinished may have reached the host. */
export function startSending(job: JobRecord): JobChange {
  return { state: 'sending', attempts: job.attempts + 1, mayHaveSent: job.mayHaveSent || job.state === 'sending' };
}

// Commits landed so far, each once (a re-send after a partial landing reports them again).
function withCommits(job: JobRecord, commits: readonly { id: string; url: string }[]): JobRecord['commits'] {
  const known = new Set(job.commits.map((c) => c.id));
  return [...job.commits, ...commits.filter((c) => !known.has(c.id)).map(({ id, url }) => ({ id, url }))];
}

/**
 * The job after a send. A failure worth trying again leaves it waiting, with the reason shown and,
 * when the host asked for a pause, the time to try next; one the person must fix makes it failed.
 */
export function afterSend(job: JobRecord, outcome: SendOutcome, now: number): JobChange {
  switch (outcome.kind) {
    case 'published':
      return {
        state: 'published',
        mayHaveSent: false,
        error: null,
        nextTryAt: null,
        conflicts: [],
        commits: withCommits(job, outcome.commits),
        counts: outcome.counts ?? job.counts,
      };
    case 'needs-choice':
      return { state: 'needs-choice', mayHaveSent: false, error: null, nextTryAt: null, conflicts: outcome.conflicts, counts: outcome.counts };
    case 'failed':
      return {
        state: outcome.retryable ? 'waiting' : 'failed',
        mayHaveSent: outcome.mayHaveSent,
        error: outcome.message,
        nextTryAt: outcome.waitMs === null ? null : now + outcome.waitMs,
        commits: withCommits(job, outcome.commits),
      };
  }
}

/** The job refused before sending because the blog it was made for is no longer connected. */
export function blogGone(job: JobRecord, connected: boolean): JobChange {
  const [, , repo = '', branch = ''] = job.repoKey.split('|');
  const why = connected
    ? `another blog is connected now, and this publish was for ${repo} (${branch})`
    : `no blog is connected now; this publish was for ${repo} (${branch})`;
  return {
    state: 'failed',
    error: `Connect the blog again in Settings → Blog repository: ${why}. The publish is kept; retry it once connected.`,
    nextTryAt: null,
  };
}

/** The job on Retry: failed or waiting ones wait again, now; others stay as they are. */
export function retried(job: JobRecord): JobChange {
  return job.state === 'failed' || job.state === 'waiting' ? { state: 'waiting', nextTryAt: null } : {};
}

/** The job after the person chose for one conflicting file; once every conflict has a choice, it waits to be sent. */
export function chosen(job: JobRecord, path: string, choice: Choice): JobChange {
  if (job.state !== 'needs-choice' || !job.conflicts.some((c) => c.path === path)) return {};
  const choices = { ...job.choices, [path]: choice };
  return job.conflicts.every((c) => choices[c.path]) ? { choices, state: 'waiting' } : { choices };
}

/**
 * True when a new publish of the same event to the same repository replaces an older one still
 * waiting: nothing of the older one can have reached the host, and the newer holds the newer posts
 * (a second tap, or an edit while offline, makes one commit, not two).
 */
export function supersedes(newer: Pick<JobRecord, 'eventId' | 'repoKey'>, older: JobRecord): boolean {
  return older.eventId === newer.eventId && older.repoKey === newer.repoKey && older.state === 'waiting' && !older.mayHaveSent && older.commits.length === 0;
}
