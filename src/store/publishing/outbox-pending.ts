// Whether the outbox has work, read at every start: kept apart from outbox-store, so that the first
// load carries this one read and none of the publishing code.
import type { TalknotesDatabase } from '../schema';

/** True when some job waits to be sent (or was being sent when the app closed). */
export async function hasUnsentJobs(db: TalknotesDatabase): Promise<boolean> {
  const jobs = await db.getAll('outbox');
  return jobs.some((job) => job.state === 'waiting' || job.state === 'sending');
}
