// The outbox: publish jobs waiting, sending or done, with their files. A job leaves only when the
// person removes it once published or failed, so the queue survives restarts, failures and tabs.
import type { JobRecord, PublishJob, PublishedFile } from '../../publish/job';
import { supersedes } from '../../publish/job-state';
import { baselineRecords } from './published-store';
import { allOrNothing, MissingRecordError, tracked } from '../results';
import type { TalknotesDatabase } from '../schema';

// Every file of one job: keys [jobId, path], and [jobId] sorts before them all, [jobId, []] after.
const filesOf = (jobId: string) => IDBKeyRange.bound([jobId], [jobId, []]);

/** Stores a new job and its files in one transaction; resolves once committed. */
export async function addJob(db: TalknotesDatabase, job: PublishJob): Promise<void> {
  const { files, ...record } = job;
  const tx = db.transaction(['outbox', 'outboxFiles'], 'readwrite');
  await allOrNothing(tx, () =>
    Promise.all([
      tracked(tx.objectStore('outbox').add(record)),
      ...files.map((f) =>
        tracked(tx.objectStore('outboxFiles').add({ jobId: job.id, path: f.path, bytes: f.bytes, createdAt: job.createdAt, updatedAt: job.createdAt })),
      ),
    ]),
  );
}

/**
 * Queues a new job: stores it with its files and, in the same transaction, removes the jobs of the
 * same event and repository it supersedes (still waiting, nothing sent). Resolves with their ids.
 */
export async function queueJob(db: TalknotesDatabase, job: PublishJob): Promise<string[]> {
  const { files, ...record } = job;
  const tx = db.transaction(['outbox', 'outboxFiles'], 'readwrite');
  return allOrNothing(tx, async () => {
    const outbox = tx.objectStore('outbox');
    const replaced = (await outbox.index('by-event').getAll(job.eventId)).filter((older) => supersedes(job, older)).map((older) => older.id);
    await Promise.all([
      ...replaced.flatMap((id) => [tracked(outbox.delete(id)), tracked(tx.objectStore('outboxFiles').delete(filesOf(id)))]),
      tracked(outbox.add(record)),
      ...files.map((f) =>
        tracked(tx.objectStore('outboxFiles').add({ jobId: job.id, path: f.path, bytes: f.bytes, createdAt: job.createdAt, updatedAt: job.createdAt })),
      ),
    ]);
    return replaced;
  });
}

/** The jobs (without their files), oldest first; of one event when given. */
export async function listJobs(db: TalknotesDatabase, eventId?: string): Promise<JobRecord[]> {
  const jobs = eventId === undefined ? await db.getAll('outbox') : await db.getAllFromIndex('outbox', 'by-event', eventId);
  return jobs.sort((a, b) => a.createdAt - b.createdAt);
}

/** One job with its files (in the job's order), or undefined. */
export async function getJob(db: TalknotesDatabase, id: string): Promise<PublishJob | undefined> {
  const tx = db.transaction(['outbox', 'outboxFiles']);
  const [record, files] = await Promise.all([tx.objectStore('outbox').get(id), tx.objectStore('outboxFiles').getAll(filesOf(id))]);
  await tx.done;
  if (!record) return undefined;
  const byPath = new Map(files.map((f) => [f.path, f.bytes]));
  const missing = record.paths.filter((path) => !byPath.has(path));
  if (missing.length > 0) throw new MissingRecordError(`The outbox lost files of a publish: ${missing.join(', ')}.`);
  return { ...record, files: record.paths.map((path) => ({ path, bytes: byPath.get(path)! })) };
}

/**
 * Changes a job as `change` decides from its stored state (a pure function: nothing else is awaited
 * inside the transaction), and with it, when given, writes the repository's new baseline: both land
 * or neither. Resolves with the job as committed; MissingRecordError when it is gone.
 */
export async function updateJob(
  db: TalknotesDatabase,
  id: string,
  change: (job: JobRecord) => Partial<Omit<JobRecord, 'id'>>,
  baseline?: { repoKey: string; files: readonly PublishedFile[] },
): Promise<JobRecord> {
  const tx = db.transaction(['outbox', 'published'], 'readwrite');
  return allOrNothing(tx, async () => {
    const job = await tx.objectStore('outbox').get(id);
    if (!job) throw new MissingRecordError('This publish is no longer in the outbox.');
    const now = Date.now();
    const next: JobRecord = { ...job, ...change(job), id, updatedAt: now };
    const writes: Promise<unknown>[] = [tracked(tx.objectStore('outbox').put(next))];
    if (baseline) {
      const published = tx.objectStore('published');
      const existing = await Promise.all(baseline.files.map((f) => published.get([baseline.repoKey, f.path])));
      for (const record of baselineRecords(baseline.repoKey, baseline.files, existing, now)) writes.push(tracked(published.put(record)));
    }
    await Promise.all(writes);
    return next;
  });
}

/** Removes a published or failed job and its files; false (and nothing removed) for any other. */
export async function removeJob(db: TalknotesDatabase, id: string): Promise<boolean> {
  const tx = db.transaction(['outbox', 'outboxFiles'], 'readwrite');
  return allOrNothing(tx, async () => {
    const job = await tx.objectStore('outbox').get(id);
    if (!job || (job.state !== 'published' && job.state !== 'failed')) return false;
    await Promise.all([tracked(tx.objectStore('outbox').delete(id)), tracked(tx.objectStore('outboxFiles').delete(filesOf(id)))]);
    return true;
  });
}
