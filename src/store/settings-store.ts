// App-wide settings (photo size and quality), one record.
import { appSettings, DEFAULT_PHOTO_SETTINGS, type PhotoSettings } from '../model/types';
import { validatePhotoSettings } from '../model/validate';
import type { SaveResult } from './results';
import type { TalknotesDatabase } from './schema';

/** The photo settings, or the defaults when never changed. */
export async function getPhotoSettings(db: TalknotesDatabase): Promise<PhotoSettings> {
  const stored = appSettings(await db.get('settings', 'app'));
  return { ...DEFAULT_PHOTO_SETTINGS, ...stored?.photos };
}

/** Checks and stores the photo settings; resolves once committed. */
export async function savePhotoSettings(
  db: TalknotesDatabase,
  input: PhotoSettings,
): Promise<SaveResult<PhotoSettings, PhotoSettings>> {
  const checked = validatePhotoSettings(input);
  if (!checked.ok) return checked;
  const photos = checked.value;
  const tx = db.transaction('settings', 'readwrite');
  const existing = await tx.store.get('app');
  const now = Date.now();
  await Promise.all([tx.store.put({ id: 'app', photos, createdAt: existing?.createdAt ?? now, updatedAt: now }), tx.done]);
  return { ok: true, record: photos };
}
