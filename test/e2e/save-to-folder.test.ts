// "Save into my blog folder" in real Chromium. Headless Chromium cannot show a folder picker, so the
// picker hands back a real directory handle from the origin private file system instead: the app
// writes into it through the same File System Access API it uses on a person's disk.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { drawJpeg, type Fills } from './support/exif';
import { addTalk, createEvent, typeNotes, waitUntilSaved } from './support/flows';
import { useAppPage } from './support/session';

const app = useAppPage();

const DAY_1 = '_posts/2017-04-18-aws-summit-sfo-day-1-notes.md';
const DAY_2 = '_posts/2017-04-19-aws-summit-sfo-day-2-notes.md';
const IMAGE = 'assets/images/2017-04-18-aws-summit-sfo-day-1-notes/slides-everywhere-1.jpg';

type Folder = Record<string, { bytes: number[]; lastModified: number }>;

/** Every file under the private folder `name` (empty when there is none), path → bytes and time. */
function readFolder(page: Page, name: string): Promise<Folder> {
  return page.evaluate(async (name) => {
    type Listable = FileSystemDirectoryHandle & { entries(): AsyncIterable<[string, FileSystemHandle]> };
    const folder: Folder = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [entry, handle] of (dir as Listable).entries()) {
        if (handle instanceof FileSystemDirectoryHandle) await walk(handle, `${prefix}${entry}/`);
        else if (handle instanceof FileSystemFileHandle) {
          const file = await handle.getFile();
          folder[`${prefix}${entry}`] = { bytes: [...new Uint8Array(await file.arrayBuffer())], lastModified: file.lastModified };
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true }), '');
    return folder;
  }, name);
}

/** Writes text files into the private folder `name`, as a blog checkout already holds them. */
function fillFolder(page: Page, name: string, files: Record<string, string>): Promise<void> {
  return page.evaluate(
    async ({ name, files }) => {
      for (const [path, text] of Object.entries(files)) {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { name, files },
  );
}

const text = (folder: Folder, path: string) => Buffer.from(folder[path]?.bytes ?? []).toString('utf8');
const times = (folder: Folder) => Object.fromEntries(Object.entries(folder).map(([path, f]) => [path, f.lastModified]));

/** The posts as the Export screen shows them: path → text. */
async function previewedFiles(page: Page): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of await page.getByRole('region', { name: /\.md$/ }).all()) {
    result[(await file.getAttribute('aria-label')) ?? ''] = (await file.locator('pre').textContent()) ?? '';
  }
  return result;
}

/** The stored photo's bytes, as the database holds them. */
function storedPhoto(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('talknotes');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const photos = await new Promise<{ bytes: ArrayBuffer }[]>((resolve) => {
      const request = db.transaction('photos').objectStore('photos').getAll();
      request.onsuccess = () => resolve(request.result as { bytes: ArrayBuffer }[]);
    });
    db.close();
    return [...new Uint8Array(photos[0]?.bytes ?? new ArrayBuffer(0))];
  });
}

async function openExport(page: Page) {
  await page.getByRole('link', { name: 'AWS Summit SFO' }).click();
  await page.getByRole('link', { name: 'Export' }).click();
  await page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
}

const saved = (page: Page, message: string) => page.getByRole('status').filter({ hasText: message }).waitFor();

beforeEach(async () => {
  const { page, context } = app;
  // The picker's stand-in: the private folder named in sessionStorage ("my-blog" unless a test says).
  await context.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () => {
        const root = await navigator.storage.getDirectory();
        const handle = await root.getDirectoryHandle(sessionStorage.getItem('picked') ?? 'my-blog', { create: true });
        if (sessionStorage.getItem('deny')) Object.assign(handle, { queryPermission: async () => 'prompt', requestPermission: async () => 'denied' });
        return handle;
      },
    });
  });
  await page.reload();
  await createEvent(page, { name: 'AWS Summit SFO', start: '2017-04-18', end: '2017-04-19' });
  await addTalk(page, { title: 'Slides everywhere', start: '09:30' });
  await typeNotes(page, 'Before the slide.\n');
  const fills: Fills = [['#08f', 0, 0, 800, 600]];
  const jpeg = await page.evaluate(drawJpeg, { width: 800, height: 600, fills });
  await page.getByLabel('Take photo').setInputFiles({ name: 'IMG_0001.JPG', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg, 'base64') });
  await page.getByRole('status').filter({ hasText: 'Photo added (800×600).' }).waitFor();
  await waitUntilSaved(page);
  await page.getByRole('link', { name: 'AWS Summit SFO' }).click();
  await addTalk(page, { title: 'Containers', start: '10:00', addButton: /^Add talk to Day 2/ });
  await typeNotes(page, '* ECS');
  await openExport(page);
});

