// The connected blog repository: one record, the only place the access token is kept.
import { validateConnection } from '../../publish/connection';
import { repoKeyOf } from '../../publish/job';
import type { BlogFound } from '../../publish/recognise-blog';
import type { BlogConnection } from '../../publish/types';
import { MissingRecordError, type SaveResult } from '../results';
import type { BlogRecord, TalknotesDatabase } from '../schema';

const KEY = 'blog';

/** A connection with what Test connection last found on its branch. */
export interface ConnectedBlog extends BlogConnection {
  found: BlogFound | null;
}

function connectedOf(record: BlogRecord): ConnectedBlog {
  const { id: _id, createdAt: _c, updatedAt: _u, found = null, ...connection } = record;
  return { ...connection, found };
}

/** The connection, or null when no blog is connected. */
export async function getBlog(db: TalknotesDatabase): Promise<ConnectedBlog | null> {
  const record = await db.get('blog', KEY);
  return record ? connectedOf(record) : null;
}

/**
 * Checks and stores the connection; resolves once committed. What was found, and the site folder
 * when none is given, stay while it is the same repository and branch: another one starts at its
 * root until Test connection finds where its site is (an old "docs" would put posts in the wrong place).
 */
export async function saveBlog(
  db: TalknotesDatabase,
  input: Omit<BlogConnection, 'siteFolder'> & { siteFolder?: string },
): Promise<SaveResult<ConnectedBlog, BlogConnection>> {
  const checked = validateConnection({ ...input, siteFolder: input.siteFolder ?? '' });
  if (!checked.ok) return checked;
  const tx = db.transaction('blog', 'readwrite');
  const existing = await tx.store.get(KEY);
  const now = Date.now();
  const same = existing !== undefined && repoKeyOf(existing) === repoKeyOf(checked.value);
  const found = same ? (existing.found ?? null) : null;
  const siteFolder = same && input.siteFolder === undefined ? existing.siteFolder : checked.value.siteFolder;
  const record: BlogRecord = { ...checked.value, siteFolder, found, id: KEY, createdAt: existing?.createdAt ?? now, updatedAt: now };
  await Promise.all([tx.store.put(record), tx.done]);
  return { ok: true, record: connectedOf(record) };
}

/** Stores what Test connection found, and the site folder it found the blog in; resolves once committed. */
export async function saveBlogFound(db: TalknotesDatabase, found: BlogFound): Promise<ConnectedBlog> {
  const tx = db.transaction('blog', 'readwrite');
  const existing = await tx.store.get(KEY);
  if (!existing) {
    await tx.done;
    throw new MissingRecordError('The blog was disconnected meanwhile (perhaps in another tab).');
  }
  const record: BlogRecord = { ...existing, found, siteFolder: found.siteFolder, updatedAt: Date.now() };
  await Promise.all([tx.store.put(record), tx.done]);
  return connectedOf(record);
}

/** Disconnects: deletes the record, token and all. */
export async function disconnectBlog(db: TalknotesDatabase): Promise<void> {
  const tx = db.transaction('blog', 'readwrite');
  await Promise.all([tx.store.delete(KEY), tx.done]);
}
