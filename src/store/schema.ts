// The one IndexedDB schema of Talknotes. Add a version step to `upgrade` for every change;
// never edit a step that has shipped.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ExportSettingsRecord } from '../model/export-settings';
import type { BlogFound } from '../publish/recognise-blog';
import type { DraftRecord, EventRecord, NoteRecord, PhotoRecord, SettingsRecord, Stamps, TalkRecord } from '../model/types';
import type { JobRecord, PublishedFile } from '../publish/job';
import type { BlogConnection } from '../publish/types';

/** Database name used by the app; tests pass their own. */
export const DB_NAME = 'talknotes';

/** Current schema version: bump it together with a new step in `upgrade`. */
export const DB_VERSION = 7;

/** The connected blog repository, the one record of store "blog" (its token never leaves the device). */
export interface BlogRecord extends BlogConnection, Stamps {
  id: 'blog';
  /** What Test connection last found on the branch (null: not tested since connecting). */
  found?: BlogFound | null;
}

/** One file's bytes of an outbox job, kept apart from the job so that state changes stay cheap. */
export interface JobFileRecord extends Stamps {
  jobId: string;
  path: string;
  bytes: ArrayBuffer;
}

/** What we last settled with a repository at one path (see publish/plan.ts). */
export interface PublishedRecord extends PublishedFile, Stamps {
  repoKey: string;
}

/** Typed layout of every object store and index. */
export interface TalknotesDB extends DBSchema {
  events: {
    key: string;
    value: EventRecord;
  };
  talks: {
    key: string;
    value: TalkRecord;
    indexes: { 'by-event': string };
  };
  notes: {
    key: string;
    value: NoteRecord;
    indexes: { 'by-event': string };
  };
  exportSettings: {
    key: string;
    value: ExportSettingsRecord;
  };
  photos: {
    key: string;
    value: PhotoRecord;
    indexes: { 'by-talk': string; 'by-event': string };
  };
  settings: {
    key: string;
    value: SettingsRecord;
  };
  drafts: {
    key: [string, string]; // [talkId, tab]
    value: DraftRecord;
  };
  blog: {
    key: string;
    value: BlogRecord;
  };
  outbox: {
    key: string;
    value: JobRecord;
    indexes: { 'by-event': string };
  };
  outboxFiles: {
    key: [string, string]; // [jobId, path]
    value: JobFileRecord;
  };
  published: {
    key: [string, string]; // [repoKey, path]
    value: PublishedRecord;
  };
}

/** An open Talknotes database. */
export type TalknotesDatabase = IDBPDatabase<TalknotesDB>;

/** Brings a database from `oldVersion` up to DB_VERSION, one step at a time. */
export async function upgrade(
  db: TalknotesDatabase,
  oldVersion: number,
  _newVersion: number | null,
  tx: IDBPTransaction<TalknotesDB, StoreNames<TalknotesDB>[], 'versionchange'>,
): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore('events', { keyPath: 'id' });
    const talks = db.createObjectStore('talks', { keyPath: 'id' });
    talks.createIndex('by-event', 'eventId');
    const notes = db.createObjectStore('notes', { keyPath: 'talkId' });
    notes.createIndex('by-event', 'eventId');
  }
  if (oldVersion < 2) {
    // Version 2: export settings per event, and a time zone on every event ("" = the device's).
    db.createObjectStore('exportSettings', { keyPath: 'eventId' });
    if (oldVersion >= 1) {
      for (let cursor = await tx.objectStore('events').openCursor(); cursor; cursor = await cursor.continue()) {
        // Version-1 records have no timeZone, whatever the type says.
        if (typeof cursor.value.timeZone !== 'string') await cursor.update({ ...cursor.value, timeZone: '' });
      }
    }
  }
  if (oldVersion < 3) {
    // Version 3: slide photos in their own store (never inside talk records), and app settings.
    const photos = db.createObjectStore('photos', { keyPath: 'id' });
    photos.createIndex('by-talk', 'talkId');
    photos.createIndex('by-event', 'eventId');
    db.createObjectStore('settings', { keyPath: 'id' });
  }
  if (oldVersion < 4 && oldVersion >= 1) {
    // Version 4: tags on events and talks (for export front matter and search).
    for (const name of ['events', 'talks'] as const) {
      for (let cursor = await tx.objectStore(name).openCursor(); cursor; cursor = await cursor.continue()) {
        if (!Array.isArray(cursor.value.tags)) await cursor.update({ ...cursor.value, tags: [] });
      }
    }
  }
  if (oldVersion < 5 && oldVersion >= 3) {
    // Version 5: every photo has its number in its talk (photos from before numbers get them in
    // the order they were taken), and export settings say whether private items are published.
    const next = new Map<string, number>();
    const photos = await tx.objectStore('photos').getAll();
    for (const photo of photos.sort((a, b) => a.createdAt - b.createdAt)) {
      const used = Math.max(next.get(photo.talkId) ?? 0, typeof photo.number === 'number' ? photo.number : 0);
      const number = typeof photo.number === 'number' ? photo.number : used + 1;
      next.set(photo.talkId, Math.max(used, number));
      if (photo.number !== number) await tx.objectStore('photos').put({ ...photo, number });
    }
    for (let cursor = await tx.objectStore('exportSettings').openCursor(); cursor; cursor = await cursor.continue()) {
      if (typeof cursor.value.includePrivate !== 'boolean') await cursor.update({ ...cursor.value, includePrivate: false });
    }
  }
  if (oldVersion < 6) {
    // Version 6: drafts, written when the page is hidden or closed (see draft-store.ts).
    db.createObjectStore('drafts', { keyPath: ['talkId', 'tab'] });
  }
  if (oldVersion < 7) {
    // Version 7: publishing. The blog connection (with its token: never in backups), the outbox
    // of publish jobs and their files, and what was last published per repository and path.
    db.createObjectStore('blog', { keyPath: 'id' });
    db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-event', 'eventId');
    db.createObjectStore('outboxFiles', { keyPath: ['jobId', 'path'] });
    db.createObjectStore('published', { keyPath: ['repoKey', 'path'] });
  }
}