describe('save into my blog folder', () => {
  it('writes new and changed files only, remembers the folder, and never deletes', async () => {
    const { page } = app;
    const blog = { '_config.yml': 'title: My blog\n', '_posts/2016-01-01-older-notes.md': 'An older post.\n', [DAY_1]: 'An old version.\n' };
    await fillFolder(page, 'my-blog', blog);
    const posts = await previewedFiles(page);
    expect(Object.keys(posts)).toEqual([DAY_1, DAY_2]);

    await page.getByRole('button', { name: 'Save into my blog folder' }).click();
    await saved(page, 'Saved into my-blog: 2 new, 1 changed, 0 unchanged.');
    const first = await readFolder(page, 'my-blog');
    expect(Object.keys(first).sort()).toEqual(['_config.yml', '_posts/2016-01-01-older-notes.md', DAY_1, DAY_2, IMAGE].sort());
    expect(text(first, '_config.yml')).toBe(blog['_config.yml']);
    expect(text(first, '_posts/2016-01-01-older-notes.md')).toBe(blog['_posts/2016-01-01-older-notes.md']);
    expect(text(first, DAY_1)).toBe(posts[DAY_1]);
    expect(text(first, DAY_1)).toContain(`![]({{ '/${IMAGE}' | relative_url }})`);
    expect(text(first, DAY_2)).toBe(posts[DAY_2]);
    expect(first[IMAGE]?.bytes).toEqual(await storedPhoto(page));

    // Next time, after a reload, the folder is one click away, and nothing unchanged is rewritten.
    await page.reload();
    await page.getByRole('button', { name: 'Save into my-blog' }).click();
    await saved(page, 'Saved into my-blog: 0 new, 0 changed, 3 unchanged.');
    expect(times(await readFolder(page, 'my-blog'))).toEqual(times(first));

    await page.getByRole('link', { name: 'AWS Summit SFO' }).click();
    await page.getByRole('link', { name: /Containers/ }).click();
    await typeNotes(page, '\n* EKS');
    await openExport(page);
    await page.getByRole('button', { name: 'Save into my-blog' }).click();
    await saved(page, 'Saved into my-blog: 0 new, 1 changed, 2 unchanged.');
    const third = await readFolder(page, 'my-blog');
    expect(text(third, DAY_2)).toBe((await previewedFiles(page))[DAY_2]);
    expect(text(third, DAY_2)).toContain('* ECS\n* EKS');
    expect(times(third)).toEqual({ ...times(first), [DAY_2]: third[DAY_2]?.lastModified });
    expect(third[DAY_2]?.lastModified).toBeGreaterThan(first[DAY_2]?.lastModified ?? Infinity);
  });

  it('asks before writing into a folder that does not look like the blog, and writes only when told to', async () => {
    const { page } = app;
    await page.evaluate(() => sessionStorage.setItem('picked', 'downloads'));
    await fillFolder(page, 'downloads', { 'notes.txt': 'Not a blog.\n' });

    await page.getByRole('button', { name: 'Save into my blog folder' }).click();
    const question = page.getByRole('alertdialog', { name: 'Is this your blog’s folder?' });
    await question.getByText("This folder has no _config.yml: is it your Jekyll blog's folder?").waitFor();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    expect(Object.keys(await readFolder(page, 'downloads'))).toEqual(['notes.txt']);

    await page.getByRole('radio', { name: 'Hugo' }).check();
    await page.getByRole('button', { name: 'Save into downloads' }).click();
    await question
      .getByText("This folder has no hugo.toml, hugo.yaml, hugo.json, config.toml, config.yaml or config.json: is it your Hugo blog's folder?")
      .waitFor();
    await question.getByRole('button', { name: 'Save anyway' }).click();
    await saved(page, 'Saved into downloads: 3 new, 0 changed, 0 unchanged.');
    expect(Object.keys(await readFolder(page, 'downloads')).sort()).toEqual([
      'content/posts/aws-summit-sfo-day-1-notes/index.md',
      'content/posts/aws-summit-sfo-day-1-notes/slides-everywhere-1.jpg',
      'content/posts/aws-summit-sfo-day-2-notes/index.md',
      'notes.txt',
    ]);
  });

  it('writes nothing when the browser is not allowed to write into the folder', async () => {
    const { page } = app;
    await page.evaluate(() => sessionStorage.setItem('deny', 'yes'));
    await fillFolder(page, 'my-blog', { '_config.yml': 'title: My blog\n' });
    await page.getByRole('button', { name: 'Save into my blog folder' }).click();
    await page.getByRole('alert').getByText('Talknotes may not write into my-blog, so nothing was saved.').waitFor();
    expect(Object.keys(await readFolder(page, 'my-blog'))).toEqual(['_config.yml']);
  });

  it('is not offered where the browser cannot write to folders: the zip is', async () => {
    const { page, context } = app;
    await context.addInitScript(() => delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker);
    await page.reload();
    await page.getByText('Saving straight into your blog’s folder needs a browser that can write to folders').waitFor();
    expect(await page.getByRole('button', { name: /Save into/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Download .zip' }).isEnabled()).toBe(true);
  });
});
