import { describe, expect, it, vi } from 'vitest';
import { createTab, DRAFTS_CHANNEL, type Locks } from '../../src/session/tab';
import { fakeBroadcasts, fakeLockManager, settle } from './fakes';

// A tab with stand-ins for Web Locks and the channel between tabs, passed in.
type Grant = (lock: { name: string; mode: string }) => unknown;
type Request = (name: string, optionsOrGrant: object | Grant, grant?: Grant) => Promise<unknown>;
const grant = (optionsOrGrant: object | Grant, maybe?: Grant) => (typeof optionsOrGrant === 'function' ? optionsOrGrant : maybe!);

/** Locks that answer each request as `request` says, and name `pending()` as waiting. */
function scriptedLocks(request: Request, pending: () => { name: string; mode: string }[] = () => []) {
  return { request: vi.fn(request), query: vi.fn(async () => ({ held: [], pending: pending() })) };
}
const asLocks = (locks: ReturnType<typeof scriptedLocks>) => locks as unknown as Locks;

describe("this tab's lock", () => {
  it('is held while the tab has drafts, announced once held, and let go when its saves have landed', async () => {
    const locks = fakeLockManager();
    const open = fakeBroadcasts();
    const tab = createTab({ id: 'me', locks: locks.page(), channel: open(DRAFTS_CHANNEL) });
    const other = createTab({ id: 'other', locks: locks.page(), channel: null });
    tab.wroteDraft('t1');
    await settle();
    await settle();
    expect(await other.openTabs()).toEqual(new Set(['me']));
    expect(open.posted).toEqual(['me']);
    tab.wroteDraft('t1'); // held already: told again, for tabs opened since
    expect(open.posted).toEqual(['me', 'me']);
    tab.clearedDrafts('t1', 1); // a save that started before the second draft: not cleared
    await settle();
    expect(await other.openTabs()).toEqual(new Set(['me']));
    tab.clearedDrafts('t1', tab.draftsWritten('t1'));
    await settle();
    expect(await other.openTabs()).toEqual(new Set());
    expect(tab.draftsWritten('t1')).toBe(0);
  });

  it('is not asked for again and again when the browser refuses it (the page would freeze)', async () => {
    const warn = vi.fn();
    const locks = scriptedLocks(() => Promise.reject(new DOMException('opaque origin', 'SecurityError')));
    const tab = createTab({ locks: asLocks(locks), channel: null, warn });
    tab.wroteDraft('t1');
    await settle(); // a timer still runs: no loop of microtasks in between
    tab.wroteDraft('t2');
    await settle();
    expect(locks.request).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('is never asked for where the browser has no Web Locks; open tabs are then unknown', async () => {
    const tab = createTab({ locks: null, channel: null });
    tab.wroteDraft('t1');
    expect(tab.draftsWritten('t1')).toBe(1);
    expect(await tab.openTabs()).toBeNull();
  });
});

describe('watching another tab', () => {
  it('waits while that tab is alive (still asking for its lock), then says so once it has let go', async () => {
    let alive = true;
    const locks = scriptedLocks(
      async (name, options, maybe) => grant(options, maybe)({ name, mode: 'shared' }),
      () => (alive ? [{ name: 'talknotes-tab-other', mode: 'exclusive' }] : []),
    );
    const tab = createTab({ id: 'me', locks: asLocks(locks), channel: null });
    const letGo = vi.fn();
    tab.whenDraftsLetGo(letGo);
    locks.query.mockImplementationOnce(async () => ({ held: [], pending: [{ name: 'talknotes-tab-other', mode: 'exclusive' }] }));
    alive = false;
    tab.watch('other');
    tab.watch('other'); // twice: one watch
    await vi.waitFor(() => expect(letGo).toHaveBeenCalledOnce());
    // Asked twice: once granted while the tab was still waiting for its lock, once after.
    expect(locks.request.mock.calls.map((c) => [c[0], c[1]])).toEqual([
      ['talknotes-tab-other', { mode: 'shared' }],
      ['talknotes-tab-other', { mode: 'shared' }],
    ]);
    tab.watch('me'); // never itself
    expect(locks.request).toHaveBeenCalledTimes(2);
  });

  it('tries again on the next word from that tab after a watch failed', async () => {
    const warn = vi.fn();
    const locks = scriptedLocks(() => Promise.reject(new DOMException('gone', 'AbortError')));
    const tab = createTab({ locks: asLocks(locks), channel: null, warn });
    tab.watch('other');
    await settle();
    tab.watch('other');
    await settle();
    expect(locks.request).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith('Talknotes could not watch another tab (Web Locks):', expect.any(DOMException));
  });

  it('hears of a tab with drafts over the channel, and is told when that tab closes', async () => {
    const locks = fakeLockManager();
    const open = fakeBroadcasts();
    const writerLocks = locks.page();
    const writer = createTab({ id: 'writer', locks: writerLocks, channel: open(DRAFTS_CHANNEL) });
    const watcher = createTab({ id: 'watcher', locks: locks.page(), channel: open(DRAFTS_CHANNEL) });
    const letGo = vi.fn();
    watcher.whenDraftsLetGo(letGo);
    writer.wroteDraft('t1');
    await vi.waitFor(async () => expect(await watcher.openTabs()).toEqual(new Set(['writer'])));
    await settle();
    expect(letGo).not.toHaveBeenCalled(); // alive, holding its lock
    writerLocks.close(); // the page is gone: the browser lets go of its lock
    await vi.waitFor(() => expect(letGo).toHaveBeenCalledOnce());
  });
});
