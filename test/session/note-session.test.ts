// The editing session on fake-indexeddb, with its channels, locks and clock passed in: each page
// of a test is a tab of its own on one device.
import { describe, expect, it, vi } from 'vitest';
import { keepBoth, type ConflictChoice } from '../../src/model/conflicts';
import { getNote, saveNote } from '../../src/store/note-store';
import type { TalknotesDatabase } from '../../src/store/schema';
import { deleteTalk } from '../../src/store/talk-store';
import { noteOf } from '../store/helpers';
import { device } from './device';
import { settle } from './fakes';

const textOf = async (db: TalknotesDatabase, talkId: string) => (await getNote(db, talkId))?.text;

describe('saving as you type', () => {
  it('saves after a pause, tells the other tabs, and the lists hear each text as its save starts', async () => {
    const { db, talk, page, broadcasts } = await device();
    const here = page('here');
    const saving: string[] = [];
    const { session, statuses } = here.open(undefined, { onSaving: (text) => saving.push(text) });
    session.change('* one');
    await here.clock.advance(199);
    expect(await textOf(db, talk.id)).toBeUndefined();
    await here.clock.advance(1);
    await vi.waitFor(async () => expect(await textOf(db, talk.id)).toBe('* one'));
    // The line says "Saved" once typing has settled (session/status.ts).
    await here.clock.advance(600);
    expect(statuses.at(-1)?.state).toBe('saved');
    const note = await getNote(db, talk.id);
    expect(note?.text).toBe('* one');
    expect(saving).toEqual(['* one']);
    expect(broadcasts.posted).toEqual([{ talkId: talk.id, revision: note?.revision }]);
    expect(await session.close()).toBe(true);
  });

  it('closing saves what is left; a save that fails then is reported with its reason', async () => {
    const { db, talk, page } = await device();
    const here = page('here');
    const { session } = here.open();
    session.change('kept');
    expect(await session.close()).toBe(true);
    expect(await textOf(db, talk.id)).toBe('kept');
    const again = here.open({ text: 'kept', revision: (await getNote(db, talk.id))?.revision ?? '' });
    await deleteTalk(db, talk.id);
    again.session.change('typed as the talk was deleted elsewhere');
    expect(await again.session.close()).toBe(false);
    expect(here.reports).toEqual([
      'Your latest notes for "Contested" were not saved. This talk was deleted, so its notes cannot be saved. Copy your text before leaving.',
    ]);
  });

  it('two saves of one editor that overlap (a flush while a save runs) are no conflict', async () => {
    const { db, talk, page } = await device();
    const { session, events, clock } = ((p) => ({ ...p.open(), clock: p.clock }))(page('here'));
    session.change('a');
    await clock.advance(200); // the save starts…
    session.change('ab');
    expect(await session.flush()).toBe(true); // …and this one starts before it has committed
    expect(events).toEqual([]);
    expect(await textOf(db, talk.id)).toBe('ab');
  });
});

describe('a save over notes changed in another tab', () => {
  async function collided() {
    const dev = await device();
    const here = dev.page('here');
    const opened = here.open();
    const theirs = await saveNote(dev.db, noteOf(dev.talk), 'saved elsewhere');
    opened.session.change('typed here');
    expect(await opened.session.flush()).toBe(false);
    return { ...dev, here, ...opened, theirs };
  }

  it('is refused: the notes stay theirs, the editor shows the conflict and says why it did not save', async () => {
    const { db, talk, session, events, statuses, theirs } = await collided();
    expect(await getNote(db, talk.id)).toEqual(theirs);
    expect(session.conflict()).toEqual(theirs);
    // (The flush tries twice, and meets their text twice.)
    expect(events.length).toBeGreaterThan(0);
    expect(events).toEqual(events.map(() => ({ kind: 'conflict', theirs })));
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'Not saved: these notes were changed in another tab. Choose which version to keep.' });
  });

  it.each<[ConflictChoice, string | null, string]>([
    ['mine', null, 'typed here'],
    ['theirs', 'saved elsewhere', 'saved elsewhere'],
    ['both', keepBoth('typed here', 'saved elsewhere'), keepBoth('typed here', 'saved elsewhere')],
  ])('"%s" decides what the notes become', async (choice, toShow, result) => {
    const { db, talk, session, events } = await collided();
    const next = session.resolve(choice);
    expect(next).toBe(toShow);
    if (next !== null) session.change(next); // the editor shows it, as typed
    expect(await session.flush()).toBe(true);
    expect(await textOf(db, talk.id)).toBe(result);
    expect(session.conflict()).toBeNull();
    expect(events.at(-1)).toEqual({ kind: 'conflict', theirs: null });
  });

  it('left undecided when the editor closes: both are kept, this text first', async () => {
    const { db, talk, session } = await collided();
    expect(await session.close()).toBe(true);
    expect(await textOf(db, talk.id)).toBe(keepBoth('typed here', 'saved elsewhere'));
  });

  it("from an edit arriving after its editor closed (a photo), over a newer editor's text: both are kept", async () => {
    const { db, talk, page } = await device();
    const here = page('here');
    const first = here.open();
    first.session.change('a');
    await first.session.close();
    const left = await getNote(db, talk.id);
    const reopened = here.open({ text: 'a', revision: left?.revision ?? '' });
    reopened.session.change('a, then typed in the reopened editor');
    await reopened.session.flush();
    await first.session.save('a\n![photo](slide-1.jpg)');
    expect(await textOf(db, talk.id)).toBe(keepBoth('a\n![photo](slide-1.jpg)', 'a, then typed in the reopened editor'));
  });
});

describe('saves from another tab', () => {
  it('are loaded here when nothing typed here waits; the next save here builds on them', async () => {
    const { db, talk, page } = await device();
    const here = page('here').open();
    const there = page('there').open();
    there.session.change('from there');
    await there.session.flush();
    await vi.waitFor(() => expect(here.events).toEqual([{ kind: 'loaded', text: 'from there' }]));
    expect(here.session.text()).toBe('from there');
    here.session.change('from there, and here');
    expect(await here.session.flush()).toBe(true);
    expect(await textOf(db, talk.id)).toBe('from there, and here');
    await vi.waitFor(() => expect(there.events).toEqual([{ kind: 'loaded', text: 'from there, and here' }]));
  });

  it('are not loaded over text typed here that waits: the save here meets them as a conflict', async () => {
    const { page } = await device();
    const here = page('here').open();
    const there = page('there').open();
    here.session.change('typed here, waiting');
    there.session.change('from there');
    await there.session.flush();
    await settle();
    await settle();
    expect(here.events).toEqual([]);
    expect(await here.session.flush()).toBe(false);
    expect(here.events.at(-1)).toMatchObject({ kind: 'conflict', theirs: { text: 'from there' } });
    expect(here.events.every((event) => event.kind === 'conflict')).toBe(true);
  });

  it('that cannot be read are reported, and nothing changes', async () => {
    const { page } = await device();
    const herePage = page('here');
    const here = herePage.open(undefined, { withDB: () => Promise.reject(new Error('disk on fire')) });
    const there = page('there').open();
    there.session.change('from there');
    await there.session.flush();
    await vi.waitFor(() => expect(herePage.reports).toEqual(['Changes from another tab could not be loaded: disk on fire']));
    expect(here.session.text()).toBe('');
  });

  it('are no longer heard once the editor closed', async () => {
    const { page } = await device();
    const here = page('here').open();
    await here.session.close();
    const there = page('there').open();
    there.session.change('from there');
    await there.session.flush();
    await settle();
    await settle();
    expect(here.events).toEqual([]);
  });
});
