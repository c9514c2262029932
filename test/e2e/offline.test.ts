import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launch, phone, serve, waitForServiceWorker, watchForTrouble } from './support/browser';
import { addTalk, createEvent, notes, typeNotes } from './support/flows';

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
      await page
        .getByRole('list', { name: 'Events' })
        .getByRole('link', { name: /Offline Summit/ })
        .waitFor();
      expect(trouble.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('agenda import offline', () => {
  it('reads an .ics and a schedule.xml with the Wi-Fi down: their readers come from the service worker', async () => {
    const server = await serve();
    const context = await phone(browser, { timezoneId: 'Europe/Brussels' });
    const page = await context.newPage();
    const trouble = watchForTrouble(page);
    try {
      await page.goto(server.url);
      await waitForServiceWorker(page);
      await createEvent(page, { name: 'FOSDEM offline' });
      const eventUrl = page.url();
      await server.close();
      await context.setOffline(true);

      await page.goto(new URL('import', `${eventUrl}/`).href);
      const file = page.getByLabel('Agenda file (.ics, .json or .xml)');
      await file.setInputFiles({ name: 'fosdem.ics', mimeType: 'text/calendar', buffer: await fixture('ics/pentabarf-fosdem.ics') });
      await page.getByRole('status').filter({ hasText: '4 of 4 sessions chosen: 4 new' }).waitFor();
      await file.setInputFiles({ name: 'schedule.xml', mimeType: 'application/xml', buffer: await fixture('xml/pentabarf-fosdem-schedule.xml') });
      await page.getByRole('status').filter({ hasText: '3 of 3 sessions chosen: 3 new' }).waitFor();
      await page.getByRole('button', { name: 'Import 3 talks' }).click();
      await page.getByRole('heading', { level: 1, name: 'FOSDEM offline' }).waitFor();
      expect(await page.getByRole('link', { name: /Notes, Sync & the Offline Web/ }).innerText()).toContain(
        "10:00–10:50 · Élodie Marchal, Sam O'Neill · Janson",
      );
      expect(trouble.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
