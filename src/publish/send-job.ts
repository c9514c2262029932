// Sending one publish job to its host: look for it on the branch if it may have landed unseen,
// plan against the branch, and commit what changed (split when too large, re-planned when the
// branch moves). Pure: progress is saved through the callbacks the caller passes in.
import { commitMessage, findPublished, isComplete } from './commit-message';
import { isAmbiguous, PublishError } from './errors';
import type { Choice, Conflict, MessageParts, PublishCounts, PublishedFile } from './job';
import { planPublish, type Plan } from './plan';
import { localIds } from './preview';
import type { CommitInfo, FileChange, Forge, Platform, PublishFile } from './types';
import { errorMessage } from '../model/errors';

/** How many of the branch's newest commits are searched for a publish that may have landed. */
export const RECENT_COMMITS = 30;
/** How many times the branch is read again after it moved under a commit. */
export const HEAD_RETRIES = 3;
/** How many times a batch the host found too large is halved. */
export const MAX_SPLITS = 6;

/** What sending needs to know of the job. */
export interface SendInput extends MessageParts {
  id: string;
  files: readonly PublishFile[];
  choices: Readonly<Record<string, Choice>>;
  /** What we last settled with this repository, for the job's paths. */
  baseline: ReadonlyMap<string, PublishedFile>;
  /** A previous attempt may have reached the host: look for the trailer first. */
  mayHaveSent: boolean;
}

/** Callbacks that save progress. */
export interface SendIo {
  /** Saves "a request may go out now"; awaited before every commit request. */
  markSending(): Promise<void>;
}

/** How sending ended. */
export type SendOutcome =
  | { kind: 'published'; commits: CommitInfo[]; baseline: PublishedFile[]; counts: PublishCounts | null }
  | { kind: 'needs-choice'; conflicts: Conflict[]; counts: PublishCounts }
  | { kind: 'failed'; message: string; retryable: boolean; waitMs: number | null; mayHaveSent: boolean; commits: CommitInfo[] };

const RETRYABLE = new Set(['network', 'timeout', 'server', 'rate-limited', 'head-moved']);
const DEFAULT_WAIT_MS = 60_000;

/** Splits changes into batches of at most `maxBytes` (a larger file goes alone), keeping their order. */
export function batches(changes: readonly FileChange[], maxBytes: number): FileChange[][] {
  const out: FileChange[][] = [];
  let current: FileChange[] = [];
  let size = 0;
  for (const change of changes) {
    if (current.length > 0 && size + change.bytes.length > maxBytes) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(change);
    size += change.bytes.length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Sends one job; never throws for a host's refusal (that is an outcome). */
export async function sendJob(job: SendInput, forge: Forge, platform: Platform, io: SendIo): Promise<SendOutcome> {
  const landed: CommitInfo[] = [];
  let maybe = job.mayHaveSent;
  const paths = job.files.map((f) => f.path);

  // One commit request: whether it went out is saved first, so a killed app knows to look.
  const commit = async (expectedHead: string, message: string, changes: readonly FileChange[]) => {
    await io.markSending();
    maybe = true;
    try {
      const done = await forge.commit({ expectedHead, message, changes });
      landed.push(done);
      maybe = false;
      return done;
    } catch (error) {
      if (!isAmbiguous(error)) maybe = false;
      throw error;
    }
  };

  // Every change, in as many commits as the host's size limit needs; returns the last commit's id.
  const commitAll = async (head: string, changes: readonly FileChange[]) => {
    let limit = forge.maxCommitBytes;
    let queue = batches(changes, limit);
    let sent = 0;
    for (let splits = 0; queue.length > 0; ) {
      const batch = queue[0] ?? [];
      const total = sent + queue.length;
      const part = total > 1 ? { index: sent + 1, total } : null;
      try {
        head = (await commit(head, commitMessage(job, job.id, part), batch)).id;
        queue = queue.slice(1);
        sent++;
      } catch (error) {
        if (!(error instanceof PublishError && error.kind === 'too-large')) throw error;
        const size = batch.reduce((sum, c) => sum + c.bytes.length, 0);
        if (batch.length === 1 || splits >= MAX_SPLITS) {
          const file = batch.length === 1 ? `${batch[0]?.path} (${Math.ceil(size / 1024)} KB)` : 'these files';
          throw new PublishError(
            'too-large',
            `${error.message} Even alone, ${file} is more than the host takes in one commit: make it smaller and publish again.`,
          );
        }
        splits++;
        limit = Math.max(1, Math.floor(Math.min(limit, size) / 2));
        queue = batches(queue.flat(), limit);
      }
    }
  };

  try {
    const local = await localIds(job.files, platform.sha1);
    if (maybe) {
      const found = findPublished(await forge.recent(RECENT_COMMITS), job.id);
      if (isComplete(found)) return await alreadyLanded(job, forge, found, local);
      landed.push(...found);
      maybe = false; // not on the branch (or only some parts): what is missing is sent below
    }
    let first: Plan | null = null;
    for (let tries = 0; ; tries++) {
      const head = await forge.head();
      const remote = await forge.blobIds(head, paths);
      const plan = planPublish({ files: job.files, local, remote, baseline: job.baseline, choices: job.choices });
      first ??= plan;
      if (plan.conflicts.length > 0) return { kind: 'needs-choice', conflicts: plan.conflicts, counts: plan.counts };
      try {
        if (plan.changes.length > 0) await commitAll(head, plan.changes);
        // Counts as the person saw them first (after a partial landing, a re-plan finds those files unchanged).
        return { kind: 'published', commits: landed, baseline: plan.baseline, counts: first.counts };
      } catch (error) {
        if (!(error instanceof PublishError && error.kind === 'head-moved')) throw error;
        if (tries >= HEAD_RETRIES) {
          throw new PublishError(
            'head-moved',
            `The branch kept changing while publishing (${tries + 1} tries). Someone or something is pushing to it often; try again in a moment.`,
          );
        }
      }
    }
  } catch (error) {
    return failure(error, maybe, landed);
  }
}

// The publish is on the branch already: settle the baseline with the files as they are there.
// (Read at that commit, not the head: a later edit there is for the next publish to notice.)
async function alreadyLanded(job: SendInput, forge: Forge, found: CommitInfo[], local: ReadonlyMap<string, string>): Promise<SendOutcome> {
  const newest = found[found.length - 1]!;
  const paths = job.files.map((f) => f.path).filter((path) => job.choices[path] !== 'skip');
  const remote = await forge.blobIds(newest.id, paths);
  const baseline: PublishedFile[] = [];
  for (const path of paths) {
    const there = remote.get(path);
    const mine = local.get(path);
    // Sent files are there as ours; kept ones as theirs, over our id of now.
    if (there !== undefined && mine !== undefined) baseline.push({ path, remote: there, local: mine });
  }
  return { kind: 'published', commits: found, baseline, counts: null };
}

function failure(error: unknown, mayHaveSent: boolean, commits: CommitInfo[]): SendOutcome {
  if (error instanceof PublishError) {
    const waitMs = error.kind === 'rate-limited' ? (error.retryAfterMs ?? DEFAULT_WAIT_MS) : null;
    return { kind: 'failed', message: error.message, retryable: RETRYABLE.has(error.kind), waitMs, mayHaveSent, commits };
  }
  // A fault in Talknotes or the device, not the host's answer: said as it is, and not retried by itself.
  const message = errorMessage(error);
  return { kind: 'failed', message: `Publishing stopped on an unexpected error: ${message}`, retryable: false, waitMs: null, mayHaveSent, commits };
}
