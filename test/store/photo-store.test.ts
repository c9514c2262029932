import { describe, expect, it } from 'vitest';
import { DEFAULT_PHOTO_SETTINGS } from '../../src/model/types';
import { describeSaveError } from '../../src/session/autosave';
import { createEvent, deleteEvent } from '../../src/store/event-store';
import { getNote, saveNote } from '../../src/store/note-store';
import { addPhoto, deletePhoto, listEventPhotos, listPhotos, type NewPhoto } from '../../src/store/photo-store';
import { isQuotaError } from '../../src/store/results';
import { getPhotoSettings, savePhotoSettings } from '../../src/store/settings-store';
import { createTalk, deleteTalk, getTalk } from '../../src/store/talk-store';
import { eventInput, freshDB, noteOf, saved, talkInput } from './helpers';

const jpeg = (n: number): NewPhoto => ({ type: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, n]).buffer, width: 20, height: 10, original: null });

async function setup() {
  const db = await freshDB();
  const event = saved(await createEvent(db, eventInput()));
  const talk = saved(await createTalk(db, event.id, talkInput()));
  return { db, event, talk };
}

describe('photo store', () => {
  it('stores bytes and type by id, indexed by talk and event, never inside the talk', async () => {
    const { db, event, talk } = await setup();
    const first = await addPhoto(db, talk.id, jpeg(1));
    const second = await addPhoto(db, talk.id, { ...jpeg(2), original: { type: 'image/heic', bytes: new Uint8Array([9]).buffer, name: 'IMG_1.HEIC' } });
    expect(first).toMatchObject({ talkId: talk.id, eventId: event.id, type: 'image/jpeg', width: 20, height: 10 });
    const listed = await listPhotos(db, talk.id);
    const byId = new Map(listed.map((p) => [p.id, p]));
    expect([...byId.keys()].sort()).toEqual([first.id, second.id].sort());
    expect([...new Uint8Array(byId.get(first.id)!.bytes)]).toEqual([0xff, 0xd8, 1]);
    expect(byId.get(second.id)?.original?.name).toBe('IMG_1.HEIC');
    expect((await listEventPhotos(db, event.id)).length).toBe(2);
    expect(JSON.stringify(await getTalk(db, talk.id))).not.toContain(first.id);

    await deletePhoto(db, first.id);
    expect((await listPhotos(db, talk.id)).map((p) => p.id)).toEqual([second.id]);
  });

  it('goes with its talk and with its event', async () => {
    const { db, event, talk } = await setup();
    const other = saved(await createTalk(db, event.id, talkInput({ title: 'Other' })));
    await addPhoto(db, talk.id, jpeg(1));
    await addPhoto(db, other.id, jpeg(2));
    await deleteTalk(db, talk.id);
    expect(await listPhotos(db, talk.id)).toEqual([]);
    expect(await listPhotos(db, other.id)).toHaveLength(1);
    await deleteEvent(db, event.id);
    expect(await db.count('photos')).toBe(0);
  });

  it('refuses a photo for a deleted talk', async () => {
    const { db, talk } = await setup();
    await deleteTalk(db, talk.id);
    await expect(addPhoto(db, talk.id, jpeg(1))).rejects.toThrow('This talk was deleted, so the photo was not saved.');
  });
});

describe('running out of space', () => {
  it.each([
    ['QuotaExceededError', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['AbortError about the quota', new DOMException('Transaction aborted: quota exceeded', 'AbortError')],
  ])('%s gives a clear message', (_, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(describeSaveError(error)).toBe('Not saved: this device is out of storage space. Free some space, then keep typing to retry.');
  });

  it('a plain AbortError is not about space', () => {
    expect(isQuotaError(new DOMException('Version change', 'AbortError'))).toBe(false);
  });

  it('a photo that does not fit leaves the saved notes as they were', async () => {
    const { db, talk } = await setup();
    await saveNote(db, noteOf(talk), 'notes typed before the photo');
    // A store whose photo write fails the way a full disk makes it fail.
    const full = new Proxy(db, {
      get(target, key, receiver) {
        if (key !== 'transaction') return Reflect.get(target, key, receiver);
        return (...args: Parameters<typeof db.transaction>) => {
          const tx = target.transaction(...args);
          if (JSON.stringify(args[0]).includes('photos')) {
            tx.objectStore('photos').add = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
          }
          return tx;
        };
      },
    });
    const failure = await addPhoto(full, talk.id, jpeg(1)).catch((error: unknown) => error);
    expect(isQuotaError(failure)).toBe(true);
    expect((await getNote(db, talk.id))?.text).toBe('notes typed before the photo');
    expect(await listPhotos(db, talk.id)).toEqual([]);
  });
});

describe('photo settings', () => {
  it('start with the defaults, and keep what was saved', async () => {
    const db = await freshDB();
    expect(await getPhotoSettings(db)).toEqual(DEFAULT_PHOTO_SETTINGS);
    expect(await savePhotoSettings(db, { maxEdge: 1600, quality: 0.7, keepOriginal: true })).toEqual({
      ok: true,
      record: { maxEdge: 1600, quality: 0.7, keepOriginal: true },
    });
    expect(await getPhotoSettings(db)).toEqual({ maxEdge: 1600, quality: 0.7, keepOriginal: true });
  });

  it('refuse sizes and qualities out of range', async () => {
    const db = await freshDB();
    expect(await savePhotoSettings(db, { maxEdge: 100, quality: 2, keepOriginal: false })).toEqual({
      ok: false,
      errors: { maxEdge: 'Pick a size from 320 to 8192 pixels.', quality: 'Pick a quality from 0.5 to 1.' },
    });
    expect(await getPhotoSettings(db)).toEqual(DEFAULT_PHOTO_SETTINGS);
  });
});

describe('photo numbers', () => {
  it('number photos 1, 2, 3 within a talk and keep them when others are deleted', async () => {
    const { db, event, talk } = await setup();
    const other = saved(await createTalk(db, event.id, talkInput({ title: 'Other' })));
    const one = await addPhoto(db, talk.id, jpeg(1));
    const two = await addPhoto(db, talk.id, jpeg(2));
    const elsewhere = await addPhoto(db, other.id, jpeg(3));
    await deletePhoto(db, one.id);
    const three = await addPhoto(db, talk.id, jpeg(4));
    expect([one.number, two.number, elsewhere.number, three.number]).toEqual([1, 2, 1, 3]);
    expect((await listPhotos(db, talk.id)).map((p) => p.number)).toEqual([2, 3]);
  });
});
