import { describe, expect, it } from 'vitest';
import { createEvent } from '../../src/store/event-store';
import { ConflictError, editorRevisions, getNote, saveNote, setActionItem } from '../../src/store/note-store';
import { createTalk, deleteTalk } from '../../src/store/talk-store';
import { eventInput, freshDB, saved, talkInput, noteOf } from './helpers';

async function talkInNewDB() {
  const db = await freshDB();
  const event = saved(await createEvent(db, eventInput()));
  const talk = saved(await createTalk(db, event.id, talkInput()));
  return { db, event, talk };
}

describe('note store', () => {
  it('saves and reads back the notes of a talk, keeping createdAt across saves', async () => {
    const { db, event, talk } = await talkInNewDB();
    expect(await getNote(db, talk.id)).toBeUndefined();
    const first = await saveNote(db, noteOf(talk), '* Lambda: pay only when it runs');
    const second = await saveNote(db, noteOf(talk), '* Lambda: pay only when it runs\n> quote');
    expect(second).toMatchObject({ talkId: talk.id, eventId: event.id, createdAt: first.createdAt });
    expect(await getNote(db, talk.id)).toEqual(second);
  });

  it('refuses to save notes of a deleted talk with a message saying what to do, and stores nothing', async () => {
    const { db, talk } = await talkInNewDB();
    await deleteTalk(db, talk.id);
    await expect(saveNote(db, noteOf(talk), 'text')).rejects.toThrow('Copy your text before leaving.');
    expect(await getNote(db, talk.id)).toBeUndefined();
  });
});

describe('checking off a to-do', () => {
  it('finds the item by its text after lines moved, keeps newer text, and refuses a vanished item', async () => {
    const { db, talk } = await talkInNewDB();
    await saveNote(db, noteOf(talk), '- [ ] ask Ana\n- [ ] read docs');
    // Typed elsewhere after the list was shown: a new line on top.
    await saveNote(db, noteOf(talk), 'New first line\n- [ ] ask Ana\n- [ ] read docs');
    const saved = await setActionItem(db, talk.id, { line: 0, text: 'ask Ana' }, true);
    expect(saved.text).toBe('New first line\n- [x] ask Ana\n- [ ] read docs');
    await expect(setActionItem(db, talk.id, { line: 2, text: 'gone' }, true)).rejects.toThrow('has changed since this list was shown');
    expect((await getNote(db, talk.id))?.text).toBe('New first line\n- [x] ask Ana\n- [ ] read docs');
  });
});

describe('saving over notes changed elsewhere', () => {
  it('refuses a save based on an old revision, writes nothing, and hands over their text', async () => {
    const { db, talk } = await talkInNewDB();
    const mine = await saveNote(db, { ...noteOf(talk), basedOn: '' }, 'v1');
    const theirs = await saveNote(db, { ...noteOf(talk), basedOn: mine.revision }, 'v2 from another tab');
    const refused = await saveNote(db, { ...noteOf(talk), basedOn: mine.revision }, 'v2 from this tab').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).theirs).toEqual(theirs);
    expect((await getNote(db, talk.id))?.text).toBe('v2 from another tab');
    // Based on their revision, the save goes through.
    expect((await saveNote(db, { ...noteOf(talk), basedOn: theirs.revision }, 'merged')).text).toBe('merged');
  });

  it('a new note typed in two tabs at once conflicts too', async () => {
    const { db, talk } = await talkInNewDB();
    await saveNote(db, { ...noteOf(talk), basedOn: '' }, 'first tab');
    await expect(saveNote(db, { ...noteOf(talk), basedOn: '' }, 'second tab')).rejects.toBeInstanceOf(ConflictError);
  });

  it('two saves of one editor that overlap (a flush while a save runs) are no conflict: the later text stays', async () => {
    const { db, talk } = await talkInNewDB();
    const base = await saveNote(db, noteOf(talk), 'a');
    const editor = editorRevisions();
    // Both typed over the same revision: the second starts before the first has committed.
    const first = saveNote(db, { ...noteOf(talk), basedOn: base.revision, editor }, 'ab');
    const second = saveNote(db, { ...noteOf(talk), basedOn: base.revision, editor }, 'abc');
    await Promise.all([first, second]);
    expect((await getNote(db, talk.id))?.text).toBe('abc');
  });

  it("another editor's save is a conflict, even in the same tab (an editor closed while a photo was processed)", async () => {
    const { db, talk } = await talkInNewDB();
    const base = await saveNote(db, noteOf(talk), 'a');
    const closed = editorRevisions();
    const reopened = editorRevisions();
    const left = await saveNote(db, { ...noteOf(talk), basedOn: base.revision, editor: closed }, 'a, as the editor closed');
    const newer = await saveNote(db, { ...noteOf(talk), basedOn: left.revision, editor: reopened }, 'a, then typed in the reopened editor');
    const late = saveNote(db, { ...noteOf(talk), basedOn: left.revision, editor: closed }, 'a, as the editor closed\n![photo](slide-1.jpg)');
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    expect(await getNote(db, talk.id)).toEqual(newer);
  });
});
