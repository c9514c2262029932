// What a person does at a conference, written once against the engines' common Tab API, so the
// same steps run in Chromium, Firefox and WebKit.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawJpeg } from '../support/exif';
import type { Tab } from './types';
import { until } from './wait';

/** The notes' text area. */
export const notes = (tab: Tab) => tab.role('textbox', 'Notes', { exact: true });

/** Waits until the status says "Saved" (the notes are committed to IndexedDB). */
export const waitUntilSaved = (tab: Tab) => tab.find({ role: 'status', hasText: /^Saved$/ }).waitFor();

/** Waits for a status message. */
export const status = (tab: Tab, text: string | RegExp) => tab.find({ role: 'status', hasText: text }).waitFor();

/** Waits until the notes read `text`; fails showing what they read instead. */
export async function notesRead(tab: Tab, text: string, what: string): Promise<void> {
  await until(async () => (await notes(tab).value()) === text, what).catch(async (error: Error) => {
    throw new Error(`${error.message}; the notes read ${JSON.stringify(await notes(tab).value())}`);
  });
}

/** "New event" (with a day, so its talks export) → "Add talk"; ends in the talk's notes. */
export async function createEventAndTalk(tab: Tab, event: string, talk: string): Promise<void> {
  await tab.role('link', 'New event', { exact: true }).click();
  await tab.label('Name').fill(event);
  await tab.label('Start date').fill('2026-11-26');
  await until(async () => (await tab.label('Start date').value()) === '2026-11-26', 'the start date as typed');
  await tab.role('button', 'Create event', { exact: true }).click();
  await tab.role('heading', event, { level: 1, exact: true }).waitFor();
  await tab.role('link', 'Add talk', { exact: true }).click();
  await tab.label('Title').fill(talk);
  await tab.role('button', 'Add talk', { exact: true }).click();
  await tab.role('heading', talk, { level: 1, exact: true }).waitFor();
}

/** Types a bullet, Enter (which continues the list), Enter again, the "Quote" quick insert and a quote. */
export async function typeListAndQuote(tab: Tab): Promise<string> {
  await notes(tab).type('* first point\nsecond point');
  await notesRead(tab, '* first point\n* second point', 'Enter to continue the list');
  await notes(tab).type('\n');
  await tab.find({ role: 'button', name: 'Quote', exact: true, within: { role: 'toolbar', name: 'Quick insert' } }).click();
  await notes(tab).type('Never pay for idle');
  const typed = '* first point\n* second point\n> Never pay for idle';
  await notesRead(tab, typed, 'the quote line');
  await waitUntilSaved(tab);
  return typed;
}

/** A small JPEG made by the browser under test (red and blue halves), written to `dir` (a file input takes its path). */
export async function makeJpeg(tab: Tab, dir: string): Promise<string> {
  const base64 = await tab.evaluate(drawJpeg, {
    width: 800,
    height: 600,
    fills: [
      ['#f00', 0, 0, 400, 600],
      ['#00f', 400, 0, 400, 600],
    ],
  });
  const path = join(dir, 'slide.jpg');
  await writeFile(path, Buffer.from(base64, 'base64'));
  return path;
}

/** What the engine offers of the APIs the app has a fallback for. */
export function features(tab: Tab) {
  return tab.evaluate(() => ({
    webShare: typeof navigator.share === 'function',
    storageEstimate: typeof navigator.storage?.estimate === 'function',
  }));
}
