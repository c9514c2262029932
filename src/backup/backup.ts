// Making and reading backup files. Reading checks everything (zip entry names, sizes declared and
// held, checksums, the JSON against its schema, and that every record's parent is there) before
// returning a single record.
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import * as v from 'valibot';
import type { ExportSettingsRecord } from '../model/export-settings';
import type { AppSettingsRecord, EventRecord, NoteRecord, PhotoRecord, TalkRecord } from '../model/types';
import { BACKUP_FORMAT, BACKUP_JSON, BACKUP_VERSION, BackupSchema, type BackupJson } from './backup-format';
import { unpackBackupZip } from './backup-zip';
import { errorMessage } from '../model/errors';

/** Every record of the database, as a backup holds it. */
export interface BackupData {
  events: EventRecord[];
  talks: TalkRecord[];
  notes: NoteRecord[];
  photos: PhotoRecord[];
  exportSettings: ExportSettingsRecord[];
  settings: AppSettingsRecord[];
}

/** A backup read and checked, or what is wrong with the file. */
export type ReadBackup = { ok: true; data: BackupData; createdAt: number } | { ok: false; error: string };

/** Largest backup file accepted (the limits on what is inside are in backup-zip.ts). */
export const MAX_BACKUP_BYTES = 1_000_000_000;

/** A zip of everything: the records as JSON, each photo's bytes as its own entry. */
export function makeBackup(data: BackupData, now: number): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  const json: BackupJson = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now,
    events: data.events,
    talks: data.talks,
    notes: data.notes,
    photos: data.photos.map(({ bytes, original, ...photo }) => {
      entries[`photos/${photo.id}`] = [new Uint8Array(bytes), { level: 0 }];
      if (original) entries[`photos/${photo.id}.original`] = [new Uint8Array(original.bytes), { level: 0 }];
      return {
        ...photo,
        // Photos are stored re-encoded (JPEG), so their type is always one the format knows.
        type: photo.type as BackupJson['photos'][number]['type'],
        file: `photos/${photo.id}`,
        original: original && { type: original.type, name: original.name, file: `photos/${photo.id}.original` },
      };
    }),
    exportSettings: data.exportSettings,
    settings: data.settings,
  };
  entries[BACKUP_JSON] = strToU8(JSON.stringify(json));
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

/** Reads and checks a backup file; nothing of a bad file is returned. */
export function readBackup(bytes: Uint8Array): ReadBackup {
  if (bytes.length > MAX_BACKUP_BYTES) return { ok: false, error: `The file is ${Math.round(bytes.length / 1e6)} MB; a backup can be at most 1000 MB.` };
  const unpacked = unpackBackupZip(bytes, (name) => name === BACKUP_JSON || name.startsWith('photos/'));
  if (!unpacked.ok) return unpacked;
  const { files } = unpacked;
  const jsonBytes = files[BACKUP_JSON];
  if (!jsonBytes) return { ok: false, error: `This zip is not a Talknotes backup: it has no ${BACKUP_JSON}.` };

  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(jsonBytes));
  } catch (error) {
    return { ok: false, error: `The backup's ${BACKUP_JSON} is damaged: ${errorMessage(error)}.` };
  }
  const checked = v.safeParse(BackupSchema, raw);
  if (!checked.success) {
    const issue = checked.issues[0];
    const where = v.getDotPath(issue) ?? 'the file';
    return { ok: false, error: `The backup is damaged or was changed: ${where} ${issue.message}.` };
  }
  const json = checked.output;

  const problem = missingParents(json) ?? missingPhotoFiles(json, files);
  if (problem) return { ok: false, error: `The backup is incomplete: ${problem}.` };
  const bytesOf = (name: string) => {
    const entry = files[name] as Uint8Array;
    return entry.buffer.slice(entry.byteOffset, entry.byteOffset + entry.byteLength) as ArrayBuffer;
  };
  const numbers = new Map<string, number>();
  for (const p of json.photos) numbers.set(p.talkId, Math.max(numbers.get(p.talkId) ?? 0, p.number ?? 0));
  const photos: PhotoRecord[] = [...json.photos]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map(({ file, original, number, ...photo }) => {
      // A photo from before numbers gets the next free one in its talk.
      const assigned = number ?? (numbers.get(photo.talkId) ?? 0) + 1;
      numbers.set(photo.talkId, Math.max(numbers.get(photo.talkId) ?? 0, assigned));
      return {
        ...photo,
        number: assigned,
        bytes: bytesOf(file),
        original: original && { type: original.type, name: original.name, bytes: bytesOf(original.file) },
      };
    });
  return {
    ok: true,
    createdAt: json.createdAt,
    data: { events: json.events, talks: json.talks, notes: json.notes, photos, exportSettings: json.exportSettings, settings: json.settings },
  };
}

function missingParents(json: BackupJson): string | null {
  const events = new Set(json.events.map((e) => e.id));
  const talks = new Set(json.talks.map((t) => t.id));
  const talk = json.talks.find((t) => !events.has(t.eventId));
  if (talk) return `the talk "${talk.title}" belongs to an event that is not in the file`;
  if (json.notes.some((n) => !talks.has(n.talkId))) return 'some notes belong to a talk that is not in the file';
  if (json.photos.some((p) => !talks.has(p.talkId))) return 'some photos belong to a talk that is not in the file';
  if (json.exportSettings.some((s) => !events.has(s.eventId))) return 'some export settings belong to an event that is not in the file';
  return null;
}

function missingPhotoFiles(json: BackupJson, files: Record<string, Uint8Array>): string | null {
  const missing = json.photos.flatMap((p) => [p.file, p.original?.file].filter((f): f is string => Boolean(f))).filter((f) => !files[f]);
  return missing.length ? `${missing.length} photo ${missing.length === 1 ? 'file is' : 'files are'} missing (${missing[0]})` : null;
}
