// What a person does in the app, step by step, found by role and name as they read the screen.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Fills in "New event" and creates it; ends on the event's page. */
export async function createEvent(page: Page, event: { name: string; location?: string; start?: string; end?: string; link?: string }) {
  await page.getByRole('link', { name: 'New event' }).click();
  await page.getByLabel('Name').fill(event.name);
  if (event.location) await page.getByLabel('Location').fill(event.location);
  if (event.start) await page.getByLabel('Start date').fill(event.start);
  if (event.end) await page.getByLabel('End date').fill(event.end);
  if (event.link) await page.getByLabel('Link').fill(event.link);
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.getByRole('heading', { level: 1, name: event.name }).waitFor();
}

/** From an event's page, adds a talk (on a day given by its "Add talk to …" button); ends in its notes. */
export async function addTalk(
  page: Page,
  talk: { title: string; speaker?: string; role?: string; start?: string; end?: string; room?: string; addButton?: RegExp | string },
) {
  await page.getByRole('link', { name: talk.addButton ?? 'Add talk', exact: typeof talk.addButton !== 'object' }).click();
  await page.getByLabel('Title').fill(talk.title);
  if (talk.speaker) await page.getByLabel('Speaker name').fill(talk.speaker);
  if (talk.role) await page.getByLabel('Speaker role or handle').fill(talk.role);
  if (talk.start) await page.getByLabel('Start time').fill(talk.start);
  if (talk.end) await page.getByLabel('End time').fill(talk.end);
  if (talk.room) await page.getByLabel('Room or track').fill(talk.room);
  await page.getByRole('button', { name: 'Add talk', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: talk.title }).waitFor();
}

/** The notes text area of the open talk. */
export function notes(page: Page) {
  return page.getByRole('textbox', { name: 'Notes' });
}

/** Waits until the editor says "Saved" (the write transaction has committed). */
export async function waitUntilSaved(page: Page) {
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

/**
 * Enters text into the notes (as typing or pasting would, but without the Enter key's list
 * continuation, so the text lands exactly as given), then waits for the save.
 */
export async function typeNotes(page: Page, text: string) {
  await notes(page).focus();
  await page.keyboard.insertText(text);
  await waitUntilSaved(page);
  expect(await notes(page).inputValue()).toContain(text);
}
