import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../scripts/static-server.mjs';
import { launch, phone, waitForServiceWorker, watchForTrouble } from './support/browser';
import { addTalk, createEvent, notes, typeNotes } from './support/flows';

// A GitHub Pages project site lives at /<repository>/: the BASE_PATH build in docs/hosting.md must work there.
let browser: Browser;
let site: string;
beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'talknotes-subfolder-'));
  await build({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    base: '/talknotes/',
    logLevel: 'error',
    build: { outDir: site, emptyOutDir: true, sourcemap: false },
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await rm(site, { recursive: true, force: true });
});

describe('served from a sub-folder', () => {
  it('keeps every link, the manifest and the offline deep link inside /talknotes/', async () => {
    const server = await serveFolder(site, { prefix: '/talknotes' });
    const context = await phone(browser);
    const page = await context.newPage();
    const trouble = watchForTrouble(page);
    try {
      await page.goto(server.url);
      await waitForServiceWorker(page);
      await createEvent(page, { name: 'Pages Summit' });
      await addTalk(page, { title: 'Project sites' });
      await typeNotes(page, 'notes under a sub-folder');
      const talkUrl = new URL(page.url());
      expect(talkUrl.pathname).toMatch(/^\/talknotes\/talks\/[0-9a-f-]{36}$/);
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '';
        return (await fetch(href)).json();
      });
      expect(manifest).toMatchObject({ start_url: '/talknotes/', scope: '/talknotes/' });

      await server.close();
      await context.setOffline(true);
      await page.goto(talkUrl.href);
      await expect.poll(() => notes(page).inputValue()).toBe('notes under a sub-folder');
      await page.getByRole('link', { name: 'Pages Summit' }).click();
      expect(new URL(page.url()).pathname).toMatch(/^\/talknotes\/events\//);
      await page.getByRole('link', { name: 'Talknotes' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your events' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/talknotes/');
      expect(trouble.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
