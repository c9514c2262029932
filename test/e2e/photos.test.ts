import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForServiceWorker } from './support/browser';
import { drawJpeg, hasExif, withExif, type Fills } from './support/exif';
import { addTalk, createEvent, notes, typeNotes, waitUntilSaved } from './support/flows';
import { useAppPage } from './support/session';

const app = useAppPage({ acceptDownloads: true });

/** A 4000×3000 camera JPEG, made in the browser: red, green / blue, yellow quarters. */
async function cameraJpeg(page: Page): Promise<Uint8Array> {
  const fills: Fills = [
    ['#f00', 0, 0, 2000, 1500],
    ['#0f0', 2000, 0, 2000, 1500],
    ['#00f', 0, 1500, 2000, 1500],
    ['#ff0', 2000, 1500, 2000, 1500],
  ];
  return new Uint8Array(Buffer.from(await page.evaluate(drawJpeg, { width: 4000, height: 3000, fills }), 'base64'));
}

/** The stored photo as the database holds it: size, EXIF present or not, colours at the quarters' centres. */
function storedPhoto(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('talknotes');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const [photo] = await new Promise<{ bytes: ArrayBuffer; type: string; width: number; height: number }[]>((resolve) => {
      const request = db.transaction('photos').objectStore('photos').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    if (!photo) return null;
    const bitmap = await createImageBitmap(new Blob([photo.bytes], { type: photo.type }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const at = (x: number, y: number) => {
      const [r, g, b] = context.getImageData(Math.floor(x * bitmap.width), Math.floor(y * bitmap.height), 1, 1).data;
      return [r, g, b].map((v) => (v! > 128 ? 1 : 0)).join('');
    };
    return {
      type: photo.type,
      stored: [photo.width, photo.height],
      decoded: [bitmap.width, bitmap.height],
      bytes: [...new Uint8Array(photo.bytes)],
      topLeft: at(0.25, 0.25),
      topRight: at(0.75, 0.25),
      bottomLeft: at(0.25, 0.75),
      bottomRight: at(0.75, 0.75),
    };
  });
}

describe('slide photos', () => {
  it('takes a camera photo: upright, at most 2048 px, no GPS left, shown offline, and in the exported zip', async () => {
    const { page } = app;
    await waitForServiceWorker(page);
    await createEvent(page, { name: 'Photo Summit', start: '2017-04-18' });
    await addTalk(page, { title: 'Slides everywhere', start: '09:00' });
    await typeNotes(page, 'Before the slide.\n');

    // Orientation 6: the sensor was held sideways; the photo must come out upright (portrait).
    const original = withExif(await cameraJpeg(page), 6);
    expect(hasExif(original)).toBe(true);
    await page.getByLabel('Take photo').setInputFiles({ name: 'IMG_0001.JPG', mimeType: 'image/jpeg', buffer: Buffer.from(original) });
    await page.getByRole('status').filter({ hasText: 'Photo added, resized from 3000×4000 to 1536×2048.' }).waitFor();

    const photo = await storedPhoto(page);
    expect(photo).toMatchObject({ type: 'image/jpeg', stored: [1536, 2048], decoded: [1536, 2048] });
    // Rotated a quarter turn clockwise: blue top left, red top right, yellow bottom left, green bottom right.
    expect([photo?.topLeft, photo?.topRight, photo?.bottomLeft, photo?.bottomRight]).toEqual(['001', '100', '110', '010']);
    expect(hasExif(new Uint8Array(photo?.bytes ?? []))).toBe(false);
    expect(Buffer.from(photo?.bytes ?? []).includes('GPS')).toBe(false);

    // The reference went in at the cursor, after what was typed.
    await waitUntilSaved(page);
    expect(await notes(page).inputValue()).toMatch(/^Before the slide\.\n\n!\[\]\(photo:[0-9a-f-]{36}\)\n\n$/);
    await page.getByRole('region', { name: 'Photos' }).getByLabel('Caption for photo 1').fill('Architecture slide');
    await page.getByRole('region', { name: 'Photos' }).getByLabel('Caption for photo 1').press('Tab');
    await waitUntilSaved(page);
    expect(await notes(page).inputValue()).toContain('![Architecture slide](photo:');

    // The service worker never stores photos.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(cached.filter((url) => !/\/(assets\/|index\.html|manifest|favicon|icon-|apple-touch)/.test(url))).toEqual([]);

    // Offline, after a reload: the thumbnail and the preview show the photo.
    await page.context().setOffline(true);
    await page.reload();
    const thumbnail = page.getByRole('region', { name: 'Photos' }).getByRole('img', { name: 'Architecture slide' });
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1536);
    await page.getByRole('tab', { name: 'Preview' }).click();
    const previewed = page.getByRole('tabpanel', { name: 'Preview' }).getByRole('img', { name: 'Architecture slide' });
    await expect.poll(() => previewed.evaluate((img) => (img as HTMLImageElement).naturalHeight)).toBe(2048);
    // Full-size photos drawn small are decoded off the frames that show typing.
    expect(await thumbnail.getAttribute('decoding')).toBe('async');
    expect(await previewed.getAttribute('decoding')).toBe('async');
    await page.context().setOffline(false);

    // Exported: the image is in the zip and the post links to it.
    await page.getByRole('link', { name: 'Photo Summit' }).click();
    await page.getByRole('link', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .zip' }).click()]);
    const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
    const image = 'assets/images/2017-04-18-photo-summit-day-1-notes/slides-everywhere-1.jpg';
    expect([...(zip[image] ?? [])]).toEqual(photo?.bytes);
    expect(strFromU8(zip['_posts/2017-04-18-photo-summit-day-1-notes.md']!)).toContain(`![Architecture slide]({{ '/${image}' | relative_url }})`);
  });

  it('turns a "get this slide later" placeholder into a photo, and deletes a photo with its reference after asking', async () => {
    const { page } = app;
    await createEvent(page, { name: 'Later Summit' });
    await addTalk(page, { title: 'Fast slides' });
    await typeNotes(page, 'Intro\n<< get the pipeline slide >>\nOutro');
    const later = page.getByRole('region', { name: 'Slides to get later' });
    const small = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(800, 600);
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#08f';
      context.fillRect(0, 0, 800, 600);
      return [...new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())];
    });
    await later
      .getByLabel('Photo for “get the pipeline slide” on line 2')
      .setInputFiles({ name: 'slide.png', mimeType: 'image/png', buffer: Buffer.from(small) });
    await page.getByRole('status').filter({ hasText: 'Photo added (800×600).' }).waitFor();
    await waitUntilSaved(page);
    expect(await notes(page).inputValue()).toMatch(/^Intro\n!\[get the pipeline slide\]\(photo:[0-9a-f-]{36}\)\nOutro$/);
    await later.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Delete photo 1' }).click();
    await page.getByRole('alertdialog', { name: 'Delete photo 1?' }).getByRole('button', { name: 'Delete photo' }).click();
    await expect.poll(() => notes(page).inputValue()).toBe('Intro\nOutro');
    await waitUntilSaved(page);
    expect(await page.getByRole('region', { name: 'Photos' }).count()).toBe(0);
  });

  it('says clearly when a file is not an image, and keeps the notes', async () => {
    const { page } = app;
    await createEvent(page, { name: 'Bad Files' });
    await addTalk(page, { title: 'Talk' });
    await typeNotes(page, 'kept');
    await page.getByLabel('Add from gallery').setInputFiles({ name: 'notes.txt', mimeType: 'image/jpeg', buffer: Buffer.from('not an image') });
    await page.getByRole('alert').filter({ hasText: 'notes.txt: The photo was not saved: This file is not an image the browser can read' }).waitFor();
    expect(await notes(page).inputValue()).toBe('kept');
  });
});

