import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, phone, serve, waitForServiceWorker, watchForTrouble } from './browser';
import { addTalk, createEvent, notes, typeNotes } from './flows';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('opens a deep link to a talk with no server at all, saves typing, and keeps it across reloads', async () => {
    const server = await serve();
    const context = await phone(browser);
    const page = await context.newPage();
    const trouble = watchForTrouble(page);
    try {
      await page.goto(server.url);
      await waitForServiceWorker(page);
      await createEvent(page, { name: 'Offline Summit', start: '2026-11-26' });
      await addTalk(page, { title: 'Talk in a dark hall', start: '10:00' });
      await typeNotes(page, '* typed online\n');
      const talkUrl = page.url();

      // Wi-Fi down: the server is gone and the browser is offline.
      await server.close();
      await context.setOffline(true);

      await page.goto(talkUrl);
      await page.getByRole('heading', { level: 1, name: 'Talk in a dark hall' }).waitFor();
      expect(await notes(page).inputValue()).toBe('* typed online\n');
      await notes(page).press('End');
      await page.keyboard.press('Control+End');
      await typeNotes(page, '* typed offline');

      await page.reload();
      await expect.poll(() => notes(page).inputValue()).toBe('* typed online\n* typed offline');

      // The preview (a lazily loaded part of the app) works offline too.
      await page.getByRole('tab', { name: 'Preview' }).click();
      const preview = page.getByRole('tabpanel', { name: 'Preview' });
      await preview.getByRole('listitem').filter({ hasText: 'typed offline' }).waitFor();

      // Every other screen loads offline as well.
      await page.goto(new URL('/events/new', talkUrl).href);
      await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
      await page.goto(new URL('/', talkUrl).href);
      await page.getByRole('list', { name: 'Events' }).getByRole('link', { name: /Offline Summit/ }).waitFor();
      expect(trouble.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
