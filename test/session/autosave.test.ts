import { describe, expect, it, vi } from 'vitest';
import { createAutosaver, describeSaveError, SAVE_MEASURE, type SaveStatus } from '../../src/session/autosave';
import { createSavers } from '../../src/session/savers';
import { createEvent } from '../../src/store/event-store';
import { getNote, saveNote } from '../../src/store/note-store';
import { createTalk } from '../../src/store/talk-store';
import { eventInput, freshDB, noteOf, saved, talkInput } from '../store/helpers';
import { fakeClock } from './fakes';

// Scheduling only, with a clock run by hand and a fake save; note-session.test.ts covers IndexedDB.
describe('autosave scheduling', () => {
  function setup(save = vi.fn((_text: string) => Promise.resolve())) {
    const statuses: SaveStatus[] = [];
    const clock = fakeClock();
    const saver = createAutosaver({ save, onStatus: (s) => statuses.push(s), idleMs: 200, maxWaitMs: 300, clock });
    return { saver, save, statuses, clock };
  }

  it('waits for a pause in typing, then saves the latest text once', async () => {
    const { saver, save, clock } = setup();
    saver.change('a');
    await clock.advance(100);
    saver.change('ab');
    await clock.advance(150);
    expect(save).not.toHaveBeenCalled();
    await clock.advance(50);
    expect(save.mock.calls).toEqual([['ab']]);
  });

  it('never leaves text unsaved for longer than maxWaitMs while typing without pause', async () => {
    const { saver, save, clock } = setup();
    for (let t = 0; t < 1000; t += 50) {
      saver.change(`text at ${t}`);
      await clock.advance(50);
    }
    // A save at least every 300 ms: 1 s of steady typing gives three or more.
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(save.mock.calls[0]).toEqual(['text at 250']);
  });

  it('does not run two writes at once and writes what was typed during a slow write', async () => {
    let finish!: () => void;
    const save = vi.fn((_text: string) => new Promise<void>((resolve) => (finish = resolve)));
    const { saver, statuses, clock } = setup(save);
    saver.change('first');
    await clock.advance(200);
    saver.change('second');
    await clock.advance(1000);
    expect(save.mock.calls).toEqual([['first']]);
    expect(statuses.at(-1)).toEqual({ state: 'saving' });
    finish();
    await clock.advance(300);
    expect(save.mock.calls).toEqual([['first'], ['second']]);
    finish();
    await clock.advance(0);
    expect(statuses.at(-1)?.state).toBe('saved');
  });

  it('flush starts writing the latest text at once, even while an older write runs', async () => {
    const pending: (() => void)[] = [];
    const save = vi.fn((_text: string) => new Promise<void>((resolve) => pending.push(resolve)));
    const { saver, statuses, clock } = setup(save);
    saver.change('older');
    await clock.advance(200);
    saver.change('older and newer');
    const flushed = saver.flush();
    // No timer, no waiting for the older write: a page being closed has no later moment to save in.
    expect(save.mock.calls).toEqual([['older'], ['older and newer']]);
    pending.forEach((resolve) => resolve());
    expect(await flushed).toBe(true);
    expect(statuses.at(-1)?.state).toBe('saved');
  });

  it('reports a failed save, keeps the text unsaved, and retries on flush', async () => {
    const save = vi
      .fn((_text: string) => Promise.resolve())
      .mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'))
      .mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    const { saver, statuses, clock } = setup(save);
    saver.change('precious');
    await clock.advance(200);
    expect(statuses.at(-1)).toEqual({
      state: 'error',
      message: 'Not saved: this device is out of storage space. Free some space, then keep typing to retry.',
    });
    expect(await saver.flush()).toBe(true);
    expect(save.mock.calls.map((c) => c[0])).toEqual(['precious', 'precious', 'precious']);
    expect(statuses.at(-1)?.state).toBe('saved');
  });

  it('times each committed save for the benchmark, and no failed one', async () => {
    const measure = vi.spyOn(performance, 'measure');
    let fail = true;
    const { saver, clock } = setup(vi.fn(() => (fail ? Promise.reject(new Error('disk full')) : Promise.resolve())));
    saver.change('a');
    await clock.advance(300);
    expect(measure.mock.calls.filter(([name]) => name === SAVE_MEASURE)).toHaveLength(0);
    fail = false;
    await saver.flush();
    const saves = measure.mock.calls.filter(([name]) => name === SAVE_MEASURE);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.[1]).toEqual({ start: expect.any(Number), end: expect.any(Number) });
    measure.mockRestore();
  });

  it('when the page is being left, writes a draft first, in the same task as the save; otherwise never', async () => {
    const calls: string[] = [];
    const rescue = vi.fn((text: string) => (calls.push(`draft ${text}`), Promise.resolve()));
    const save = vi.fn((text: string) => (calls.push(`save ${text}`), Promise.resolve()));
    const clock = fakeClock();
    const saver = createAutosaver({ save, rescue, onStatus: () => undefined, idleMs: 200, maxWaitMs: 300, clock });
    saver.change('typed');
    await clock.advance(200); // a save from a pause: no draft
    saver.change('typed more');
    await saver.flush(); // the editor closing inside the app: no draft either
    saver.change('typed even more');
    const leaving = saver.flush(true);
    expect(calls).toEqual(['save typed', 'save typed more', 'draft typed even more', 'save typed even more']);
    expect(await leaving).toBe(true);
    expect(await saver.flush(true)).toBe(true); // nothing new typed: nothing written
    expect(rescue).toHaveBeenCalledTimes(1);
  });

  it('when the page is being left while a save still runs, writes the text again, with its draft', async () => {
    const pending: (() => void)[] = [];
    const save = vi.fn((_text: string) => new Promise<void>((resolve) => pending.push(resolve)));
    const rescue = vi.fn((_text: string) => Promise.resolve());
    const clock = fakeClock();
    const saver = createAutosaver({ save, rescue, onStatus: () => undefined, idleMs: 200, maxWaitMs: 300, clock });
    saver.change('typed, then a pause');
    await clock.advance(200); // the save starts, and the page closes before it commits
    const leaving = saver.flush(true);
    expect(rescue.mock.calls).toEqual([['typed, then a pause']]);
    expect(save.mock.calls).toEqual([['typed, then a pause'], ['typed, then a pause']]);
    pending.forEach((resolve) => resolve());
    expect(await leaving).toBe(true);
  });

  it('a draft that fails does not count against a save that commits (developers see it in the console)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver({
      save: () => Promise.resolve(),
      rescue: () => Promise.reject(new Error('draft refused')),
      onStatus: (s) => statuses.push(s),
    });
    saver.change('kept');
    expect(await saver.flush(true)).toBe(true);
    expect(statuses.at(-1)?.state).toBe('saved');
    expect(warn).toHaveBeenCalledWith('Talknotes could not write a draft:', new Error('draft refused'));
    warn.mockRestore();
  });

  it('flush with nothing typed does not write', async () => {
    const { saver, save } = setup();
    expect(await saver.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('describeSaveError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), 'Not saved: this device is out of storage space. Free some space, then keep typing to retry.'],
    [Object.assign(new Error('This talk was deleted'), { name: 'MissingRecordError' }), 'This talk was deleted'],
    [new Error('disk on fire'), 'Not saved: disk on fire. Keep typing or press "Try again" to retry.'],
  ])('%s', (error, message) => expect(describeSaveError(error)).toBe(message));
});

