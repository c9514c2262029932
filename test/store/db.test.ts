import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openTalknotesDB } from '../../src/store/db';
import { DB_VERSION } from '../../src/store/schema';
import { freshDB } from './helpers';

// A database exactly as an earlier version of the app created it: a frozen copy of the stores and
// indexes each shipped version had, written out here so the upgrade under test is not used to make it.
function openAsShipped(name: string, version: 1 | 2 | 4 | 6) {
  return openDB(name, version, {
    upgrade(db) {
      db.createObjectStore('events', { keyPath: 'id' });
      db.createObjectStore('talks', { keyPath: 'id' }).createIndex('by-event', 'eventId');
      db.createObjectStore('notes', { keyPath: 'talkId' }).createIndex('by-event', 'eventId');
      if (version < 2) return;
      db.createObjectStore('exportSettings', { keyPath: 'eventId' });
      if (version < 3) return;
      const photos = db.createObjectStore('photos', { keyPath: 'id' });
      photos.createIndex('by-talk', 'talkId');
      photos.createIndex('by-event', 'eventId');
      db.createObjectStore('settings', { keyPath: 'id' });
      if (version < 6) return;
      db.createObjectStore('drafts', { keyPath: ['talkId', 'tab'] });
    },
  });
}

describe('openTalknotesDB', () => {
  it('creates every store and index when upgrading from an empty database', async () => {
    const db = await freshDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'blog',
      'drafts',
      'events',
      'exportSettings',
      'notes',
      'outbox',
      'outboxFiles',
      'photos',
      'published',
      'settings',
      'talks',
    ]);
    const tx = db.transaction(['events', 'talks', 'notes']);
    expect(tx.objectStore('events').keyPath).toBe('id');
    expect(tx.objectStore('talks').keyPath).toBe('id');
    expect(tx.objectStore('notes').keyPath).toBe('talkId');
    expect([...tx.objectStore('talks').indexNames]).toEqual(['by-event']);
    expect([...tx.objectStore('notes').indexNames]).toEqual(['by-event']);
    await tx.done;
    const photos = db.transaction('photos').store;
    expect([...photos.indexNames].sort()).toEqual(['by-event', 'by-talk']);
    db.close();
  });

  it('upgrades a version-1 database with data, keeping every record and adding the time zone', async () => {
    const name = `v1-${Date.now()}`;
    // Exactly what version 1 created, filled the way version 1 of the app wrote records.
    const v1 = await openAsShipped(name, 1);
    const event = { id: 'e1', name: 'Old', location: 'SF', startDate: '2017-04-18', endDate: '', link: '', createdAt: 1, updatedAt: 2 };
    const talk = { id: 't1', eventId: 'e1', title: 'T', speakers: [], date: '2017-04-18', startTime: '', endTime: '', room: '', createdAt: 1, updatedAt: 1 };
    const note = { talkId: 't1', eventId: 'e1', text: '* kept', createdAt: 1, updatedAt: 1 };
    await v1.put('events', event);
    await v1.put('talks', talk);
    await v1.put('notes', note);
    v1.close();

    const db = await openTalknotesDB(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('events', 'e1')).toEqual({ ...event, timeZone: '', tags: [] });
    expect(await db.get('talks', 't1')).toEqual({ ...talk, tags: [] });
    expect(await db.get('notes', 't1')).toEqual(note);
    expect(await db.count('exportSettings')).toBe(0);
    db.close();
  });

  it('upgrades a version-2 database with data to photos and settings, keeping every record', async () => {
    const name = `v2-${Date.now()}`;
    const v2 = await openAsShipped(name, 2);
    const event = { id: 'e1', name: 'V2', location: '', startDate: '', endDate: '', link: '', timeZone: 'Europe/Berlin', createdAt: 1, updatedAt: 2 };
    const settings = { eventId: 'e1', target: 'hugo', createdAt: 1, updatedAt: 1 };
    await v2.put('events', event);
    await v2.put('exportSettings', settings);
    v2.close();

    const db = await openTalknotesDB(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('events', 'e1')).toEqual({ ...event, tags: [] });
    expect(await db.get('exportSettings', 'e1')).toEqual(settings);
    expect(await db.count('photos')).toBe(0);
    expect(await db.count('settings')).toBe(0);
    db.close();
  });

  it('upgrades a version-4 database: photos get their numbers in the order taken, export settings includePrivate, a drafts store', async () => {
    const name = `v4-${Date.now()}`;
    const v4 = await openAsShipped(name, 4);
    const photo = (id: string, createdAt: number) => ({
      id,
      talkId: 't1',
      eventId: 'e1',
      type: 'image/jpeg',
      bytes: new ArrayBuffer(1),
      width: 1,
      height: 1,
      original: null,
      createdAt,
      updatedAt: createdAt,
    });
    await v4.put('photos', photo('b', 2));
    await v4.put('photos', photo('a', 1));
    await v4.put('exportSettings', { eventId: 'e1', target: 'hugo', createdAt: 1, updatedAt: 1 });
    v4.close();

    const db = await openTalknotesDB(name);
    expect((await db.getAll('photos')).map((p) => [p.id, p.number])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(await db.get('exportSettings', 'e1')).toMatchObject({ target: 'hugo', includePrivate: false });
    expect(await db.count('drafts')).toBe(0); // version 6's store, empty
    db.close();
  });

  it('upgrades a version-6 database to the publishing stores, keeping every record', async () => {
    const name = `v6-${Date.now()}`;
    const v6 = await openAsShipped(name, 6);
    const event = { id: 'e1', name: 'V6', location: '', startDate: '', endDate: '', link: '', timeZone: '', tags: [], createdAt: 1, updatedAt: 2 };
    const draft = { talkId: 't1', tab: 'tab-1', eventId: 'e1', basedOn: '', own: [], text: 'typed', createdAt: 1, updatedAt: 1 };
    const settings = { id: 'app', photos: { maxSize: 2048, quality: 0.8 }, lastBackupAt: 5, createdAt: 1, updatedAt: 5 };
    await v6.put('events', event);
    await v6.put('drafts', draft);
    await v6.put('settings', settings);
    v6.close();

    const db = await openTalknotesDB(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('events', 'e1')).toEqual(event);
    expect(await db.get('drafts', ['t1', 'tab-1'])).toEqual(draft);
    expect(await db.get('settings', 'app')).toEqual(settings);
    for (const store of ['blog', 'outbox', 'outboxFiles', 'published'] as const) expect(await db.count(store)).toBe(0);
    expect([...db.transaction('outbox').store.indexNames]).toEqual(['by-event']);
    expect(db.transaction('published').store.keyPath).toEqual(['repoKey', 'path']);
    expect(db.transaction('outboxFiles').store.keyPath).toEqual(['jobId', 'path']);
    db.close();
  });

  it('opens an existing database again without losing data', async () => {
    const name = `reopen-${Date.now()}`;
    const first = await openTalknotesDB(name);
    await first.put('events', {
      id: 'e1',
      name: 'Kept',
      location: '',
      startDate: '',
      endDate: '',
      link: '',
      timeZone: '',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    first.close();
    const again = await openTalknotesDB(name);
    expect(await again.get('events', 'e1')).toMatchObject({ name: 'Kept' });
    again.close();
  });

  it('closes its connection at once when a newer version wants to upgrade (app/connection.ts saves first)', async () => {
    const name = `blocking-${Date.now()}`;
    const old = await openTalknotesDB(name);
    // A newer app version in another tab: it can only open once the old connection has closed.
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(() => old.transaction('events')).toThrow();
    newer.close();
  });
});
