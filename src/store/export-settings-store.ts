// The Export screen's choices, remembered per event.
import { defaultExportSettings, type ExportPreset, type ExportSettings, type ExportSettingsRecord } from '../model/export-settings';
import { EVENT_GONE, MissingRecordError } from './results';
import type { TalknotesDatabase } from './schema';

/** The event's export settings, or the defaults (with what `preset` sets) when it was never exported. */
export async function getExportSettings(db: TalknotesDatabase, eventId: string, preset: ExportPreset = {}): Promise<ExportSettings> {
  const stored = await db.get('exportSettings', eventId);
  if (!stored) return { ...defaultExportSettings(), ...preset };
  const { eventId: _id, createdAt: _c, updatedAt: _u, ...settings } = stored;
  // Settings saved by an older version lack newer fields: the defaults fill them in.
  return { ...defaultExportSettings(), ...settings };
}

/** Remembers the export settings of an event; resolves once committed. */
export async function saveExportSettings(db: TalknotesDatabase, eventId: string, settings: ExportSettings): Promise<ExportSettingsRecord> {
  const tx = db.transaction(['events', 'exportSettings'], 'readwrite');
  const store = tx.objectStore('exportSettings');
  const [event, existing] = await Promise.all([tx.objectStore('events').get(eventId), store.get(eventId)]);
  if (!event) {
    await tx.done;
    throw new MissingRecordError(EVENT_GONE);
  }
  const now = Date.now();
  const record: ExportSettingsRecord = { ...settings, eventId, createdAt: existing?.createdAt ?? now, updatedAt: now };
  await Promise.all([store.put(record), tx.done]);
  return record;
}
