import { describe, expect, it } from 'vitest';
import { createEvent } from '../../src/store/event-store';
import { getNote, saveNote } from '../../src/store/note-store';
import { createTalk, deleteTalk, getTalk, listTalks, updateTalk } from '../../src/store/talk-store';
import { eventInput, freshDB, saved, talkInput, noteOf } from './helpers';

describe('talk store', () => {
  it('creates, reads, lists by event, updates and deletes talks', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const other = saved(await createEvent(db, eventInput({ name: 'Other' })));
    const keynote = saved(await createTalk(db, event.id, talkInput()));
    const serverless = saved(
      await createTalk(
        db,
        event.id,
        talkInput({
          title: 'Building Serverless Web Applications',
          speakers: [
            { name: 'Leo Zhadanovsky', role: '@leozh' },
            { name: 'Second Speaker', role: '' },
          ],
          date: '2017-04-19',
        }),
      ),
    );
    await createTalk(db, other.id, talkInput({ title: 'Elsewhere' }));

    expect(keynote.eventId).toBe(event.id);
    expect(await getTalk(db, serverless.id)).toEqual(serverless);
    expect((await listTalks(db, event.id)).map((t) => t.title).sort()).toEqual(['Building Serverless Web Applications', 'The State of Serverless Computing']);

    const moved = saved(await updateTalk(db, keynote.id, talkInput({ room: 'Room 2001' })));
    expect(moved).toMatchObject({ room: 'Room 2001', createdAt: keynote.createdAt, eventId: event.id });

    await saveNote(db, noteOf(keynote), 'notes');
    await deleteTalk(db, keynote.id);
    expect(await getTalk(db, keynote.id)).toBeUndefined();
    expect(await getNote(db, keynote.id)).toBeUndefined();
    expect(await listTalks(db, event.id)).toHaveLength(1);
  });

  it("checks the talk's day against the event's dates", async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const result = await createTalk(db, event.id, talkInput({ date: '2017-05-01' }));
    expect(result).toEqual({
      ok: false,
      errors: { date: "The event runs 2017-04-18 to 2017-04-19; pick a day in between or change the event's dates." },
    });
    expect(await listTalks(db, event.id)).toEqual([]);
  });

  it('keeps the saved talk when an update is invalid', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const talk = saved(await createTalk(db, event.id, talkInput()));
    expect((await updateTalk(db, talk.id, talkInput({ title: '' }))).ok).toBe(false);
    expect(await getTalk(db, talk.id)).toEqual(talk);
  });

  it('refuses a talk for an event that is gone, and an update of a talk that is gone', async () => {
    const db = await freshDB();
    await expect(createTalk(db, 'missing', talkInput())).rejects.toThrow('This event no longer exists');
    await expect(updateTalk(db, 'missing', talkInput())).rejects.toThrow('This talk no longer exists');
  });
});
