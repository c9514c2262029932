import { describe, expect, it } from 'vitest';
import { DEFAULT_PHOTO_SETTINGS } from '../../src/model/types';
import { lastBackupAt, markBackedUp, readEverything, restoreBackup } from '../../src/store/backup-store';
import { forgetBlogFolder, getBlogFolder, saveBlogFolder } from '../../src/store/folder-store';
import { getPhotoSettings, savePhotoSettings } from '../../src/store/settings-store';
import { freshDB, saved } from './helpers';

// Node has no FileSystemDirectoryHandle: a cloneable stand-in with the same kind and name does here.
const handle = (name: string) => ({ kind: 'directory', name }) as unknown as FileSystemDirectoryHandle;

describe('the blog folder', () => {
  it('is remembered, replaced and forgotten', async () => {
    const db = await freshDB();
    expect(await getBlogFolder(db)).toBeNull();
    await saveBlogFolder(db, handle('my-blog'));
    expect(await getBlogFolder(db)).toEqual({ handle: { kind: 'directory', name: 'my-blog' }, name: 'my-blog' });
    await saveBlogFolder(db, handle('other-blog'));
    expect((await getBlogFolder(db))?.name).toBe('other-blog');
    await forgetBlogFolder(db);
    expect(await getBlogFolder(db)).toBeNull();
  });

  it('lives beside the app settings without disturbing them', async () => {
    const db = await freshDB();
    await saveBlogFolder(db, handle('my-blog'));
    const photos = { maxEdge: 1024, quality: 0.9, keepOriginal: true };
    saved(await savePhotoSettings(db, photos));
    await markBackedUp(db, 42);
    expect(await getPhotoSettings(db)).toEqual(photos);
    expect(await lastBackupAt(db)).toBe(42);
    expect((await getBlogFolder(db))?.name).toBe('my-blog');
  });

  it('never goes into a backup, and a restore that replaces everything keeps it', async () => {
    const db = await freshDB();
    await saveBlogFolder(db, handle('my-blog'));
    await markBackedUp(db, 42);
    const everything = await readEverything(db);
    expect(everything.settings.map((s) => s.id)).toEqual(['app']);

    const backup = { ...everything, settings: [{ id: 'app' as const, photos: DEFAULT_PHOTO_SETTINGS, createdAt: 1, updatedAt: 7 }] };
    await restoreBackup(db, backup, 'replace');
    expect((await readEverything(db)).settings).toEqual(backup.settings);
    expect((await getBlogFolder(db))?.name).toBe('my-blog');
  });
});
