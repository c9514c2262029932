import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { getDB, withDB } from '../../src/store/db';
import { createEvent, listEvents } from '../../src/store/event-store';
import type { ConnectionNotice } from '../../src/store/db';
import { eventInput, saved, talkInput } from './helpers';

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

describe('opening the app', () => {
  it('saves the drafts closed pages left into the notes before any read, and says so', async () => {
    vi.resetModules(); // a new start of the app: no connection open yet
    const db = await import('../../src/store/db');
    const { createTalk } = await import('../../src/store/talk-store');
    const { getNote } = await import('../../src/store/note-store');
    const setup = await db.openTalknotesDB();
    const event = saved(await createEvent(setup, eventInput({ name: 'Restarted' })));
    const talk = saved(await createTalk(setup, event.id, talkInput()));
    await setup.put('drafts', { talkId: talk.id, eventId: event.id, tab: 'closed', basedOn: '', own: [], text: 'typed as it closed', createdAt: 1, updatedAt: 1 });
    setup.close();

    const notices: ConnectionNotice[] = [];
    db.onConnectionNotice((notice) => notices.push(notice));
    // The very first read on the new connection already sees the draft saved.
    expect((await getNote(await db.getDB(), talk.id))?.text).toBe('typed as it closed');
    await vi.waitFor(() => expect(notices).toMatchObject([{ kind: 'recovered', notes: [{ note: { talkId: talk.id, text: 'typed as it closed' }, merged: false }] }]));
  });
});
