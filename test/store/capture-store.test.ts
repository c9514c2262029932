import { describe, expect, it } from 'vitest';
import { DEFAULT_PHOTO_SETTINGS } from '../../src/model/types';
import { readCapture } from '../../src/store/capture-store';
import { createEvent } from '../../src/store/event-store';
import { saveExportSettings } from '../../src/store/export-settings-store';
import { defaultExportSettings } from '../../src/model/export-settings';
import { saveNote } from '../../src/store/note-store';
import { savePhotoSettings } from '../../src/store/settings-store';
import { createTalk } from '../../src/store/talk-store';
import { eventInput, freshDB, noteOf, saved, talkInput } from './helpers';

describe('capture store', () => {
  it('reads a talk with its event, its notes and the photo settings in one go', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const talk = saved(await createTalk(db, event.id, talkInput()));
    const empty = await readCapture(db, talk.id);
    expect(empty).toEqual({ talk, event, note: undefined, photoSettings: DEFAULT_PHOTO_SETTINGS, blog: 'jekyll' });

    const note = await saveNote(db, noteOf(talk), '* no servers');
    saved(await savePhotoSettings(db, { maxEdge: 1280, quality: 0.7, keepOriginal: true }));
    const full = await readCapture(db, talk.id);
    expect(full.note).toEqual(note);
    expect(full.photoSettings).toEqual({ maxEdge: 1280, quality: 0.7, keepOriginal: true });
  });

  it('reads the blog the event exports to, for the preview', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const talk = saved(await createTalk(db, event.id, talkInput()));
    await saveExportSettings(db, event.id, { ...defaultExportSettings(), target: 'hugo' });
    expect((await readCapture(db, talk.id)).blog).toBe('hugo');
  });

  it.each([
    ['the talk is gone', 'missing', /This talk does not exist on this device/],
    ['its event is gone', 'orphan', /The event of this talk does not exist on this device/],
  ])('says so when %s', async (_, which, message) => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const talk = saved(await createTalk(db, event.id, talkInput()));
    if (which === 'orphan') await db.delete('events', event.id);
    await expect(readCapture(db, which === 'missing' ? 'no-such-talk' : talk.id)).rejects.toThrow(message);
  });
});
