// The event's publishes in the outbox: where each stands, with what the person can do about it.
import type { Choice, JobRecord } from '../../publish/job';
import { appOutbox } from '../../outbox/app-outbox';
import { ExternalLink } from '../shared/Link';
import { ErrorNotice } from '../shared/Notice';

const CHOICES: { choice: Choice; label: string }[] = [
  { choice: 'overwrite', label: 'Overwrite with mine' },
  { choice: 'keep-theirs', label: 'Keep theirs' },
  { choice: 'skip', label: 'Skip this time' },
];

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function stateText(job: JobRecord, online: boolean): string {
  switch (job.state) {
    case 'waiting':
      if (job.nextTryAt) return `Waiting: the next try is at ${new Date(job.nextTryAt).toLocaleTimeString(undefined, { timeStyle: 'short' })}.`;
      return online ? 'Waiting to be sent.' : 'Waiting for a network: it is sent when the device is online.';
    case 'sending':
      return 'Sending…';
    case 'needs-choice':
      return 'Waiting for you: these files were changed in the repository.';
    case 'published': {
      const c = job.counts;
      return c ? `Published: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged.` : 'Published.';
    }
    case 'failed':
      return 'Not published.';
  }
}

/** One line per publish job of the event, newest first. */
export function OutboxList({ jobs, online, onRemove }: { jobs: JobRecord[]; online: boolean; onRemove: (id: string) => void }) {
  const outbox = appOutbox();
  const act = (work: Promise<void>) => void work.catch(() => undefined); // the job's state shows what happened
  if (jobs.length === 0) return null;
  return (
    // One polite live region: a change of state is read out once, not by every line at once.
    <ul class="outbox" aria-label="Publishes" aria-live="polite">
      {jobs.map((job) => (
        <li key={job.id}>
          <p>
            <strong>{when(job.createdAt)}</strong> · {job.postTitles.length} {job.postTitles.length === 1 ? 'post' : 'posts'}, {job.photoCount}{' '}
            {job.photoCount === 1 ? 'photo' : 'photos'} · <span>{stateText(job, online)}</span>
          </p>
          {job.error && job.state !== 'published' && (job.state === 'failed' ? <ErrorNotice>{job.error}</ErrorNotice> : <p class="hint">{job.error}</p>)}
          {job.state === 'needs-choice' &&
            job.conflicts.map((conflict) => (
              <fieldset key={conflict.path}>
                <legend>
                  {conflict.path}:{' '}
                  {conflict.reason === 'edited-since' ? 'edited in the repository since you published it' : 'already in the repository, not from Talknotes'}
                </legend>
                {CHOICES.map(({ choice, label }) => (
                  <button
                    key={choice}
                    type="button"
                    aria-pressed={job.choices[conflict.path] === choice}
                    onClick={() => act(outbox.choose(job.id, conflict.path, choice))}
                  >
                    {label}
                  </button>
                ))}
              </fieldset>
            ))}
          {job.commits.map((commit, i) => (
            <ExternalLink key={commit.id} href={commit.url}>
              {job.commits.length > 1 ? `Open commit ${i + 1}` : 'Open the commit'}
            </ExternalLink>
          ))}
          <div class="actions">
            {(job.state === 'failed' || job.state === 'waiting') && (
              <button type="button" onClick={() => act(outbox.retry(job.id))}>
                {job.state === 'failed' ? 'Retry' : 'Send now'}
              </button>
            )}
            {(job.state === 'failed' || job.state === 'published') && (
              <button type="button" onClick={() => onRemove(job.id)}>
                Remove from the list
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
