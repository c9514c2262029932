// The Export screen's publishing: what a publish would do (read from the branch), the outbox's
// jobs for the event kept up to date, and queueing a publish.
import { useEffect, useState } from 'preact/hooks';
import type { RepositoryFile } from '../../export/repository-files';
import { appOutbox } from '../../outbox/app-outbox';
import { browserPlatform } from '../../outbox/platform';
import { forgeFor } from '../../publish/forges';
import { newJob, repoKeyOf, type JobRecord, type MessageParts, type PublishCounts } from '../../publish/job';
import { previewPublish } from '../../publish/preview';
import type { ConnectedBlog } from '../../store/publishing/blog-store';
import { withDB } from '../../app/services';
import { listJobs, queueJob, removeJob } from '../../store/publishing/outbox-store';
import { readBaseline } from '../../store/publishing/published-store';
import { newId } from '../../store/results';
import { errorMessage, useLoad } from '../shared/use-load';

/** What the branch says a publish would do, or why it could not be read. */
export type Preview = { state: 'offline' } | { state: 'checking' } | { state: 'ready'; counts: PublishCounts } | { state: 'error'; message: string };

/** Reads the branch and plans the publish of `files`, again (after a pause) whenever they change. */
export function usePublishPreview(blog: ConnectedBlog, files: readonly RepositoryFile[], online: boolean, attempt: number): Preview {
  const [preview, setPreview] = useState<Preview>({ state: online ? 'checking' : 'offline' });
  useEffect(() => {
    if (!online) return setPreview({ state: 'offline' });
    let current = true;
    setPreview({ state: 'checking' });
    // Typing in the export settings changes the files at each key: read the branch once typing stops.
    const timer = setTimeout(() => {
      const platform = browserPlatform();
      withDB((db) =>
        readBaseline(
          db,
          repoKeyOf(blog),
          files.map((f) => f.path),
        ),
      )
        .then((baseline) => previewPublish({ files, baseline, choices: {} }, forgeFor(blog, platform), platform))
        .then(
          (plan) => current && setPreview({ state: 'ready', counts: plan.counts }),
          (error: unknown) => current && setPreview({ state: 'error', message: errorMessage(error) }),
        );
    }, 600);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [blog, files, online, attempt]);
  return preview;
}

/** The event's publish jobs, newest first, as the outbox changes them; `queued` and `removed` tell of this screen's own changes. */
export function useOutboxJobs(eventId: string): {
  jobs: JobRecord[];
  problem: string;
  queued: (job: JobRecord, replaced: string[]) => void;
  removed: (id: string) => void;
} {
  const loaded = useLoad(async () => (await withDB((db) => listJobs(db, eventId))).reverse(), [eventId]);
  const { update } = loaded;
  const [problem, setProblem] = useState('');
  useEffect(
    () =>
      appOutbox().subscribe((event) => {
        if (event.kind === 'error') setProblem(event.message);
        else if (event.job.eventId === eventId)
          update((list) => (list.some((j) => j.id === event.job.id) ? list.map((j) => (j.id === event.job.id ? event.job : j)) : [event.job, ...list]));
      }),
    [eventId, update],
  );
  return {
    jobs: loaded.state === 'ready' ? loaded.value : [],
    problem: loaded.state === 'error' ? `The outbox could not be read: ${loaded.message}` : problem,
    queued: (job, replaced) => update((list) => [job, ...list.filter((j) => j.id !== job.id && !replaced.includes(j.id))]),
    removed: (id) => update((list) => list.filter((j) => j.id !== id)),
  };
}

/**
 * Puts a publish into the outbox (replacing one of the event still waiting there) and starts
 * sending; offline it waits there. Resolves with the job as stored and the ids it replaced.
 */
export async function queuePublish(
  blog: ConnectedBlog,
  eventId: string,
  parts: MessageParts,
  files: readonly RepositoryFile[],
): Promise<{ job: JobRecord; replaced: string[] }> {
  const { files: stored, ...job } = newJob({ ...parts, id: newId(), eventId, repoKey: repoKeyOf(blog), files, now: Date.now() });
  const replaced = await withDB((db) => queueJob(db, { ...job, files: stored }));
  // A failure to send is the job's own state, shown in the list; nothing to catch here.
  void appOutbox()
    .sendNow()
    .catch(() => undefined);
  return { job, replaced };
}

/** Removes a published or failed job from the list. */
export function forgetJob(id: string): Promise<boolean> {
  return withDB((db) => removeJob(db, id));
}
