// The backup file: a zip with talknotes-backup.json (every record) and photos/<id> (their bytes).
// Everything read back is checked against these schemas (valibot) before anything is written.
import * as v from 'valibot';

/** Name of the JSON entry in the zip. */
export const BACKUP_JSON = 'talknotes-backup.json';
/** Format tag and version in that JSON. */
export const BACKUP_FORMAT = 'talknotes-backup';
export const BACKUP_VERSION = 1;

const id = v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/i, 'is not a record id'));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const date = v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date (YYYY-MM-DD)'))]);
const time = v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/, 'is not a time (HH:MM)'))]);
const stamp = v.pipe(v.number(), v.integer(), v.minValue(0));
const stamps = { createdAt: stamp, updatedAt: stamp };
const tags = v.pipe(v.array(text(100)), v.maxLength(100));

const event = v.strictObject({
  id,
  name: text(200),
  location: text(200),
  startDate: date,
  endDate: date,
  link: text(2000),
  timeZone: text(100),
  tags,
  ...stamps,
});

const talk = v.strictObject({
  id,
  eventId: id,
  title: text(300),
  speakers: v.pipe(v.array(v.strictObject({ name: text(120), role: text(120) })), v.maxLength(50)),
  date,
  startTime: time,
  endTime: time,
  room: text(120),
  tags,
  // Absent rather than present as undefined, as in the database (exactOptionalPropertyTypes).
  importKey: v.exactOptional(text(500)),
  service: v.exactOptional(v.boolean()),
  ...stamps,
});

const note = v.strictObject({ talkId: id, eventId: id, text: text(5_000_000), revision: v.optional(text(100)), ...stamps });

const photo = v.strictObject({
  id,
  talkId: id,
  eventId: id,
  type: v.picklist(['image/jpeg', 'image/png', 'image/webp', 'image/gif'], 'is not a photo type'),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  // Backups from before photo numbers have none: readBackup numbers those photos.
  number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** The zip entry with the bytes. */
  file: v.pipe(v.string(), v.regex(/^photos\/[0-9a-f-]{36}(\.original)?$/i, 'is not a photo entry')),
  original: v.nullable(v.strictObject({ type: text(100), name: text(300), file: v.pipe(v.string(), v.regex(/^photos\/[0-9a-f-]{36}\.original$/i)) })),
  ...stamps,
});

const extra = v.strictObject({ key: text(100), value: text(2000) });
const exportSettings = v.strictObject({
  eventId: id,
  target: v.picklist(['jekyll', 'hugo']),
  grouping: v.picklist(['day', 'talk', 'event']),
  hugoLayout: v.picklist(['bundle', 'file']),
  titleTemplate: text(300),
  layout: text(100),
  tags,
  categories: tags,
  comments: v.boolean(),
  author: text(200),
  description: text(2000),
  extra: v.pipe(v.array(extra), v.maxLength(100)),
  includePrivate: v.optional(v.boolean(), false),
  intro: text(100_000),
  dayIntros: v.record(v.string(), text(100_000)),
  ...stamps,
});

const settings = v.strictObject({
  id: v.literal('app'),
  photos: v.strictObject({
    maxEdge: v.pipe(v.number(), v.integer(), v.minValue(320), v.maxValue(8192)),
    quality: v.pipe(v.number(), v.minValue(0.5), v.maxValue(1)),
    keepOriginal: v.boolean(),
  }),
  lastBackupAt: v.optional(stamp),
  ...stamps,
});

/** The whole JSON of a backup. */
export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT, 'is not a Talknotes backup'),
  version: v.literal(BACKUP_VERSION, `is a backup version this app does not know (it reads version ${BACKUP_VERSION})`),
  createdAt: stamp,
  events: v.array(event),
  talks: v.array(talk),
  notes: v.array(note),
  photos: v.array(photo),
  exportSettings: v.array(exportSettings),
  settings: v.array(settings),
});

/** A backup's JSON after checking. */
export type BackupJson = v.InferOutput<typeof BackupSchema>;