describe('autosave into IndexedDB', () => {
  async function talkInNewDB() {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const talk = saved(await createTalk(db, event.id, talkInput()));
    return { db, talk };
  }

  it('flush writes the latest text and reports "saved" only after the commit', async () => {
    const { db, talk } = await talkInNewDB();
    const statuses: SaveStatus['state'][] = [];
    const saver = createAutosaver({
      save: (text) => saveNote(db, noteOf(talk), text),
      onStatus: (status) => statuses.push(status.state),
      clock: fakeClock(), // only the flush may write in this test
    });
    saver.change('* one');
    saver.change('* one\n* two');
    expect(await getNote(db, talk.id)).toBeUndefined();
    expect(await saver.flush()).toBe(true);
    expect((await getNote(db, talk.id))?.text).toBe('* one\n* two');
    expect(statuses.at(-1)).toBe('saved');
    await saver.dispose();
  });

  it('saves on its own after a pause in typing', async () => {
    const { db, talk } = await talkInNewDB();
    const clock = fakeClock();
    const statuses: SaveStatus['state'][] = [];
    const saver = createAutosaver({
      save: (text) => saveNote(db, noteOf(talk), text),
      onStatus: (s) => statuses.push(s.state),
      idleMs: 20,
      maxWaitMs: 50,
      clock,
    });
    saver.change('typed');
    await clock.advance(19);
    expect(await getNote(db, talk.id)).toBeUndefined();
    await clock.advance(1);
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('saved'));
    expect((await getNote(db, talk.id))?.text).toBe('typed');
    await saver.dispose();
  });

  it("the app's savers flush together, each open one; a disposed one is no longer theirs", async () => {
    const a = await talkInNewDB();
    const b = await talkInNewDB();
    const savers = createSavers();
    const slow = { clock: fakeClock(), onStatus: () => undefined, savers };
    const saverA = createAutosaver({ ...slow, save: (text) => saveNote(a.db, noteOf(a.talk), text) });
    const saverB = createAutosaver({ ...slow, save: (text) => saveNote(b.db, noteOf(b.talk), text) });
    saverA.change('A');
    saverB.change('B');
    expect(await savers.flushAll()).toBe(true);
    expect((await getNote(a.db, a.talk.id))?.text).toBe('A');
    expect((await getNote(b.db, b.talk.id))?.text).toBe('B');
    await saverA.dispose();
    saverA.change('A, after its editor closed');
    saverB.change('B again');
    expect(await savers.flushAll()).toBe(true);
    expect((await getNote(a.db, a.talk.id))?.text).toBe('A');
    expect((await getNote(b.db, b.talk.id))?.text).toBe('B again');
    await saverB.dispose();
  });

  it('the savers report false when one of them could not save', async () => {
    const savers = createSavers();
    const saver = createAutosaver({ save: () => Promise.reject(new Error('disk on fire')), onStatus: () => undefined, clock: fakeClock(), savers });
    saver.change('lost?');
    expect(await savers.flushAll()).toBe(false);
  });
});
