import { describe, expect, it } from 'vitest';
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from '../../src/store/event-store';
import { getNote, saveNote } from '../../src/store/note-store';
import { createTalk, listTalks } from '../../src/store/talk-store';
import { eventInput, freshDB, saved, talkInput, noteOf } from './helpers';

describe('event store', () => {
  it('creates, reads, lists, updates and deletes events', async () => {
    const db = await freshDB();
    const sfo = saved(await createEvent(db, eventInput()));
    const berlin = saved(await createEvent(db, eventInput({ name: 'JSConf EU', startDate: '2019-06-01', endDate: '2019-06-02' })));

    expect(sfo.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sfo.createdAt).toBe(sfo.updatedAt);
    expect(await getEvent(db, sfo.id)).toEqual(sfo);
    expect((await listEvents(db)).map((e) => e.name)).toEqual(['JSConf EU', 'AWS Summit SFO']);

    const renamed = saved(await updateEvent(db, sfo.id, eventInput({ name: 'AWS Summit San Francisco' })));
    expect(renamed.createdAt).toBe(sfo.createdAt);
    expect(renamed.updatedAt).toBeGreaterThanOrEqual(sfo.updatedAt);
    expect(await getEvent(db, sfo.id)).toMatchObject({ name: 'AWS Summit San Francisco' });

    await deleteEvent(db, berlin.id);
    expect((await listEvents(db)).map((e) => e.id)).toEqual([sfo.id]);
  });

  it('returns field errors for bad input and stores nothing', async () => {
    const db = await freshDB();
    const result = await createEvent(db, eventInput({ name: '', endDate: '2017-04-01' }));
    expect(result).toEqual({
      ok: false,
      errors: { name: 'Give the event a name.', endDate: 'The end date is before the start date.' },
    });
    expect(await listEvents(db)).toEqual([]);
  });

  it('keeps the saved event when an update is invalid', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const result = await updateEvent(db, event.id, eventInput({ name: ' ' }));
    expect(result.ok).toBe(false);
    expect(await getEvent(db, event.id)).toEqual(event);
  });

  it('says clearly when the event to update is gone', async () => {
    const db = await freshDB();
    await expect(updateEvent(db, 'missing', eventInput())).rejects.toThrow('This event no longer exists; it may have been deleted in another tab.');
  });

  it('deletes an event together with its talks and notes, and nothing of other events', async () => {
    const db = await freshDB();
    const doomed = saved(await createEvent(db, eventInput()));
    const kept = saved(await createEvent(db, eventInput({ name: 'Kept' })));
    const talk = saved(await createTalk(db, doomed.id, talkInput()));
    const keptTalk = saved(await createTalk(db, kept.id, talkInput()));
    await saveNote(db, noteOf(talk), '* gone');
    await saveNote(db, noteOf(keptTalk), '* kept');

    await deleteEvent(db, doomed.id);
    expect(await listTalks(db, doomed.id)).toEqual([]);
    expect(await getNote(db, talk.id)).toBeUndefined();
    expect(await listTalks(db, kept.id)).toHaveLength(1);
    expect((await getNote(db, keptTalk.id))?.text).toBe('* kept');
  });
});
