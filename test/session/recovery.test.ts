// Drafts written as a page is hidden, and what becomes of them when that page dies before its save
// lands: another open tab saves them once the page is gone, or the next start does.
import { describe, expect, it, vi } from 'vitest';
import { appendRecovered } from '../../src/model/drafts';
import { createRecovery, type RecoveryNotice } from '../../src/session/recovery';
import { createTab } from '../../src/session/tab';
import { saveDraftFromTab } from '../../src/session/tab-writes';
import { UNKNOWN_TABS_WAIT_MS } from '../../src/store/draft-recovery';
import { getNote, saveNote } from '../../src/store/note-store';
import type { TalknotesDatabase } from '../../src/store/schema';
import { noteOf } from '../store/helpers';
import { settle } from './fakes';
import { device, type Page } from './device';

const drafts = (db: TalknotesDatabase) => db.getAll('drafts');

/** A page's recovery as startApp() wires it: at start, and each time another tab lets go of its drafts. */
function recovering(db: TalknotesDatabase, tab: Page['tab']) {
  const notices: RecoveryNotice[] = [];
  const recover = createRecovery(tab, (notice) => notices.push(notice));
  tab.whenDraftsLetGo(() => void recover(db));
  return { notices, start: () => recover(db) };
}

describe('drafts written as the page is hidden', () => {
  it('are written with the page id before the save, which deletes them; the tab holds its lock only meanwhile', async () => {
    const { db, talk, page } = await device();
    const here = page('here');
    const watcher = page('watcher');
    const { session } = here.open();
    session.change('* hidden mid-sentence');
    const leaving = here.savers.flushAll(true); // what startApp does on pagehide / visibilitychange
    await vi.waitFor(async () => expect(await watcher.tab.openTabs()).toEqual(new Set(['here'])));
    expect(await leaving).toBe(true);
    expect((await getNote(db, talk.id))?.text).toBe('* hidden mid-sentence');
    expect(await drafts(db)).toEqual([]);
    expect(here.tab.draftsWritten(talk.id)).toBe(0);
    await vi.waitFor(async () => expect(await watcher.tab.openTabs()).toEqual(new Set()));
  });

  it('are not written when the editor closes inside the app, or when nothing new was typed', async () => {
    const { db, talk, page } = await device();
    const here = page('here');
    const { session } = here.open();
    session.change('typed');
    await session.flush();
    expect(await here.savers.flushAll(true)).toBe(true);
    expect(here.tab.draftsWritten(talk.id)).toBe(0);
    expect(await drafts(db)).toEqual([]);
  });

  it('stay while the save is refused, are left alone by a tab that starts meanwhile, and go once the person chooses', async () => {
    const { db, talk, page } = await device();
    const here = page('here');
    const { session } = here.open();
    await saveNote(db, noteOf(talk), 'saved elsewhere');
    session.change('typed here');
    expect(await here.savers.flushAll(true)).toBe(false);
    expect((await drafts(db)).map((d) => [d.tab, d.text])).toEqual([['here', 'typed here']]);

    const later = page('later');
    const recovery = recovering(db, later.tab);
    await recovery.start();
    await settle();
    expect(recovery.notices).toEqual([]);
    expect((await drafts(db)).map((d) => d.tab)).toEqual(['here']); // its tab is open: its to save

    session.resolve('mine');
    await vi.waitFor(async () => expect(await drafts(db)).toEqual([]));
    expect((await getNote(db, talk.id))?.text).toBe('typed here');
    await settle();
    expect(recovery.notices).toEqual([]); // let go, and nothing was left to recover
  });
});

describe('a page that died before its save landed', () => {
  async function diedWithDraft(text: string) {
    const dev = await device();
    const gone = dev.page('gone');
    const base = await saveNote(dev.db, noteOf(dev.talk), 'before');
    // Its draft committed; its save (dropped with the page, as Chromium drops it) never did.
    await saveDraftFromTab(dev.db, gone.tab, { talkId: dev.talk.id, eventId: dev.talk.eventId, basedOn: base.revision ?? '', own: [] }, text);
    return { ...dev, gone, base };
  }

  it('leaves its draft to a tab open meanwhile, which saves it as soon as the page is gone, and says so', async () => {
    const { db, talk, page, gone } = await diedWithDraft('before, and typed as it was hidden');
    const open = page('open');
    const recovery = recovering(db, open.tab);
    await recovery.start(); // the page is still alive here: its draft is left to it, and watched
    await settle();
    expect(recovery.notices).toEqual([]);
    expect(await drafts(db)).toHaveLength(1);
    gone.close();
    await vi.waitFor(() => expect(recovery.notices).toMatchObject([{ kind: 'recovered', notes: [{ title: 'Contested', merged: false }] }]));
    expect((await getNote(db, talk.id))?.text).toBe('before, and typed as it was hidden');
    expect(await drafts(db)).toEqual([]);
  });

  it('that another tab hears of only later (its word on the drafts channel), is saved all the same', async () => {
    const { db, talk, page, gone } = await diedWithDraft('typed as it was hidden');
    const open = page('open');
    const recovery = recovering(db, open.tab);
    gone.tab.wroteDraft('another talk'); // its lock already held: it tells the tabs again
    await vi.waitFor(async () => expect(await open.tab.openTabs()).toEqual(new Set(['gone'])));
    await settle();
    gone.close();
    await vi.waitFor(() => expect(recovery.notices).toHaveLength(1));
    expect((await getNote(db, talk.id))?.text).toBe('typed as it was hidden');
  });

  it('whose notes moved on elsewhere meanwhile: they stay, with the draft added under them, and the person is told', async () => {
    const { db, talk, page, gone } = await diedWithDraft('typed as it was hidden');
    await saveNote(db, noteOf(talk), 'written in another tab');
    gone.close();
    const next = page('next start');
    const recovery = recovering(db, next.tab);
    await recovery.start();
    await vi.waitFor(() => expect(recovery.notices).toMatchObject([{ kind: 'recovered', notes: [{ merged: true }] }]));
    expect((await getNote(db, talk.id))?.text).toBe(appendRecovered('written in another tab', 'typed as it was hidden'));
  });

  it("where the browser has no Web Locks: the next start takes only drafts too old to be an open tab's", async () => {
    const { db, talk } = await device();
    const base = { talkId: talk.id, eventId: talk.eventId, basedOn: '', own: [], createdAt: 1 };
    await db.put('drafts', { ...base, tab: 'recent', text: 'a moment ago', updatedAt: Date.now() - 1000 });
    await db.put('drafts', { ...base, tab: 'old', text: 'long ago', updatedAt: Date.now() - UNKNOWN_TABS_WAIT_MS - 1000 });
    const recovery = recovering(db, createTab({ locks: null, channel: null }));
    await recovery.start();
    await vi.waitFor(() => expect(recovery.notices).toHaveLength(1));
    expect((await getNote(db, talk.id))?.text).toBe('long ago');
    expect((await drafts(db)).map((d) => d.tab)).toEqual(['recent']);
  });

  it('when saving the drafts fails, says so and keeps them for the next try', async () => {
    const { db, gone, page } = await diedWithDraft('typed as it was hidden');
    gone.close();
    const notices: RecoveryNotice[] = [];
    const tab = page('next start').tab;
    const failing = { ...tab, openTabs: () => Promise.reject(new Error('locks gone')) };
    await createRecovery(failing, (notice) => notices.push(notice))(db);
    expect(notices).toEqual([{ kind: 'recovery-failed', message: 'locks gone' }]);
    expect(await drafts(db)).toHaveLength(1);
  });
});
