import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './support/session';
import { addTalk, createEvent, typeNotes } from './support/flows';

const app = useAppPage({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });

beforeEach(async () => {
  const { page } = app;
  await createEvent(page, { name: 'AWS Summit SFO', start: '2017-04-18', end: '2017-04-19' });
  await addTalk(page, { title: 'The State of Serverless', speaker: 'Tim Wagner', start: '09:30' });
  await typeNotes(page, '* FaaS\n\n```yaml\nimage: {{ .Values.image }}\n```\n\n<< get image from PPT >>');
  await page.getByRole('link', { name: 'AWS Summit SFO' }).click();
  await addTalk(page, { title: 'Containers', start: '10:00', addButton: /^Add talk to Day 2/ });
  await typeNotes(page, '* ECS');
  await page.getByRole('link', { name: 'AWS Summit SFO' }).click();
  await page.getByRole('link', { name: 'Export' }).click();
  await page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
});

/** The files shown on the screen: path → text, as the person sees them. */
async function previewedFiles(): Promise<Record<string, string>> {
  const files = app.page.getByRole('region', { name: /\.md$/ });
  const result: Record<string, string> = {};
  for (const file of await files.all()) {
    result[(await file.getAttribute('aria-label')) ?? ''] = (await file.locator('pre').textContent()) ?? '';
  }
  return result;
}

describe('export', () => {
  it('shows every file and the pre-publish check, and the zip holds exactly the files shown', async () => {
    const files = await previewedFiles();
    expect(Object.keys(files)).toEqual(['_posts/2017-04-18-aws-summit-sfo-day-1-notes.md', '_posts/2017-04-19-aws-summit-sfo-day-2-notes.md']);
    const day1 = files['_posts/2017-04-18-aws-summit-sfo-day-1-notes.md'] ?? '';
    expect(day1).toMatch(/^---\nlayout: post\ntitle: AWS Summit SFO - Day 1 Notes\ndate: 2017-04-18 09:30:00 [+-]\d{4}\ncomments: true\n---\n/);
    expect(day1).toContain('{% post_url 2017-04-19-aws-summit-sfo-day-2-notes %}');
    expect(day1).toContain('## The State of Serverless\n\n**Speaker:** Tim Wagner\n\n* FaaS\n\n```yaml\n{% raw %}image: {{ .Values.image }}{% endraw %}\n```');

    const check = app.page.getByRole('region', { name: 'Before you publish' });
    await check.getByText('"The State of Serverless" still has a slide to get later: line 7 "get image from PPT".').waitFor();

    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Download .zip' }).click()]);
    expect(download.suggestedFilename()).toBe('aws-summit-sfo-jekyll.zip');
    const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
    expect(Object.fromEntries(Object.entries(zip).map(([path, bytes]) => [path, strFromU8(bytes)]))).toEqual(files);
  });

  it('switches to Hugo page bundles, remembers the settings, and downloads or copies one post', async () => {
    await app.page.getByRole('radio', { name: 'Hugo' }).check();
    await app.page.getByRole('radio', { name: 'One post per talk' }).check();
    await app.page.getByLabel('Tags').fill('aws, serverless');
    await app.page.getByRole('button', { name: 'Add front matter field' }).click();
    await app.page.getByLabel('Extra key 1').fill('title');
    await app.page.getByText('"title" is already set by the export; use the field above instead.').waitFor();
    await app.page.getByLabel('Extra key 1').fill('image');
    await app.page.getByLabel('Extra value 1').fill('/img/summit.png');
    await app.page.getByLabel('Intro at the top of every post').fill('My notes from the summit.');
    await app.page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();

    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
    expect(await app.page.getByRole('radio', { name: 'Hugo' }).isChecked()).toBe(true);
    expect(await app.page.getByRole('radio', { name: 'One post per talk' }).isChecked()).toBe(true);
    expect(await app.page.getByLabel('Tags').inputValue()).toBe('aws, serverless');

    const files = await previewedFiles();
    const path = 'content/posts/the-state-of-serverless-aws-summit-sfo-notes/index.md';
    expect(Object.keys(files)).toEqual([path, 'content/posts/containers-aws-summit-sfo-notes/index.md']);
    const text = files[path] ?? '';
    expect(text).toContain('tags:\n  - aws\n  - serverless\n');
    expect(text).toContain('image: /img/summit.png\n');
    expect(text).toContain('---\nMy notes from the summit.\n\nThis is part 1 of 2');
    expect(text).toContain('{{< relref "/posts/containers-aws-summit-sfo-notes" >}}');

    const post = app.page.getByRole('region', { name: path });
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      post.getByRole('button', { name: 'Download the-state-of-serverless-aws-summit-sfo-notes.md' }).click(),
    ]);
    expect(await readFile(await download.path(), 'utf8')).toBe(text);

    await post.getByRole('button', { name: 'Copy the-state-of-serverless-aws-summit-sfo-notes.md' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Copied the-state-of-serverless-aws-summit-sfo-notes.md to the clipboard.' }).waitFor();
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });
});

describe('export settings that live on the event', () => {
  it("dates posts in the event's time zone, and explains a time zone it does not know", async () => {
    await app.page.getByRole('link', { name: 'AWS Summit SFO' }).click();
    await app.page.getByRole('link', { name: 'Edit event' }).click();
    await app.page.getByLabel('Time zone').fill('Mars/Olympus');
    await app.page.getByRole('button', { name: 'Save event' }).click();
    await app.page.getByText('Unknown time zone: pick one from the list').waitFor();
    await app.page.getByLabel('Time zone').fill('America/Los_Angeles');
    await app.page.getByRole('button', { name: 'Save event' }).click();
    await app.page.getByRole('link', { name: 'Export' }).click();
    await app.page.getByText('Post dates use the time zone America/Los_Angeles').waitFor();
    const files = await previewedFiles();
    expect(files['_posts/2017-04-18-aws-summit-sfo-day-1-notes.md']).toContain('\ndate: 2017-04-18 09:30:00 -0700\n');
  });
});

describe('sharing', () => {
  it('hands the post to the system share sheet as a Markdown file where the device can share files', async () => {
    // Headless Chromium has no share sheet: stand in for the one a phone has.
    await app.context.addInitScript(() => {
      const shared: { title?: string; names: string[]; texts: string[] }[] = [];
      Object.assign(window, { shared });
      Object.assign(navigator, {
        canShare: (data: { files?: File[] }) => Boolean(data.files),
        share: async (data: { title?: string; files?: File[] }) => {
          const files = data.files ?? [];
          shared.push({ title: data.title, names: files.map((f) => f.name), texts: await Promise.all(files.map((f) => f.text())) });
        },
      });
    });
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
    const path = '_posts/2017-04-19-aws-summit-sfo-day-2-notes.md';
    const text = (await previewedFiles())[path];
    await app.page.getByRole('region', { name: path }).getByRole('button', { name: 'Share 2017-04-19-aws-summit-sfo-day-2-notes.md' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Shared 2017-04-19-aws-summit-sfo-day-2-notes.md.' }).waitFor();
    expect(await app.page.evaluate(() => (window as unknown as { shared: unknown }).shared)).toEqual([
      { title: 'AWS Summit SFO', names: ['2017-04-19-aws-summit-sfo-day-2-notes.md'], texts: [text] },
    ]);
  });
});
