// Publish on the Export screen: what the commit will do, then one commit into the blog repository,
// or queued in the outbox until the device is online.
import { useMemo, useState } from 'preact/hooks';
import { repositoryFiles } from '../../export/repository-files';
import type { ExportResult } from '../../export/types';
import type { ExportSettings } from '../../model/export-settings';
import { hostName } from '../../publish/hosts';
import { getBlog, type ConnectedBlog } from '../../store/publishing/blog-store';
import { withDB } from '../../app/services';
import { Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { ErrorNotice } from '../shared/Notice';
import { errorMessage, useLoad } from '../shared/use-load';
import { useOnline } from '../shared/use-online';
import { OutboxList } from './OutboxList';
import { forgetJob, queuePublish, useOutboxJobs, usePublishPreview, type Preview } from './use-publish';

type Props = { eventId: string; eventName: string; result: ExportResult; settings: ExportSettings; onChange: (patch: Partial<ExportSettings>) => void };

/** The Publish part of the Export screen. */
export function PublishSection(props: Props) {
  const data = useLoad(() => withDB(getBlog), []);
  return (
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">Publish to your blog</h2>
      <Loaded data={data}>
        {(blog) =>
          blog ? (
            <Publisher blog={blog} {...props} />
          ) : (
            <p>
              Publish posts and photos straight into your blog’s repository, as one commit: connect it in <Link to="/settings">Settings → Blog repository</Link>
              .
            </p>
          )
        }
      </Loaded>
    </section>
  );
}

function previewText(preview: Preview): string {
  if (preview.state === 'offline') return 'You are offline: publishing puts the commit in the outbox, and it is sent when the device is online.';
  if (preview.state === 'checking') return 'Reading the branch…';
  if (preview.state === 'error') return `The branch could not be read: ${preview.message}`;
  const c = preview.counts;
  const asks =
    c.conflicts > 0 ? ` ${c.conflicts} ${c.conflicts === 1 ? 'file was' : 'files were'} changed in the repository too: you will be asked what to do.` : '';
  return `The commit will hold ${c.new} new and ${c.changed} changed ${c.new + c.changed === 1 ? 'file' : 'files'}; ${c.unchanged} unchanged. Nothing is deleted.${asks}`;
}

function Publisher({ blog, eventId, eventName, result, settings, onChange }: Props & { blog: ConnectedBlog }) {
  const online = useOnline();
  const [attempt, setAttempt] = useState(0);
  const files = useMemo(() => repositoryFiles(result.files, result.assets, blog.siteFolder), [result, blog.siteFolder]);
  const outbox = useOutboxJobs(eventId);
  // Read the branch again on Retry and whenever a publish lands: the counts shown were made before it.
  const landed = outbox.jobs.filter((j) => j.state === 'published').length;
  const preview = usePublishPreview(blog, files, online, attempt + landed);
  const [problem, setProblem] = useState('');
  const [queueing, setQueueing] = useState(false);
  const blogTarget = blog.found?.target;

  const publish = () => {
    setProblem('');
    setQueueing(true);
    const parts = { eventName, postTitles: result.posts.map((p) => p.title), photoCount: result.assets.length };
    queuePublish(blog, eventId, parts, files)
      .then(
        ({ job, replaced }) => outbox.queued(job, replaced),
        (error: unknown) => setProblem(`The publish was not queued: ${errorMessage(error)}`),
      )
      .finally(() => setQueueing(false));
  };
  const remove = (id: string) =>
    void forgetJob(id).then(
      () => outbox.removed(id),
      (error: unknown) => setProblem(`Could not remove it: ${errorMessage(error)}`),
    );

  return (
    <>
      <p>
        Into <strong>{`${blog.owner}/${blog.repo}`}</strong>, branch <strong>{blog.branch}</strong> on {hostName(blog)}
        {blog.siteFolder ? `, in ${blog.siteFolder}/` : ''}. <Link to="/settings">Change</Link>
      </p>
      {blogTarget && blogTarget !== settings.target && (
        <div class="notice" role="note">
          <p>{`Your blog is built with ${blogTarget === 'hugo' ? 'Hugo' : 'Jekyll'}, but these posts are set up for ${settings.target === 'hugo' ? 'Hugo' : 'Jekyll'}.`}</p>
          <button type="button" onClick={() => onChange({ target: blogTarget, ...(blog.found?.hugoLayout ? { hugoLayout: blog.found.hugoLayout } : {}) })}>
            {`Use ${blogTarget === 'hugo' ? 'Hugo' : 'Jekyll'}`}
          </button>
        </div>
      )}
      {preview.state === 'error' ? (
        <ErrorNotice onRetry={() => setAttempt((n) => n + 1)}>{previewText(preview)}</ErrorNotice>
      ) : (
        <p role="status">{previewText(preview)}</p>
      )}
      {problem && <ErrorNotice>{problem}</ErrorNotice>}
      {outbox.problem && <ErrorNotice>{outbox.problem}</ErrorNotice>}
      <div class="actions">
        <button type="button" class="primary" onClick={publish} disabled={files.length === 0 || queueing}>
          Publish
        </button>
      </div>
      <OutboxList jobs={outbox.jobs} online={online} onRemove={remove} />
    </>
  );
}
