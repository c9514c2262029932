// Settings → Blog repository: connect, test, see what was found, disconnect.
import { useState } from 'preact/hooks';
import { hostName } from '../../publish/hosts';
import type { BlogConnection } from '../../publish/types';
import { getBlog, disconnectBlog, saveBlog, type ConnectedBlog } from '../../store/publishing/blog-store';
import { withDB } from '../../app/services';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Loaded } from '../shared/Loaded';
import { MessageLine, type Message } from '../shared/Notice';
import { errorMessage, useLoad } from '../shared/use-load';
import { BlogForm } from './BlogForm';
import { describeFound, testConnection } from './test-connection';

/** The Blog repository part of Settings. */
export function BlogSection() {
  const data = useLoad(() => withDB(getBlog), []);
  return (
    <section aria-labelledby="blog-title">
      <h2 id="blog-title">Blog repository</h2>
      <p class="hint">Publish posts and photos straight into your blog’s repository, as one commit: from the Export screen, or queued until you are online.</p>
      <Loaded data={data}>{(blog) => <Blog initial={blog ?? null} />}</Loaded>
    </section>
  );
}

function Blog({ initial }: { initial: ConnectedBlog | null }) {
  const [blog, setBlog] = useState(initial);
  const [editing, setEditing] = useState(!initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);

  // Saves first, so a phone that is offline now keeps the connection; the test follows.
  async function connect(connection: Omit<BlogConnection, 'siteFolder'>) {
    setBusy(true);
    setMessage(null);
    try {
      const result = await withDB((db) => saveBlog(db, connection));
      if (!result.ok) return setMessage({ text: Object.values(result.errors).join(' '), kind: 'error' });
      setBlog(result.record);
      setEditing(false);
      await test(result.record);
    } catch (error) {
      setMessage({ text: `The connection was not saved: ${errorMessage(error)}`, kind: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function test(current: ConnectedBlog) {
    setBusy(true);
    const result = await testConnection(current);
    setBusy(false);
    if (result.ok) setBlog(result.blog);
    setMessage(result.ok ? { text: describeFound(result.blog), kind: 'ok' } : { text: result.message, kind: 'error' });
  }

  async function disconnect() {
    setConfirming(false);
    try {
      await withDB(disconnectBlog);
      setBlog(null);
      setEditing(true);
      setMessage({ text: 'Disconnected: the token is deleted from this device.', kind: 'ok' });
    } catch (error) {
      setMessage({ text: `Could not disconnect: ${errorMessage(error)}`, kind: 'error' });
    }
  }

  const shown = <MessageLine message={message} />;
  if (editing || !blog) {
    return (
      <>
        <BlogForm current={blog} busy={busy} onConnect={(c) => void connect(c)} onCancel={blog ? () => setEditing(false) : undefined} />
        {shown}
      </>
    );
  }
  return (
    <>
      <p>
        Connected to <strong>{`${blog.owner}/${blog.repo}`}</strong> on {hostName(blog)}, branch <strong>{blog.branch}</strong>
        {blog.siteFolder ? `, site in ${blog.siteFolder}/` : ''}. Token: {blog.token.length >= 16 ? `saved, ending in “${blog.token.slice(-4)}”` : 'saved'}
      </p>
      {shown}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void test(blog)}>
          {busy ? 'Testing…' : 'Test connection'}
        </button>
        <button type="button" onClick={() => setEditing(true)}>
          Change connection
        </button>
        <button type="button" onClick={() => setConfirming(true)}>
          Disconnect
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title="Disconnect the blog?"
          message="The token is deleted from this device. Posts waiting to be published stay in the outbox: after you connect the same repository and branch again, press Retry on them."
          confirmLabel="Disconnect"
          onConfirm={() => void disconnect()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
