import { cp, mkdtemp, appendFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launch, launchWithProfile, phone, serve, waitForServiceWorker, watchForTrouble } from './browser';
import { addTalk, createEvent, notes, typeNotes } from './flows';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: number[]): [number, number] {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (signature.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG');
  const read = (at: number) => ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
  return [read(16), read(20)];
}

describe('installing', () => {
  it('has a complete web manifest with PNG icons, and Chromium finds it installable', async () => {
    const server = await serve();
    const profile = await mkdtemp(join(tmpdir(), 'talknotes-profile-'));
    const context = await launchWithProfile(profile);
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await waitForServiceWorker(page);
      const manifestUrl = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '');
      const manifest = await (await fetch(manifestUrl)).json();
      expect(manifest).toMatchObject({
        name: 'Talknotes — conference notes',
        short_name: 'Talknotes',
        description: expect.stringContaining('offline'),
        display: 'standalone',
        start_url: '/',
        scope: '/',
        theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
        background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      });
      const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
      expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
      for (const icon of icons) {
        const response = await fetch(new URL(icon.src, manifestUrl));
        expect(response.headers.get('content-type')).toBe('image/png');
        const [w, h] = pngSize([...new Uint8Array(await response.arrayBuffer())]);
        expect(`${w}x${h}`).toBe(icon.sizes);
      }

      const cdp = await context.newCDPSession(page);
      expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    } finally {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});

describe('updating', () => {
  it('offers "Reload to update", never reloads by itself, and saves pending notes before reloading', async () => {
    // A copy of the build that can be "deployed" again with a changed service worker.
    const site = await mkdtemp(join(tmpdir(), 'talknotes-site-'));
    await cp(DIST, site, { recursive: true });
    const server = await serve(site);
    const context = await phone(browser);
    const page = await context.newPage();
    const trouble = watchForTrouble(page);
    try {
      await page.goto(server.url);
      await waitForServiceWorker(page);
      await createEvent(page, { name: 'Update Summit' });
      await addTalk(page, { title: 'Talk during a deploy' });
      await typeNotes(page, 'before the update\n');
      const other = await context.newPage(); // a second tab, also typing
      await other.goto(page.url());
      await notes(other).waitFor();

      await appendFile(join(site, 'sw.js'), '\n// a new version\n');
      const mark = (p: Page) => p.evaluate(() => Object.assign(window, { sameDocument: true }));
      const stillSameDocument = (p: Page) => p.evaluate(() => 'sameDocument' in window);
      await Promise.all([mark(page), mark(other)]);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
      await prompt.waitFor();
      await other.getByRole('button', { name: 'Reload to update' }).waitFor();
      await page.waitForTimeout(1000);
      expect(await stillSameDocument(page)).toBe(true);

      // Typed just now, still inside the autosave delay, then straight to "Reload to update".
      await notes(page).press('Control+End');
      await page.keyboard.type('typed right before reloading');
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: 'Reload to update' }).click();
      await reloaded;
      await expect.poll(() => notes(page).inputValue()).toBe('before the update\ntyped right before reloading');
      expect(await page.getByRole('button', { name: 'Reload to update' }).count()).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();

      // The other tab did not ask to update: it keeps its document and its prompt.
      await other.waitForTimeout(500);
      expect(await stillSameDocument(other)).toBe(true);
      await other.getByRole('button', { name: 'Reload to update' }).waitFor();
      expect(trouble.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      await rm(site, { recursive: true, force: true });
    }
  });
});
