import { describe, expect, it } from 'vitest';
import { appendRecovered } from '../../src/model/drafts';
import type { DraftRecord } from '../../src/model/types';
import { recoverDrafts, UNKNOWN_TABS_WAIT_MS } from '../../src/store/draft-recovery';
import { saveDraft } from '../../src/store/draft-store';
import { createEvent } from '../../src/store/event-store';
import { ConflictError, getNote, saveNote } from '../../src/store/note-store';
import { createTalk, deleteTalk } from '../../src/store/talk-store';
import { eventInput, freshDB, noteOf, saved, talkInput } from './helpers';

async function talkInNewDB() {
  const db = await freshDB();
  const event = saved(await createEvent(db, eventInput()));
  const talk = saved(await createTalk(db, event.id, talkInput()));
  return { db, talk };
}

// What a page that closed before its save landed leaves behind.
const leftBy = (talkId: string, over: Partial<DraftRecord>): DraftRecord => ({
  talkId,
  eventId: 'e',
  tab: 'closed-tab',
  basedOn: '',
  own: [],
  text: '',
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

const TAB = 'this-tab';

describe('drafts written as the page is hidden', () => {
  it("are deleted by the next note save that names the page, in its transaction, and only that page's", async () => {
    const { db, talk } = await talkInNewDB();
    await saveDraft(db, { talkId: talk.id, tab: TAB, eventId: talk.eventId, basedOn: '', own: ['r0'] }, '* hidden mid-sentence');
    await saveDraft(db, { talkId: talk.id, tab: 'other-tab', eventId: talk.eventId, basedOn: '', own: [] }, '* typed elsewhere');
    expect(await db.getAll('drafts')).toMatchObject([
      { talkId: talk.id, tab: 'other-tab', text: '* typed elsewhere' },
      { talkId: talk.id, tab: TAB, basedOn: '', own: ['r0'], text: '* hidden mid-sentence' },
    ]);
    await saveNote(db, { ...noteOf(talk), basedOn: '' }, '* hidden mid-sentence');
    expect(await db.count('drafts')).toBe(2); // a save naming no page deletes no draft
    await saveNote(db, { ...noteOf(talk), draftOf: TAB }, '* hidden mid-sentence');
    expect((await db.getAll('drafts')).map((d) => d.tab)).toEqual(['other-tab']);
  });

  it('stay when the note save is refused, so nothing typed is lost', async () => {
    const { db, talk } = await talkInNewDB();
    const theirs = await saveNote(db, noteOf(talk), 'saved in another tab');
    await saveDraft(db, { talkId: talk.id, tab: TAB, eventId: talk.eventId, basedOn: '', own: [] }, 'typed here');
    await expect(saveNote(db, { ...noteOf(talk), basedOn: '', draftOf: TAB }, 'typed here')).rejects.toBeInstanceOf(ConflictError);
    expect((await db.getAll('drafts')).map((d) => d.text)).toEqual(['typed here']);
    expect(await getNote(db, talk.id)).toEqual(theirs);
  });

  it('are never recovered by the page that wrote them (it is still saving them itself)', async () => {
    const { db, talk } = await talkInNewDB();
    await saveDraft(db, { talkId: talk.id, tab: TAB, eventId: talk.eventId, basedOn: '', own: [] }, 'still typing');
    await db.put('drafts', { ...(await db.getAll('drafts'))[0]!, updatedAt: 1 }); // however old
    expect(await recoverDrafts(db, { self: TAB, open: null })).toEqual([]);
    expect(await recoverDrafts(db, { self: TAB, open: new Set() })).toEqual([]);
    expect(await db.count('drafts')).toBe(1);
  });
});

describe('recovering drafts that closed pages left', () => {
  it('saves each into its notes the way the model decides, deletes every draft, and says what it wrote', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const talk = async (title: string) => saved(await createTalk(db, event.id, talkInput({ title })));
    const fresh = await talk('Fresh');
    const unchanged = await talk('Unchanged');
    const elsewhere = await talk('Elsewhere');
    const same = await talk('Same');
    const gone = await talk('Gone');
    const base = await saveNote(db, noteOf(unchanged), 'old');
    await saveNote(db, noteOf(elsewhere), 'old');
    const moved = await saveNote(db, noteOf(elsewhere), 'written in another tab');
    const sameNote = await saveNote(db, noteOf(same), 'identical');
    await deleteTalk(db, gone.id);
    for (const draft of [
      leftBy(fresh.id, { eventId: event.id, text: 'first words' }),
      leftBy(unchanged.id, { eventId: event.id, basedOn: base.revision, text: 'old and new' }),
      leftBy(elsewhere.id, { eventId: event.id, basedOn: 'long-gone', text: 'typed in the closed tab' }),
      leftBy(same.id, { eventId: event.id, basedOn: 'long-gone', text: 'identical' }),
      leftBy(gone.id, { eventId: event.id, text: 'of a deleted talk' }),
    ]) {
      await db.put('drafts', draft);
    }

    const written = await recoverDrafts(db, { self: TAB, open: null });

    expect(written.map((r) => [r.title, r.merged]).sort()).toEqual([
      ['Elsewhere', true],
      ['Fresh', false],
      ['Unchanged', false],
    ]);
    expect((await getNote(db, fresh.id))?.text).toBe('first words');
    expect(await getNote(db, unchanged.id)).toMatchObject({ text: 'old and new', createdAt: base.createdAt });
    expect((await getNote(db, elsewhere.id))?.text).toBe(appendRecovered(moved.text, 'typed in the closed tab'));
    expect(await getNote(db, same.id)).toEqual(sameNote);
    expect(await getNote(db, gone.id)).toBeUndefined();
    expect(await db.count('drafts')).toBe(0);
    // Every note it wrote has a new revision, so an editor open elsewhere sees it as a change.
    for (const { note } of written) expect(note.revision).not.toBe(base.revision);
    // Nothing left to do the second time.
    expect(await recoverDrafts(db, { self: TAB, open: null })).toEqual([]);
  });

  it('leaves the drafts of tabs that are still open to them', async () => {
    const { db, talk } = await talkInNewDB();
    await db.put('drafts', leftBy(talk.id, { eventId: talk.eventId, tab: 'open-tab', text: 'its save was refused; it is deciding' }));
    await db.put('drafts', leftBy(talk.id, { eventId: talk.eventId, tab: 'closed-tab', text: 'left behind' }));
    expect((await recoverDrafts(db, { self: TAB, open: new Set(['open-tab']) })).map((r) => r.note.text)).toEqual(['left behind']);
    expect((await db.getAll('drafts')).map((d) => d.tab)).toEqual(['open-tab']);
  });

  it('where open tabs cannot be known, takes only drafts old enough that no open tab can still be saving them', async () => {
    const { db, talk } = await talkInNewDB();
    const now = Date.now();
    await db.put('drafts', leftBy(talk.id, { eventId: talk.eventId, tab: 'recent', text: 'a moment ago', updatedAt: now - 1000 }));
    await db.put('drafts', leftBy(talk.id, { eventId: talk.eventId, tab: 'old', text: 'long ago', updatedAt: now - UNKNOWN_TABS_WAIT_MS - 1000 }));
    expect((await recoverDrafts(db, { self: TAB, open: null })).map((r) => r.note.text)).toEqual(['long ago']);
    expect((await db.getAll('drafts')).map((d) => d.tab)).toEqual(['recent']);
  });

  it('keeps both texts of two closed tabs that left drafts of the same talk', async () => {
    const { db, talk } = await talkInNewDB();
    await db.put('drafts', leftBy(talk.id, { eventId: talk.eventId, tab: 'a', text: 'from tab a', updatedAt: 1 }));
    await db.put('drafts', leftBy(talk.id, { eventId: talk.eventId, tab: 'b', text: 'from tab b', updatedAt: 2 }));
    expect((await recoverDrafts(db, { self: TAB, open: null })).map((r) => r.merged)).toEqual([true]);
    expect((await getNote(db, talk.id))?.text).toBe(appendRecovered('from tab a', 'from tab b'));
  });
});
