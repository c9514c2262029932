import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, describeSaveError, SAVE_MEASURE, type SaveStatus } from '../../src/store/autosave';

// Scheduling only, with a fake clock and a fake save; test/store/note-store.test.ts covers IndexedDB.
describe('autosave scheduling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(save = vi.fn((_text: string) => Promise.resolve())) {
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver({ save, onStatus: (s) => statuses.push(s), idleMs: 200, maxWaitMs: 300 });
    return { saver, save, statuses };
  }

  it('waits for a pause in typing, then saves the latest text once', async () => {
    const { saver, save } = setup();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(100);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(150);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(save.mock.calls).toEqual([['ab']]);
  });

  it('never leaves text unsaved for longer than maxWaitMs while typing without pause', async () => {
    const { saver, save } = setup();
    for (let t = 0; t < 1000; t += 50) {
      saver.change(`text at ${t}`);
      await vi.advanceTimersByTimeAsync(50);
    }
    // A save at least every 300 ms: 1 s of steady typing gives three or more.
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(save.mock.calls[0]).toEqual(['text at 250']);
  });

  it('does not run two writes at once and writes what was typed during a slow write', async () => {
    let finish!: () => void;
    const save = vi.fn((_text: string) => new Promise<void>((resolve) => (finish = resolve)));
    const { saver, statuses } = setup(save);
    saver.change('first');
    await vi.advanceTimersByTimeAsync(200);
    saver.change('second');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save.mock.calls).toEqual([['first']]);
    expect(statuses.at(-1)).toEqual({ state: 'saving' });
    finish();
    await vi.advanceTimersByTimeAsync(300);
    expect(save.mock.calls).toEqual([['first'], ['second']]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)?.state).toBe('saved');
  });

  it('flush starts writing the latest text at once, even while an older write runs', async () => {
    const pending: (() => void)[] = [];
    const save = vi.fn((_text: string) => new Promise<void>((resolve) => pending.push(resolve)));
    const { saver, statuses } = setup(save);
    saver.change('older');
    await vi.advanceTimersByTimeAsync(200);
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
    const { saver, statuses } = setup(save);
    saver.change('precious');
    await vi.advanceTimersByTimeAsync(200);
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
    const { saver } = setup(vi.fn(() => (fail ? Promise.reject(new Error('disk full')) : Promise.resolve())));
    saver.change('a');
    await vi.advanceTimersByTimeAsync(300);
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
    const saver = createAutosaver({ save, rescue, onStatus: () => undefined, idleMs: 200, maxWaitMs: 300 });
    saver.change('typed');
    await vi.advanceTimersByTimeAsync(200); // a save from a pause: no draft
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
    const saver = createAutosaver({ save, rescue, onStatus: () => undefined, idleMs: 200, maxWaitMs: 300 });
    saver.change('typed, then a pause');
    await vi.advanceTimersByTimeAsync(200); // the save starts, and the page closes before it commits
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
