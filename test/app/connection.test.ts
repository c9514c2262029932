import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { createConnection, type ConnectionNotice, type ConnectionOptions } from '../../src/app/connection';
import { createAutosaver } from '../../src/session/autosave';
import { createRecovery } from '../../src/session/recovery';
import { createSavers } from '../../src/session/savers';
import { createTab } from '../../src/session/tab';
import { openTalknotesDB } from '../../src/store/db';
import { createEvent, listEvents } from '../../src/store/event-store';
import { getNote, saveNote } from '../../src/store/note-store';
import { DB_VERSION } from '../../src/store/schema';
import { createTalk } from '../../src/store/talk-store';
import { fakeClock } from '../session/fakes';
import { eventInput, saved, talkInput } from '../store/helpers';

let count = 0;
/** A connection to a database of its own, and the notices it gave. */
function connectionTo(over: Partial<ConnectionOptions> = {}) {
  const name = `connection-${process.pid}-${++count}`;
  const notices: ConnectionNotice[] = [];
  const connection = createConnection({
    open: (events) => openTalknotesDB(name, events),
    prepare: async () => undefined,
    beforeClose: async () => undefined,
    notify: (notice) => notices.push(notice),
    ...over,
  });
  return { name, connection, notices };
}

describe('a connection the browser closed', () => {
  it('is reopened and the write tried once more', async () => {
    const { connection } = connectionTo();
    const first = await connection.get();
    first.close(); // what iOS does to a page in the background
    const event = await connection.with(async (db) => saved(await createEvent(db, eventInput({ name: 'After reopening' }))));
    expect(event.name).toBe('After reopening');
    const again = await connection.get();
    expect(again).not.toBe(first);
    expect((await listEvents(again)).map((e) => e.name)).toContain('After reopening');
  });

  it('other errors are not retried', async () => {
    const { connection } = connectionTo();
    let calls = 0;
    await expect(
      connection.with(async () => {
        calls++;
        throw new Error('disk on fire');
      }),
    ).rejects.toThrow('disk on fire');
    expect(calls).toBe(1);
  });

  it('a failed open does not stick: the next use opens again', async () => {
    let fail = true;
    const { connection } = connectionTo({ open: (events) => (fail ? Promise.reject(new Error('no disk')) : openTalknotesDB(`retry-${count}`, events)) });
    await expect(connection.get()).rejects.toThrow('no disk');
    fail = false;
    expect((await connection.get()).version).toBe(DB_VERSION);
  });
});

describe('opening the app', () => {
  it('saves the drafts closed pages left into the notes before any read, and says so', async () => {
    const notices: ConnectionNotice[] = [];
    const tab = createTab({ id: 'starting', locks: null, channel: null });
    const { name, connection } = connectionTo({ prepare: createRecovery(tab, (notice) => notices.push(notice)) });
    const setup = await openTalknotesDB(name);
    const event = saved(await createEvent(setup, eventInput({ name: 'Restarted' })));
    const talk = saved(await createTalk(setup, event.id, talkInput()));
    // Left long ago (no Web Locks here: only drafts old enough count as left behind).
    await setup.put('drafts', {
      talkId: talk.id,
      eventId: event.id,
      tab: 'closed',
      basedOn: '',
      own: [],
      text: 'typed as it closed',
      createdAt: 1,
      updatedAt: 1,
    });
    setup.close();

    // The very first read on the new connection already sees the draft saved.
    expect((await getNote(await connection.get(), talk.id))?.text).toBe('typed as it closed');
    await vi.waitFor(() =>
      expect(notices).toMatchObject([{ kind: 'recovered', notes: [{ note: { talkId: talk.id, text: 'typed as it closed' }, merged: false }] }]),
    );
  });
});

describe('a newer version of the app in another tab', () => {
  it('gets the database once what is typed here is saved; this tab hears it must reload', async () => {
    const savers = createSavers();
    const { name, connection, notices } = connectionTo({ beforeClose: savers.flushAll });
    const db = await connection.get();
    await db.put('events', { id: 'e', name: 'E', location: '', startDate: '', endDate: '', link: '', timeZone: '', tags: [], createdAt: 1, updatedAt: 1 });
    await db.put('talks', {
      id: 't',
      eventId: 'e',
      title: 'T',
      speakers: [],
      date: '',
      startTime: '',
      endTime: '',
      room: '',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    const saver = createAutosaver({
      save: (text) => saveNote(db, { talkId: 't', eventId: 'e', createdAt: 1 }, text),
      onStatus: () => undefined,
      clock: fakeClock(),
      savers,
    });
    saver.change('typed just before the upgrade');
    const newer = await openDB(name, DB_VERSION + 1);
    expect((await newer.get('notes', 't'))?.text).toBe('typed just before the upgrade');
    newer.close();
    expect(notices).toEqual([{ kind: 'closed-for-upgrade' }]);
    await saver.dispose();
  });

  it('that this tab blocks from upgrading is named (an older tab holding the old version)', async () => {
    const { name, connection, notices } = connectionTo();
    const older = await openDB(name, DB_VERSION - 1, { upgrade: () => undefined });
    older.addEventListener('versionchange', () => undefined); // an old tab that never closes
    const opening = connection.get();
    await vi.waitFor(() => expect(notices).toEqual([{ kind: 'blocked' }]));
    older.close();
    expect((await opening).version).toBe(DB_VERSION);
  });
});