describe('photo settings', () => {
  it('applies the longest edge chosen in Settings, shows storage use, and refuses a bad value', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByText(/used of .* available to Talknotes on this device\./).waitFor();
    await page.getByLabel('Longest edge (pixels)').fill('100');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Pick a size from 320 to 8192 pixels.').waitFor();
    await page.getByLabel('Longest edge (pixels)').fill('1024');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();

    await page.getByRole('link', { name: 'Talknotes' }).click();
    await createEvent(page, { name: 'Small Photos' });
    await addTalk(page, { title: 'Talk' });
    await page.getByLabel('Take photo').setInputFiles({ name: 'cam.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await cameraJpeg(page)) });
    await page.getByRole('status').filter({ hasText: 'Photo added, resized from 4000×3000 to 1024×768.' }).waitFor();
  });

  it('processes photos on the main thread where the browser has no OffscreenCanvas (older Safari)', async () => {
    const { page } = app;
    const jpeg = withExif(await cameraJpeg(page), 6);
    await page.context().addInitScript(() => {
      delete (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas;
    });
    await page.reload();
    expect(await page.evaluate(() => typeof (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas)).toBe('undefined');
    await createEvent(page, { name: 'Old Browser' });
    await addTalk(page, { title: 'Talk' });
    await page.getByLabel('Take photo').setInputFiles({ name: 'cam.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });
    await page.getByRole('status').filter({ hasText: 'Photo added, resized from 3000×4000 to 1536×2048.' }).waitFor();
  });
});
