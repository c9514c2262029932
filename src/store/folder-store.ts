// The blog folder "Save into my blog folder" writes to, remembered so that next time it is one click.
// It lives in the settings store under its own id (handles are structured-cloneable) and stays on
// this device: backups leave it out (backup-store.ts).
import type { BlogFolderRecord } from '../model/types';
import type { TalknotesDatabase } from './schema';

const ID = 'blog-folder';

/** A remembered blog folder: its handle and its name. */
export interface BlogFolder {
  handle: FileSystemDirectoryHandle;
  name: string;
}

/** The remembered blog folder, or null when none was chosen on this device. */
export async function getBlogFolder(db: TalknotesDatabase): Promise<BlogFolder | null> {
  const record = await db.get('settings', ID);
  if (record?.id !== ID || !isDirectoryHandle(record.handle)) return null;
  return { handle: record.handle, name: record.name };
}

/** Remembers `handle` as the blog folder (replacing any other). */
export async function saveBlogFolder(db: TalknotesDatabase, handle: FileSystemDirectoryHandle): Promise<void> {
  const tx = db.transaction('settings', 'readwrite');
  const existing = await tx.store.get(ID);
  const now = Date.now();
  const record: BlogFolderRecord = { id: ID, handle, name: handle.name, createdAt: existing?.createdAt ?? now, updatedAt: now };
  await Promise.all([tx.store.put(record), tx.done]);
}

/** Forgets the blog folder (the folder itself is untouched). */
export async function forgetBlogFolder(db: TalknotesDatabase): Promise<void> {
  await db.delete('settings', ID);
}

// A handle read back from the database is checked by its kind, not instanceof: the store is also
// read where no File System API exists (tests in Node, browsers without it).
function isDirectoryHandle(value: unknown): value is FileSystemDirectoryHandle {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'directory';
}
