import { afterEach, describe, expect, it, vi } from 'vitest';

// this-tab.ts with a stand-in for the browser's Web Locks and BroadcastChannel (Node has neither
// navigator.locks nor a page to close). Each test loads a fresh copy of the module.
type Grant = (lock: { name: string; mode: string }) => unknown;
type Request = (name: string, optionsOrGrant: object | Grant, grant?: Grant) => Promise<unknown>;

const posted: unknown[] = [];
async function loadWith(request: Request, pending: () => { name: string; mode: string }[] = () => []) {
  vi.resetModules();
  posted.length = 0;
  const locks = { request: vi.fn(request), query: vi.fn(async () => ({ held: [], pending: pending() })) };
  vi.stubGlobal('navigator', { locks });
  vi.stubGlobal(
    'BroadcastChannel',
    class {
      addEventListener() {}
      postMessage(message: unknown) {
        posted.push(message);
      }
    },
  );
  return { tab: await import('../../src/store/this-tab'), locks };
}
const grant = (optionsOrGrant: object | Grant, maybe?: Grant) => (typeof optionsOrGrant === 'function' ? optionsOrGrant : maybe!);
const aTimer = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("this tab's lock", () => {
  it('is held while the tab has drafts, announced once held, and let go when its saves have landed', async () => {
    let released = false;
    const { tab, locks } = await loadWith(async (name, options, maybe) => {
      await grant(options, maybe)({ name, mode: 'exclusive' });
      released = true;
    });
    tab.wroteDraft('t1');
    await aTimer();
    expect(locks.request).toHaveBeenCalledTimes(1);
    expect(locks.request.mock.calls[0]?.[0]).toBe(`talknotes-tab-${tab.TAB}`);
    expect(posted).toEqual([tab.TAB]);
    expect(released).toBe(false);
    tab.clearedDrafts('t1', tab.draftsWritten('t1'));
    await aTimer();
    expect(released).toBe(true);
    expect(tab.draftsWritten('t1')).toBe(0);
  });

  it('is not asked for again and again when the browser refuses it (the page would freeze)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { tab, locks } = await loadWith(() => Promise.reject(new DOMException('opaque origin', 'SecurityError')));
    tab.wroteDraft('t1');
    await aTimer(); // a timer still runs: no loop of microtasks in between
    tab.wroteDraft('t2');
    await aTimer();
    expect(locks.request).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('watching another tab', () => {
  it('waits while that tab is alive (still asking for its lock), then says so once it has let go', async () => {
    let alive = true;
    const { tab, locks } = await loadWith(
      async (name, options, maybe) => grant(options, maybe)({ name, mode: 'shared' }),
      () => (alive ? [{ name: 'talknotes-tab-other', mode: 'exclusive' }] : []),
    );
    const letGo = vi.fn();
    tab.whenDraftsLetGo(letGo);
    locks.query.mockImplementationOnce(async () => ({ held: [], pending: [{ name: 'talknotes-tab-other', mode: 'exclusive' }] }));
    alive = false;
    tab.watchTab('other');
    tab.watchTab('other'); // twice: one watch
    await vi.waitFor(() => expect(letGo).toHaveBeenCalledOnce());
    // Asked twice: once granted while the tab was still waiting for its lock, once after.
    expect(locks.request.mock.calls.map((c) => [c[0], c[1]])).toEqual([
      ['talknotes-tab-other', { mode: 'shared' }],
      ['talknotes-tab-other', { mode: 'shared' }],
    ]);
    tab.watchTab(tab.TAB); // never itself
    expect(locks.request).toHaveBeenCalledTimes(2);
  });

  it('tries again on the next word from that tab after a watch failed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { tab, locks } = await loadWith(() => Promise.reject(new DOMException('gone', 'AbortError')));
    tab.watchTab('other');
    await aTimer();
    tab.watchTab('other');
    await aTimer();
    expect(locks.request).toHaveBeenCalledTimes(2);
  });
});
