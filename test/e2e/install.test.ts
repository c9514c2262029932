import { cp, mkdtemp, appendFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launch, launchWithProfile, phone, serve, waitForServiceWorker, watchForTrouble } from './support/browser';
import { addTalk, createEvent, notes, typeNotes } from './support/flows';

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

/** A copy of the build, served, that can be "deployed" again with a changed service worker. */
async function deployable() {
  const site = await mkdtemp(join(tmpdir(), 'talknotes-site-'));
  await cp(DIST, site, { recursive: true });
  const server = await serve(site);
  const context = await phone(browser);
  return {
    server,
    context,
    /** Publishes a new version and makes the page look for it, as it does on its own over time. */
    async deploy(page: Page) {
      await appendFile(join(site, 'sw.js'), `\n// a new version ${Date.now()}\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    },
    async close() {
      await context.close();
      await server.close();
      await rm(site, { recursive: true, force: true });
    },
  };
}

const mark = (p: Page) => p.evaluate(() => Object.assign(window, { sameDocument: true }));
const stillSameDocument = (p: Page) => p.evaluate(() => 'sameDocument' in window);

describe('updating', () => {
  it('offers "Reload to update", never reloads by itself, and saves pending notes before reloading', async () => {
    const app = await deployable();
    const page = await app.context.newPage();
    const trouble = watchForTrouble(page);
    try {
      await page.goto(app.server.url);
      await waitForServiceWorker(page);
      await createEvent(page, { name: 'Update Summit' });
      await addTalk(page, { title: 'Talk during a deploy' });
      await typeNotes(page, 'before the update\n');
      const other = await app.context.newPage(); // a second tab, also typing
      await other.goto(page.url());
      await notes(other).waitFor();

      await Promise.all([mark(page), mark(other)]);
      await app.deploy(page);

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
      await app.close();
    }
  });

  it('does not reload while the latest notes cannot be saved', async () => {
    const app = await deployable();
    const page = await app.context.newPage();
    try {
      await page.goto(app.server.url);
      await waitForServiceWorker(page);
      await createEvent(page, { name: 'Unsaved Summit' });
      await addTalk(page, { title: 'Deleted elsewhere' });
      await typeNotes(page, 'saved part');

      // Another tab deletes the talk, so this tab's next save fails.
      const other = await app.context.newPage();
      await other.goto(page.url());
      await other.getByRole('link', { name: 'Edit talk' }).click();
      await other.getByRole('button', { name: 'Delete talk' }).click();
      await other.getByRole('alertdialog').getByRole('button', { name: 'Delete talk' }).click();
      await other.getByRole('heading', { level: 1, name: 'Unsaved Summit' }).waitFor();

      await notes(page).press('Control+End');
      await page.keyboard.type(' and a part that cannot be saved');
      await page.getByRole('status').filter({ hasText: 'This talk was deleted, so its notes cannot be saved.' }).waitFor();

      await mark(page);
      await app.deploy(page);
      await page.getByRole('button', { name: 'Reload to update' }).click();
      await page.getByText('Your latest notes are not saved yet, so Talknotes did not reload.').waitFor();
      await page.waitForTimeout(500);
      expect(await stillSameDocument(page)).toBe(true);
      expect(await notes(page).inputValue()).toBe('saved part and a part that cannot be saved');
    } finally {
      await app.close();
    }
  });
});
