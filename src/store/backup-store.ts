// Everything in, everything out: reading all records for a backup, and restoring one in a single
// transaction, so a restore either lands whole or leaves the database exactly as it was.
import type { BackupData } from '../backup/backup';
import { appSettings, type PhotoRecord } from '../model/types';
import { getAppSettings, updateAppSettings } from './app-settings-store';
import { newRevision } from './revision';
import { allOrNothing, tracked } from './results';
import type { TalknotesDatabase } from './schema';

const STORES = ['events', 'talks', 'notes', 'photos', 'exportSettings', 'settings'] as const;

/**
 * Every record, read in one transaction (a consistent picture even while another tab writes), but
 * those that belong to this device (the blog folder's handle cannot go into a file anyway).
 */
export async function readEverything(db: TalknotesDatabase): Promise<BackupData> {
  const tx = db.transaction([...STORES]);
  const [events, talks, notes, photos, exportSettings, settings] = await Promise.all([
    tx.objectStore('events').getAll(),
    tx.objectStore('talks').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('photos').getAll(),
    tx.objectStore('exportSettings').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
  await tx.done;
  return { events, talks, notes, photos, exportSettings, settings: settings.flatMap((s) => appSettings(s) ?? []) };
}

/** What a restore did. */
export interface RestoreCounts {
  added: number;
  updated: number;
  kept: number;
}

/**
 * Restores a checked backup. "merge": each record is added, or replaces the stored one only when
 * the backup's is newer (updatedAt); nothing is deleted. "replace": the database becomes exactly
 * the backup. One transaction either way.
 */
export async function restoreBackup(db: TalknotesDatabase, data: BackupData, mode: 'merge' | 'replace'): Promise<RestoreCounts> {
  const tx = db.transaction([...STORES, 'drafts'], 'readwrite');
  return allOrNothing(tx, async () => {
    const counts: RestoreCounts = { added: 0, updated: 0, kept: 0 };
    // Replacing, drafts go too: one left from before would be merged into the restored notes. What
    // belongs to this device and never goes into a backup (the blog folder) stays.
    if (mode === 'replace') {
      const deviceOnly = (await tx.objectStore('settings').getAll()).filter((s) => !appSettings(s));
      await Promise.all([...STORES, 'drafts' as const].map((name) => tx.objectStore(name).clear()));
      await Promise.all(deviceOnly.map((record) => tracked(tx.objectStore('settings').put(record))));
    }
    const writes: Promise<unknown>[] = [];
    // Merging photos from another device: a number already taken in the talk here moves to the
    // next free one, so two photos never share a file name in exports.
    const renumbered = async (photos: readonly PhotoRecord[]): Promise<PhotoRecord[]> => {
      if (mode === 'replace') return [...photos];
      const store = tx.objectStore('photos');
      const taken = new Map<string, Set<number>>();
      const result: PhotoRecord[] = [];
      for (const photo of photos) {
        if (!taken.has(photo.talkId)) {
          const here = await store.index('by-talk').getAll(photo.talkId);
          taken.set(photo.talkId, new Set(here.filter((p) => p.id !== photo.id).map((p) => p.number)));
        }
        const used = taken.get(photo.talkId) ?? new Set<number>();
        const number = used.has(photo.number) ? Math.max(0, ...used) + 1 : photo.number;
        used.add(number);
        result.push({ ...photo, number });
      }
      return result;
    };
    // One generic step for every store: the records carry their own keys.
    const put = async <S extends (typeof STORES)[number]>(name: S, records: readonly { updatedAt: number }[], keyOf: (r: never) => string) => {
      const store = tx.objectStore(name);
      for (const record of records) {
        const existing = mode === 'merge' ? ((await store.get(keyOf(record as never))) as { updatedAt: number } | undefined) : undefined;
        if (existing && existing.updatedAt >= record.updatedAt) {
          counts.kept++;
          continue;
        }
        if (existing) counts.updated++;
        else counts.added++;
        writes.push(tracked(store.put(record as never)));
      }
    };
    await put('events', data.events, (r: { id: string }) => r.id);
    await put('talks', data.talks, (r: { id: string }) => r.id);
    // Restored notes get a fresh revision: an editor open on the talk must not take them for its own.
    await put(
      'notes',
      data.notes.map((n) => ({ ...n, revision: newRevision() })),
      (r: { talkId: string }) => r.talkId,
    );
    await put('photos', await renumbered(data.photos), (r: { id: string }) => r.id);
    await put('exportSettings', data.exportSettings, (r: { eventId: string }) => r.eventId);
    await put('settings', data.settings, (r: { id: string }) => r.id);
    await Promise.all(writes);
    return counts;
  });
}

/** Remembers when everything was last backed up (shown in Settings, and for the backup nudge). */
export async function markBackedUp(db: TalknotesDatabase, at: number): Promise<void> {
  await updateAppSettings(db, { lastBackupAt: at }, at);
}

/** When everything was last backed up, or null. */
export async function lastBackupAt(db: TalknotesDatabase): Promise<number | null> {
  return (await getAppSettings(db))?.lastBackupAt ?? null;
}
