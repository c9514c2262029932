import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openTalknotesDB } from '../../src/store/db';
import { DB_VERSION } from '../../src/store/schema';
import { freshDB } from './helpers';

describe('openTalknotesDB', () => {
  it('creates every store and index when upgrading from an empty database', async () => {
    const db = await freshDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['events', 'notes', 'talks']);
    const tx = db.transaction(['events', 'talks', 'notes']);
    expect(tx.objectStore('events').keyPath).toBe('id');
    expect(tx.objectStore('talks').keyPath).toBe('id');
    expect(tx.objectStore('notes').keyPath).toBe('talkId');
    expect([...tx.objectStore('talks').indexNames]).toEqual(['by-event']);
    expect([...tx.objectStore('notes').indexNames]).toEqual(['by-event']);
    await tx.done;
    db.close();
  });

  it('opens an existing database again without losing data', async () => {
    const name = `reopen-${Date.now()}`;
    const first = await openTalknotesDB(name);
    await first.put('events', { id: 'e1', name: 'Kept', location: '', startDate: '', endDate: '', link: '', createdAt: 1, updatedAt: 1 });
    first.close();
    const again = await openTalknotesDB(name);
    expect(await again.get('events', 'e1')).toMatchObject({ name: 'Kept' });
    again.close();
  });

  it('closes its connection when a newer version wants to upgrade', async () => {
    const name = `blocking-${Date.now()}`;
    const old = await openTalknotesDB(name);
    // A newer app version in another tab: it can only open once the old connection has closed.
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(() => old.transaction('events')).toThrow();
    newer.close();
  });
});
