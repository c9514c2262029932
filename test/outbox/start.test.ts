// The outbox's triggers, and the locks it sends under.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLocks, pageLocks } from '../../src/outbox/locks';
import type { Outbox } from '../../src/outbox/runner';
import { startOutbox } from '../../src/outbox/start';

describe('startOutbox', () => {
  it('sends at start, when online, when visible again; nothing after stopping', async () => {
    const sendNow = vi.fn(() => Promise.reject(new Error('told to the listeners already')));
    const outbox = { sendNow } as unknown as Outbox;
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const stop = startOutbox(outbox, { window: win, document: doc });
    expect(sendNow).toHaveBeenCalledTimes(1);
    win.dispatchEvent(new Event('online'));
    expect(sendNow).toHaveBeenCalledTimes(2);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(sendNow).toHaveBeenCalledTimes(2);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(sendNow).toHaveBeenCalledTimes(3);
    stop();
    win.dispatchEvent(new Event('online'));
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(sendNow).toHaveBeenCalledTimes(3);
  });
});

describe('locks', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pageLocks: one holder at a time, the next after a failed one', async () => {
    const locks = pageLocks();
    const order: string[] = [];
    const hold =
      (name: string, fail = false) =>
      async () => {
        order.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 5));
        order.push(`${name} out`);
        if (fail) throw new Error(name);
      };
    const results = await Promise.allSettled([locks.request('x', hold('a', true)), locks.request('x', hold('b'))]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
  });

  it('browserLocks: Web Locks when there; a refused lock falls back to the page, a failed job does not', async () => {
    const request = vi.fn((_name: string, callback: () => Promise<unknown>) => callback());
    vi.stubGlobal('navigator', { locks: { request } });
    expect(await browserLocks().request('talknotes-outbox', async () => 7)).toBe(7);
    expect(request).toHaveBeenCalledTimes(1);
    await expect(browserLocks().request('l', () => Promise.reject(new Error('job failed')))).rejects.toThrow('job failed');
    expect(request).toHaveBeenCalledTimes(2);

    vi.stubGlobal('navigator', { locks: { request: () => Promise.reject(new DOMException('opaque origin', 'SecurityError')) } });
    expect(await browserLocks().request('l', async () => 'ran anyway')).toBe('ran anyway');
  });
});
