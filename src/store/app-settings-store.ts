// The app settings record ('app' in the settings store) has one owner: this module. It holds the
// photo settings and the last backup date, which different screens change; every change is a
// read-modify-write in one transaction that keeps what it does not change (two writers that each
// wrote their own fields once erased "Last backup" whenever photo settings were saved). No
// validation code here: the capture screen reads through this module and needs none of it.
import { appSettings, DEFAULT_PHOTO_SETTINGS, type AppSettingsRecord, type PhotoSettings, type SettingsRecord } from '../model/types';
import type { TalknotesDatabase } from './schema';

/** The record's key, for a caller that reads it inside its own transaction (then photoSettingsOf). */
export const APP_SETTINGS_ID = 'app';

/** The fields of the app settings a change may set; those left out stay as they are. */
export type AppSettingsChange = Partial<Pick<AppSettingsRecord, 'photos' | 'lastBackupAt'>>;

/** The photo settings in whatever the settings store holds under 'app' (defaults where none). */
export function photoSettingsOf(record: SettingsRecord | undefined): PhotoSettings {
  return { ...DEFAULT_PHOTO_SETTINGS, ...appSettings(record)?.photos };
}

/** The app settings as stored, or undefined when nothing was ever changed. */
export async function getAppSettings(db: TalknotesDatabase): Promise<AppSettingsRecord | undefined> {
  return appSettings(await db.get('settings', APP_SETTINGS_ID));
}

/** Applies `change` to the app settings, keeping every other field; resolves once committed. */
export async function updateAppSettings(db: TalknotesDatabase, change: AppSettingsChange, now = Date.now()): Promise<AppSettingsRecord> {
  const tx = db.transaction('settings', 'readwrite');
  const existing = appSettings(await tx.store.get(APP_SETTINGS_ID));
  const record: AppSettingsRecord = {
    photos: DEFAULT_PHOTO_SETTINGS,
    ...existing,
    ...change,
    id: APP_SETTINGS_ID,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await Promise.all([tx.store.put(record), tx.done]);
  return record;
}
