// Records as they are stored and passed around. Dates are local calendar dates ("YYYY-MM-DD"),
// times are local wall-clock times ("HH:MM"), timestamps are epoch milliseconds.

/** A person on stage: a name plus an optional role or handle ("Solutions Architect", "@leozh"). */
export interface Speaker {
  name: string;
  role: string;
}

/** When a record was made and last changed; every stored record has both. */
export interface Stamps {
  createdAt: number;
  updatedAt: number;
}

/** What a person types to describe an event; only the name is required. */
export interface EventInput {
  name: string;
  location: string;
  startDate: string;
  endDate: string;
  link: string;
  /** IANA time zone of the venue ("America/Los_Angeles"); "" means the device's own. */
  timeZone: string;
  /** Words for the blog's tags (front matter) and for search. */
  tags: string[];
}

/** A conference or summit as stored. */
export interface EventRecord extends EventInput, Stamps {
  id: string;
}

/** What a person types to describe a talk; only the title is required. */
export interface TalkInput {
  title: string;
  speakers: Speaker[];
  date: string;
  startTime: string;
  endTime: string;
  room: string;
  /** Words for the blog's tags (front matter) and for search. */
  tags: string[];
}

/** A talk inside an event as stored. Its notes live in their own record (NoteRecord). */
export interface TalkRecord extends TalkInput, Stamps {
  id: string;
  eventId: string;
  /** Where an imported talk came from ("ics:<uid>"), so importing again updates it. */
  importKey?: string;
  /** A break, lunch or other agenda slot that is not a talk (from an imported agenda): shown as such, left out of posts while it has no notes. */
  service?: boolean;
}

/** The Markdown notes of one talk, keyed by the talk's id; saved on every pause in typing. */
export interface NoteRecord extends Stamps {
  talkId: string;
  eventId: string;
  text: string;
  /** Changes with every save; an editor saves only over the revision it last saw. */
  revision?: string;
}

/**
 * What an editor held when its page was hidden or closed, written where it survives the page
 * going away at once. It stays only while the matching note save has not committed; the next
 * start of the app puts it into the notes (model/drafts.ts decides how).
 */
export interface DraftRecord extends Stamps {
  talkId: string;
  eventId: string;
  /** Which page load wrote it: each tab deletes only its own drafts as its saves land. */
  tab: string;
  /** The note revision the text was typed over ("" for a talk without notes then). */
  basedOn: string;
  /** Revisions its editor had saved lately (committed or still in flight): notes at one of them were not changed elsewhere. */
  own: string[];
  text: string;
}

/** A slide photo as stored: re-encoded JPEG bytes, never inside the talk record. */
export interface PhotoRecord extends Stamps {
  id: string;
  talkId: string;
  eventId: string;
  type: string;
  bytes: ArrayBuffer;
  width: number;
  height: number;
  /** 1, 2, 3… within the talk, fixed for good: it names the photo's file in exports. */
  number: number;
  /** The file as it came from the camera, only when "keep original" is on. */
  original: { type: string; bytes: ArrayBuffer; name: string } | null;
}

/** How photos are stored; changed in Settings. */
export interface PhotoSettings {
  /** Longest edge in pixels after resizing. */
  maxEdge: number;
  /** JPEG quality, 0.5 to 1. */
  quality: number;
  keepOriginal: boolean;
}

/** App-wide settings as stored (one record). */
export interface AppSettingsRecord extends Stamps {
  id: 'app';
  photos: PhotoSettings;
  /** When everything was last backed up to a file on this device. */
  lastBackupAt?: number;
}

/**
 * The blog folder "Save into my blog folder" writes to (a FileSystemDirectoryHandle in the browser,
 * typed loosely here because the model knows no DOM). It belongs to this device: never in a backup.
 */
export interface BlogFolderRecord extends Stamps {
  id: 'blog-folder';
  handle: unknown;
  /** The folder's name, as the browser gives it (no path). */
  name: string;
}

/** Anything in the settings store: the app's settings, or a record that stays on this device. */
export type SettingsRecord = AppSettingsRecord | BlogFolderRecord;

/** The app's settings record, or undefined (for whatever the settings store returned under 'app'). */
export function appSettings(record: SettingsRecord | undefined): AppSettingsRecord | undefined {
  return record?.id === 'app' ? record : undefined;
}

/** What photos start with: 2048 px, quality 0.82, originals not kept. */
export const DEFAULT_PHOTO_SETTINGS: PhotoSettings = { maxEdge: 2048, quality: 0.82, keepOriginal: false };
