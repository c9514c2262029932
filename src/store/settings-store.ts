// The photo settings (size and quality), checked before they are kept in the app settings record.
import type { PhotoSettings } from '../model/types';
import { validatePhotoSettings } from '../model/validate';
import { getAppSettings, photoSettingsOf, updateAppSettings } from './app-settings-store';
import type { SaveResult } from './results';
import type { TalknotesDatabase } from './schema';

/** The photo settings, or the defaults when never changed. */
export async function getPhotoSettings(db: TalknotesDatabase): Promise<PhotoSettings> {
  return photoSettingsOf(await getAppSettings(db));
}

/** Checks and stores the photo settings; resolves once committed. */
export async function savePhotoSettings(db: TalknotesDatabase, input: PhotoSettings): Promise<SaveResult<PhotoSettings, PhotoSettings>> {
  const checked = validatePhotoSettings(input);
  if (!checked.ok) return checked;
  await updateAppSettings(db, { photos: checked.value });
  return { ok: true, record: checked.value };
}
