// A publish job as the outbox keeps it: what to send, where to, and how far it got.
import type { BlogConnection, CommitInfo, PublishFile } from './types';

/** Where a job stands; only "published" and "failed" jobs may be removed (by the person). */
export type JobState = 'waiting' | 'sending' | 'needs-choice' | 'published' | 'failed';

/** What the person chose for a file edited in the repository since we published it. */
export type Choice = 'overwrite' | 'keep-theirs' | 'skip';

/** What we last settled with a repository at one path: its blob id on the branch then, and ours. */
export interface PublishedFile {
  path: string;
  remote: string;
  local: string;
  /** The person chose to keep the repository's version over ours: editing ours later asks again. */
  kept?: boolean;
}

/** A file the person must decide about: edited in the repository since we published it, or never ours. */
export interface Conflict {
  path: string;
  reason: 'edited-since' | 'not-ours';
}

/** What a publish does, file by file, as counts (shown before anything is sent). */
export interface PublishCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** Conflicts still waiting for a choice. */
  conflicts: number;
  /** Conflicts the person chose to skip this time. */
  skipped: number;
}

/** What the commit message is made of. */
export interface MessageParts {
  eventName: string;
  postTitles: string[];
  photoCount: number;
}

/** A file of a job as stored: bytes as an ArrayBuffer. */
export interface JobFile {
  path: string;
  bytes: ArrayBuffer;
}

/** A job as the outbox store lists it (its files are stored apart, so state changes stay cheap). */
export interface JobRecord extends MessageParts {
  /** A uuid; also the publish id in the commit's trailer. */
  id: string;
  eventId: string;
  /** The repository it goes to (repoKeyOf of the connection when it was made). */
  repoKey: string;
  createdAt: number;
  updatedAt: number;
  paths: string[];
  bytes: number;
  state: JobState;
  /** A commit request may have reached the host without an answer: look for the trailer before sending. */
  mayHaveSent: boolean;
  attempts: number;
  /** The last failure, in words the person can act on; null when none. */
  error: string | null;
  /** Not before this time (the host asked us to wait); null = whenever. */
  nextTryAt: number | null;
  conflicts: Conflict[];
  choices: Record<string, Choice>;
  commits: { id: string; url: string }[];
  counts: PublishCounts | null;
}

/** A job with its files. */
export interface PublishJob extends JobRecord {
  files: JobFile[];
}

/** The key the baseline and jobs use for one repository and branch. */
export function repoKeyOf(connection: Pick<BlogConnection, 'kind' | 'apiUrl' | 'owner' | 'repo' | 'branch'>): string {
  return `${connection.kind}|${connection.apiUrl}|${connection.owner}/${connection.repo}|${connection.branch}`;
}

/** A new job, waiting to be sent. */
export function newJob(input: MessageParts & { id: string; eventId: string; repoKey: string; files: readonly PublishFile[]; now: number }): PublishJob {
  const { id, eventId, repoKey, eventName, postTitles, photoCount, files, now } = input;
  return {
    id,
    eventId,
    repoKey,
    eventName,
    postTitles: [...postTitles],
    photoCount,
    createdAt: now,
    updatedAt: now,
    // A copy of exactly the file's bytes (a Uint8Array may view part of a larger buffer).
    files: files.map((f) => ({ path: f.path, bytes: f.bytes.slice().buffer })),
    paths: files.map((f) => f.path),
    bytes: files.reduce((sum, f) => sum + f.bytes.length, 0),
    state: 'waiting',
    mayHaveSent: false,
    attempts: 0,
    error: null,
    nextTryAt: null,
    conflicts: [],
    choices: {},
    commits: [],
    counts: null,
  };
}

/** The files of a stored job, as publishing takes them. */
export function jobFiles(job: Pick<PublishJob, 'files'>): PublishFile[] {
  return job.files.map((f) => ({ path: f.path, bytes: new Uint8Array(f.bytes) }));
}

/** Keeps CommitInfo's id and url (the message is on the host). */
export function commitLinks(commits: readonly CommitInfo[]): { id: string; url: string }[] {
  return commits.map(({ id, url }) => ({ id, url }));
}
