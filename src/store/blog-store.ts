// The connected blog repository: one record, the only place the access token is kept.
import { validateConnection } from '../publish/connection';
import type { BlogConnection } from '../publish/types';
import type { SaveResult } from './results';
import type { TalknotesDatabase } from './schema';

const KEY = 'blog';

/** The connection, or null when no blog is connected. */
export async function getBlog(db: TalknotesDatabase): Promise<BlogConnection | null> {
  const record = await db.get('blog', KEY);
  if (!record) return null;
  const { id: _id, createdAt: _c, updatedAt: _u, ...connection } = record;
  return connection;
}

/** Checks and stores the connection; resolves once committed. */
export async function saveBlog(db: TalknotesDatabase, input: BlogConnection): Promise<SaveResult<BlogConnection, BlogConnection>> {
  const checked = validateConnection(input);
  if (!checked.ok) return checked;
  const tx = db.transaction('blog', 'readwrite');
  const existing = await tx.store.get(KEY);
  const now = Date.now();
  await Promise.all([tx.store.put({ ...checked.value, id: KEY, createdAt: existing?.createdAt ?? now, updatedAt: now }), tx.done]);
  return { ok: true, record: checked.value };
}

/** Disconnects: deletes the record, token and all. */
export async function disconnectBlog(db: TalknotesDatabase): Promise<void> {
  const tx = db.transaction('blog', 'readwrite');
  await Promise.all([tx.store.delete(KEY), tx.done]);
}
