// The flows a person does at a conference, in the three engines attendees' phones and laptops run:
// Chromium, Firefox (Debian's firefox-esr over WebDriver BiDi) and WebKit (Debian's WebKitGTK, the
// engine of every iPhone). Where an engine lacks a feature, the app's fallback is checked instead.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, waitForServiceWorker } from './support/browser';
import { createEventAndTalk, features, makeJpeg, notes, notesRead, status, typeListAndQuote, waitUntilSaved } from './engines/flows';
import { startChromium, startFirefox } from './engines/playwright';
import type { Device, Engine, EngineName, Tab } from './engines/types';
import { startWebKit } from './engines/webkit';
import { until } from './engines/wait';

const START: Record<EngineName, () => Promise<Engine>> = { chromium: startChromium, firefox: startFirefox, webkit: startWebKit };
const EVENT = 'Engine Summit';
const TALK = 'Serverless in every browser';

describe.each<EngineName>(['chromium', 'firefox', 'webkit'])('a conference day in %s', (name) => {
  let engine: Engine;
  let server: Awaited<ReturnType<typeof serve>>;
  let dir: string;
  let phone: Device;
  let tab: Tab;
  let talkUrl = '';
  let typed = '';

  beforeAll(async () => {
    [engine, server, dir] = await Promise.all([START[name](), serve(), mkdtemp(join(tmpdir(), `talknotes-${name}-`))]);
    phone = await engine.newDevice();
    tab = await phone.newTab(server.url);
  });
  afterAll(async () => {
    await phone?.close();
    await engine?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('creates an event and a talk, types a list (Enter continues it) and a quick insert, and says Saved', async () => {
    await createEventAndTalk(tab, EVENT, TALK);
    talkUrl = await tab.url();
    typed = await typeListAndQuote(tab);
    expect(await tab.errors()).toEqual([]);
  });

  it('keeps the notes across a reload, and typing goes on at their end', async () => {
    await tab.reload();
    await notesRead(tab, typed, 'the notes after a reload');
    await notes(tab).type('\nafter the reload');
    typed += '\n> after the reload'; // Enter in a quote goes on with the quote
    await notesRead(tab, typed, 'the line typed after the reload, at the end');
    await waitUntilSaved(tab);
  });

  it('adds a photo from the gallery into the notes, and keeps typing smooth where the screen cannot be kept on', async () => {
    await tab.label('Add from gallery').setFile(await makeJpeg(tab, dir));
    await status(tab, /^Photo added/);
    const thumbnail = tab.find({ role: 'img', name: 'Photo 1', exact: true, within: { role: 'region', name: 'Photos', exact: true } });
    await until(() => thumbnail.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0), 'the thumbnail');
    await waitUntilSaved(tab);
    typed = await notes(tab).value();
    expect(typed).toMatch(/!\[\]\(photo:[0-9a-f-]{36}\)/);
    // WebKitGTK refuses the wake lock the capture screen asks for: no error, the notes work on.
    expect(await tab.errors()).toEqual([]);
  });

  it('shows what one tab saves in another tab on the same talk', async () => {
    const other = await phone.newTab(talkUrl);
    await notesRead(other, typed, 'the notes in the second tab');
    await notes(tab).type('\nfrom the first tab');
    await waitUntilSaved(tab);
    typed = await notes(tab).value();
    expect(typed.endsWith('from the first tab')).toBe(true);
    await notesRead(other, typed, 'the first tab’s save in the second');
    await other.close();
  });

  it('downloads the export: the post with the notes and the photo; Share only where the engine can', async () => {
    await tab.role('link', EVENT).click(); // not exact: the back link's name has its CSS arrow in some engines
    await tab.role('link', 'Export', { exact: true }).click();
    await tab.role('heading', 'Export', { level: 1, exact: true }).waitFor();
    const zip = unzipSync(new Uint8Array((await tab.download(tab.role('button', 'Download .zip', { exact: true }))).bytes));
    const posts = Object.keys(zip).filter((path) => path.endsWith('.md'));
    expect(posts).toHaveLength(1);
    expect(strFromU8(zip[posts[0] as string] as Uint8Array)).toContain('> Never pay for idle\n> after the reload');
    expect(Object.keys(zip).some((path) => path.endsWith('.jpg'))).toBe(true);
    // Web Share: "Share" buttons where the engine has it (none of these three headless), else Download and Copy only.
    const { webShare } = await features(tab);
    expect((await tab.find({ role: 'button', name: /^Share / }).count()) > 0).toBe(webShare);
  });

  it('backs up everything and restores it on a fresh device; storage is shown, or said to be unknown', async () => {
    await tab.goto(server.url);
    await tab.role('link', 'Settings', { exact: true }).click();
    const storage = tab.find({ role: 'region', name: 'Storage', exact: true });
    const { storageEstimate } = await features(tab);
    // WebKitGTK has no navigator.storage at all: the app says so rather than guessing.
    await until(async () => {
      const text = await storage.evaluate((el) => el.textContent ?? '');
      return storageEstimate ? /used/.test(text) : text.includes('This browser does not say how much storage is used.');
    }, 'the storage line');
    const backup = await tab.download(tab.role('button', 'Back up everything', { exact: true }));
    await status(tab, /^Backed up 1 event, 1 talk, 1 photo/);
    const path = join(dir, backup.name);
    await writeFile(path, backup.bytes);

    const laptop = await engine.newDevice();
    try {
      const fresh = await laptop.newTab(server.url);
      await fresh.text('No events yet.').waitFor();
      await fresh.role('link', 'Settings', { exact: true }).click();
      await fresh.label('Restore from a backup file').setFile(path);
      await status(fresh, 'holds 1 event, 1 talk, 1 photo');
      await fresh.role('button', 'Restore', { exact: true }).click();
      await status(fresh, /^Restored: \d+ added, 0 updated, 0 kept as they were\.$/);
      await fresh.role('link', 'Talknotes', { exact: true }).click();
      await fresh.find({ role: 'link', name: EVENT, within: { role: 'list', name: 'Events', exact: true } }).click();
      await fresh.role('link', TALK).click();
      await notesRead(fresh, typed, 'the restored notes');
      expect(await fresh.errors()).toEqual([]);
    } finally {
      await laptop.close();
    }
  });

  it('starts offline from the service worker, with the server gone, and still saves', async () => {
    await waitForServiceWorker(tab);
    await server.close();
    expect(
      await fetch(talkUrl, { signal: AbortSignal.timeout(5000) }).then(
        () => 'answered',
        () => 'refused',
      ),
    ).toBe('refused');
    await tab.goto(talkUrl);
    await tab.role('heading', TALK, { level: 1, exact: true }).waitFor();
    await notesRead(tab, typed, 'the notes, offline');
    await notes(tab).type('\ntyped offline');
    await waitUntilSaved(tab);
    expect(await tab.errors()).toEqual([]);
  });
});
