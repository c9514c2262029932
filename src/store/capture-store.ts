// What the capture screen reads when it opens, in one read transaction: fewer round trips on a
// cold start, and none of the validation code that only writes need.
import type { ExportTarget } from '../model/export-settings';
import type { EventRecord, NoteRecord, PhotoSettings, TalkRecord } from '../model/types';
import { APP_SETTINGS_ID, photoSettingsOf } from './app-settings-store';
import type { TalknotesDatabase } from './schema';
import { TALKS_EVENT_MISSING, TALK_MISSING } from './results';

/** A talk with its event, its notes (undefined before anything was typed) and the photo settings. */
export interface CaptureData {
  talk: TalkRecord;
  event: EventRecord;
  note: NoteRecord | undefined;
  photoSettings: PhotoSettings;
  /** The blog the event exports to (Jekyll until chosen otherwise): the preview reads as it will. */
  blog: ExportTarget;
}

/** Reads everything the notes editor of a talk needs; throws a message for a person when it is gone. */
export async function readCapture(db: TalknotesDatabase, talkId: string): Promise<CaptureData> {
  const tx = db.transaction(['talks', 'events', 'notes', 'settings', 'exportSettings'], 'readonly');
  const [talk, note, settings] = await Promise.all([
    tx.objectStore('talks').get(talkId),
    tx.objectStore('notes').get(talkId),
    tx.objectStore('settings').get(APP_SETTINGS_ID),
  ]);
  if (!talk) throw new Error(TALK_MISSING);
  const [event, exportSettings] = await Promise.all([tx.objectStore('events').get(talk.eventId), tx.objectStore('exportSettings').get(talk.eventId)]);
  await tx.done;
  if (!event) throw new Error(TALKS_EVENT_MISSING);
  return { talk, event, note, photoSettings: photoSettingsOf(settings), blog: exportSettings?.target ?? 'jekyll' };
}
