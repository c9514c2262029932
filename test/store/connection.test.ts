import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDB, withDB } from '../../src/store/db';
import { createEvent, listEvents } from '../../src/store/event-store';
import { eventInput, saved } from './helpers';

describe('a connection the browser closed', () => {
  it('is reopened and the write tried once more', async () => {
    const first = await getDB();
    first.close(); // what iOS does to a page in the background
    const event = await withDB(async (db) => saved(await createEvent(db, eventInput({ name: 'After reopening' }))));
    expect(event.name).toBe('After reopening');
    const again = await getDB();
    expect(again).not.toBe(first);
    expect((await listEvents(again)).map((e) => e.name)).toContain('After reopening');
  });

  it('other errors are not retried', async () => {
    let calls = 0;
    await expect(
      withDB(async () => {
        calls++;
        throw new Error('disk on fire');
      }),
    ).rejects.toThrow('disk on fire');
    expect(calls).toBe(1);
  });
});
