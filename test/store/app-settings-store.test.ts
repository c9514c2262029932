import { describe, expect, it } from 'vitest';
import { DEFAULT_PHOTO_SETTINGS } from '../../src/model/types';
import { lastBackupAt, markBackedUp } from '../../src/store/backup-store';
import { getBlogFolder, saveBlogFolder } from '../../src/store/folder-store';
import { getPhotoSettings, savePhotoSettings } from '../../src/store/settings-store';
import { freshDB, saved } from './helpers';

// Node has no FileSystemDirectoryHandle: a cloneable stand-in with the same kind and name does here.
const handle = (name: string) => ({ kind: 'directory', name }) as unknown as FileSystemDirectoryHandle;
const photos = { maxEdge: 1024, quality: 0.9, keepOriginal: true };

// The app settings record holds both the photo settings and the last backup date: each change must
// keep what it does not change, whichever comes first.
describe('the app settings record', () => {
  it.each<[string, readonly ('photos' | 'backup')[]]>([
    ['photo settings saved after a backup', ['backup', 'photos']],
    ['a backup after photo settings were saved', ['photos', 'backup']],
    ['photo settings saved twice around a backup', ['photos', 'backup', 'photos']],
  ])('keeps both the photo settings and the last backup date: %s', async (_, steps) => {
    const db = await freshDB();
    await saveBlogFolder(db, handle('my-blog'));
    const blogFolderBefore = await db.get('settings', 'blog-folder');
    for (const step of steps) {
      if (step === 'photos') saved(await savePhotoSettings(db, photos));
      else await markBackedUp(db, 42);
    }
    expect(await lastBackupAt(db)).toBe(42);
    expect(await getPhotoSettings(db)).toEqual(photos);
    expect(await db.get('settings', 'blog-folder')).toEqual(blogFolderBefore);
    expect((await getBlogFolder(db))?.name).toBe('my-blog');
  });

  it('keeps when it was first made', async () => {
    const db = await freshDB();
    await markBackedUp(db, 42);
    const created = (await db.get('settings', 'app'))?.createdAt;
    saved(await savePhotoSettings(db, photos));
    expect((await db.get('settings', 'app'))?.createdAt).toBe(created);
  });

  it('starts from the defaults and no backup', async () => {
    const db = await freshDB();
    expect(await getPhotoSettings(db)).toEqual(DEFAULT_PHOTO_SETTINGS);
    expect(await lastBackupAt(db)).toBeNull();
    await markBackedUp(db, 42);
    expect(await getPhotoSettings(db)).toEqual(DEFAULT_PHOTO_SETTINGS);
  });
});
