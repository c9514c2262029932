// Publishing from the UI into blog repositories on the fake forges (real bare git repositories),
// then building the branch with real Jekyll and Hugo. The app is built with PUBLISH_HOSTS naming
// the fake forges, as a self-hosted forge would be named; nothing else may be reached.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRepo, type GitRepo } from '../publish/fake-forge/git-repo';
import { startGithubForge, type FakeGithub } from '../publish/fake-forge/github';
import { startGitlabForge, type FakeGitlab } from '../publish/fake-forge/gitlab';
import type { ForgeRequest } from '../publish/fake-forge/server';
import { buildCheckout, HUGO_SITE, JEKYLL_SITE } from './support/blog-sites';
import { launch, phone, serve, watchForTrouble } from './support/browser';
import { drawJpeg, type Fills } from './support/exif';
import { addTalk, createEvent, notes, typeNotes, waitUntilSaved } from './support/flows';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'github_pat_e2e_secret_1234';
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let dist: string;
let jekyllRepo: GitRepo;
let hugoRepo: GitRepo;
let github: FakeGithub;
let gitlab: FakeGitlab;
let context: BrowserContext;
let page: Page;
let trouble: ReturnType<typeof watchForTrouble>;

beforeAll(async () => {
  [jekyllRepo, hugoRepo] = await Promise.all([createRepo('main', JEKYLL_SITE), createRepo('main', HUGO_SITE)]);
  github = await startGithubForge({ repo: jekyllRepo, token: TOKEN, owner: 'me', name: 'blog', branch: 'main' });
  gitlab = await startGitlabForge({ repo: hugoRepo, token: TOKEN, owner: 'me', name: 'notes', branch: 'main' });
  dist = await mkdtemp(join(tmpdir(), 'talknotes-publish-dist-'));
  process.env.PUBLISH_HOSTS = `${github.origin} ${gitlab.origin}`;
  try {
    await build({ root: ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
  } finally {
    delete process.env.PUBLISH_HOSTS;
  }
  [browser, server] = await Promise.all([launch(), serve(dist)]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all([github?.close(), gitlab?.close()]);
  await Promise.all([jekyllRepo?.remove(), hugoRepo?.remove(), rm(dist, { recursive: true, force: true })]);
});

beforeEach(async () => {
  context = await phone(browser);
  page = await context.newPage();
  trouble = watchForTrouble(page);
  await page.goto(server.url);
});

afterEach(async () => {
  expect(trouble.errors).toEqual([]);
  expect(github.problems).toEqual([]);
  await context.close();
});

/** Settings → Blog repository, filled in as a person would. */
async function connect(host: 'GitHub Enterprise' | 'GitLab (gitlab.com or your own)', apiUrl: string, repository: string, found: RegExp) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Where the repository is').selectOption({ label: host });
  await page.getByLabel('API address').fill(apiUrl);
  await page.getByRole('textbox', { name: 'Repository', exact: true }).fill(repository);
  await page.getByLabel('Access token').fill(TOKEN);
  await page.getByRole('button', { name: 'Connect and test' }).click();
  await page.getByRole('status').filter({ hasText: found }).waitFor();
}

/** An event of one talk with notes and a slide photo; ends in the talk's notes. */
async function eventWithTalk(name: string) {
  await page.getByRole('link', { name: 'Talknotes' }).click();
  await createEvent(page, { name, start: '2017-04-18' });
  await addTalk(page, { title: 'Serverless at scale', speaker: 'Tim Wagner', start: '09:30' });
  await typeNotes(page, '* cold starts are **rare** now\n* see [the docs](https://example.com/docs)\n\n> Functions are the new containers\n\n');
  const fills: Fills = [
    ['#f00', 0, 0, 400, 300],
    ['#00f', 400, 0, 400, 300],
  ];
  const jpeg = Buffer.from(await page.evaluate(drawJpeg, { width: 800, height: 600, fills }), 'base64');
  await page.getByLabel('Take photo').setInputFiles({ name: 'slide.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await page
    .getByRole('status')
    .filter({ hasText: /^Photo added/ })
    .waitFor();
  await waitUntilSaved(page);
}

/** Opens the event's Export screen from its talk and waits until the branch was read. */
async function openExport(event: string, expected: RegExp = /The commit will hold/) {
  await page.getByRole('link', { name: event }).click();
  await page.getByRole('link', { name: 'Export' }).click();
  await page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
  await page.getByRole('status').filter({ hasText: expected }).waitFor();
}

/** The ids of the publishes in the app's outbox, read from IndexedDB. */
const outboxIds = () =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('talknotes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAllKeys();
          request.onsuccess = () => (resolve(request.result as string[]), open.result.close());
          request.onerror = () => reject(request.error);
        };
      }),
  );
const publishes = () => page.getByRole('list', { name: 'Publishes' }).getByRole('listitem');
const isCommit = (r: ForgeRequest) => r.method === 'POST' && r.body.includes('createCommitOnBranch');
const changedPaths = async (repo: GitRepo, commit: string) =>
  (await repo.git(['diff-tree', '--no-commit-id', '--name-only', '-r', commit])).toString().trim().split('\n');

describe('publish', () => {
  it('publishes to a Jekyll blog on GitHub as one commit that Jekyll builds; a re-publish after an edit sends only the changed post', async () => {
    await connect('GitHub Enterprise', `${github.origin}/api/v3`, 'me/blog', /Connected: a Jekyll blog with 1 post/);
    await eventWithTalk('Serverless Summit');
    const before = await jekyllRepo.count('main');
    await openExport('Serverless Summit', /The commit will hold 2 new and 0 changed files; 0 unchanged/);
    await page.getByRole('button', { name: 'Publish' }).click();
    await publishes()
      .first()
      .getByText(/^Published: 2 new, 0 changed, 0 unchanged/)
      .waitFor();
    // What the next commit would hold is read again: the files are on the branch now.
    await page
      .getByRole('status')
      .filter({ hasText: /The commit will hold 0 new and 0 changed files; 2 unchanged/ })
      .waitFor({ timeout: 5000 });
    expect(await jekyllRepo.count('main')).toBe(before + 1);
    const [commit] = await jekyllRepo.log('main', 1);
    expect(commit!.message).toMatch(/^.*Serverless Summit/);
    expect(commit!.message).toMatch(/\n\nTalknotes-Publish-Id: [0-9a-f-]{36}$/);
    expect(await publishes().first().getByRole('link', { name: 'Open the commit' }).getAttribute('href')).toContain(commit!.id);

    const site = await buildCheckout('jekyll', await jekyllRepo.checkout('main'));
    const post = [...site.pages].find(([, html]) => html.includes('Serverless at scale'));
    expect(post, [...site.pages.keys()].join(', ')).toBeTruthy();
    expect(post![1]).toContain('<strong>rare</strong>');
    expect(post![1]).toContain('<blockquote>');
    const image = /<img [^>]*src="([^"]+)"/.exec(post![1])?.[1];
    expect(site.files).toContain(image);

    // Edit the notes: only that post travels, the photo stays where it is.
    await page.getByRole('link', { name: 'Serverless Summit' }).click();
    await page.getByRole('link', { name: /Serverless at scale/ }).click();
    await notes(page).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('* one more point\n');
    await waitUntilSaved(page);
    await page.getByRole('link', { name: 'Serverless Summit' }).first().click();
    await page.getByRole('link', { name: 'Export' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /The commit will hold 0 new and 1 changed file; 1 unchanged/ })
      .waitFor();
    const sent = github.requests.length;
    await page.getByRole('button', { name: 'Publish' }).click();
    await publishes()
      .first()
      .getByText(/^Published: 0 new, 1 changed, 1 unchanged/)
      .waitFor();
    const [edit] = await jekyllRepo.log('main', 1);
    expect(await changedPaths(jekyllRepo, edit!.id)).toEqual([expect.stringMatching(/^_posts\/2017-04-18-.*\.md$/)]);
    const bytes = github.requests.slice(sent).reduce((n, r) => n + r.bytes, 0);
    expect(bytes).toBeLessThan(8_000); // the post only: the photo alone is larger
  });

  it('queues a publish made offline and sends it, once, when the device is online again', async () => {
    await connect('GitHub Enterprise', `${github.origin}/api/v3`, 'me/blog', /Connected: a Jekyll blog/);
    await eventWithTalk('Offline Summit');
    await context.setOffline(true);
    await openExport('Offline Summit', /You are offline/);
    const before = await jekyllRepo.count('main');
    await page.getByRole('button', { name: 'Publish' }).click();
    await publishes().first().getByText('Waiting for a network').waitFor();
    // Tapped again (or after another edit) while it waits: the newer publish replaces the waiting one.
    const [first] = await outboxIds();
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(outboxIds).not.toEqual([first]);
    expect(await outboxIds()).toHaveLength(1);
    expect(await publishes().count()).toBe(1);
    expect(await jekyllRepo.count('main')).toBe(before);
    await context.setOffline(false);
    await publishes()
      .first()
      .getByText(/^Published/)
      .waitFor();
    expect(await jekyllRepo.count('main')).toBe(before + 1);
  });

  it('retries when the branch moved between reading it and committing', async () => {
    await connect('GitHub Enterprise', `${github.origin}/api/v3`, 'me/blog', /Connected: a Jekyll blog/);
    await eventWithTalk('Busy Branch Summit');
    await openExport('Busy Branch Summit');
    let other = '';
    github.before(isCommit, async () => {
      other = await jekyllRepo.commitFiles('main', [{ path: 'about.md', bytes: Buffer.from('# About\n') }], 'Someone else pushed');
    });
    await page.getByRole('button', { name: 'Publish' }).click();
    await publishes()
      .first()
      .getByText(/^Published/)
      .waitFor();
    const [ours, theirs] = await jekyllRepo.log('main', 2);
    expect(theirs!.id).toBe(other);
    expect(ours!.parents).toEqual([other]);
    expect(ours!.message).toContain('Talknotes-Publish-Id:');
  });

  it('says plainly when the token is refused, keeps the publish, and sends it on Retry', async () => {
    await connect('GitHub Enterprise', `${github.origin}/api/v3`, 'me/blog', /Connected: a Jekyll blog/);
    await eventWithTalk('Expired Token Summit');
    await openExport('Expired Token Summit');
    const before = await jekyllRepo.count('main');
    github.failNext(isCommit, {
      kind: 'reply',
      reply: { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } },
    });
    await page.getByRole('button', { name: 'Publish' }).click();
    await publishes()
      .first()
      .getByRole('alert')
      .filter({ hasText: /refused the token: it may have expired/ })
      .waitFor();
    await page.reload();
    await publishes().first().getByText('Not published.').waitFor();
    await publishes().first().getByRole('button', { name: 'Retry' }).click();
    await publishes()
      .first()
      .getByText(/^Published/)
      .waitFor();
    expect(await jekyllRepo.count('main')).toBe(before + 1);
  });

  it('makes exactly one commit when the app is killed while the commit is being sent', async () => {
    await connect('GitHub Enterprise', `${github.origin}/api/v3`, 'me/blog', /Connected: a Jekyll blog/);
    await eventWithTalk('Killed App Summit');
    await openExport('Killed App Summit');
    const before = await jekyllRepo.count('main');
    let commits = 0;
    github.before(isCommit, async () => {
      commits++;
      await page.close(); // the request has reached the host; the app that sent it is gone
    });
    await page
      .getByRole('button', { name: 'Publish' })
      .click()
      .catch(() => undefined);
    await expect.poll(() => jekyllRepo.count('main'), { timeout: 10_000 }).toBe(before + 1);
    page = await context.newPage();
    trouble = watchForTrouble(page);
    await page.goto(server.url);
    await page.getByRole('link', { name: /Killed App Summit/ }).click();
    await page.getByRole('link', { name: 'Export' }).click();
    await publishes()
      .first()
      .getByText(/^Published/)
      .waitFor();
    expect(await jekyllRepo.count('main')).toBe(before + 1);
    expect(commits).toBe(1);
    // Found by its trailer on the branch: the publish links the commit the killed app made.
    const [landed] = await jekyllRepo.log('main', 1);
    expect(await publishes().first().getByRole('link', { name: 'Open the commit' }).getAttribute('href')).toContain(landed!.id);
  });

  it('publishes a Hugo site on GitLab as one commit that Hugo builds, photos in the page bundle', async () => {
    await connect('GitLab (gitlab.com or your own)', gitlab.apiUrl, 'me/notes', /Connected: a Hugo site with 1 post/);
    await eventWithTalk('Hugo Summit');
    await openExport('Hugo Summit');
    // Never exported before: it starts as the connected blog is.
    expect(await page.getByRole('radio', { name: 'Hugo', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Use Hugo' }).count()).toBe(0);
    // Set up for Jekyll instead, the screen offers the switch back.
    await page.getByRole('radio', { name: 'Jekyll', exact: true }).check();
    await page.getByRole('button', { name: 'Use Hugo' }).click();
    expect(await page.getByRole('radio', { name: 'Hugo', exact: true }).isChecked()).toBe(true);
    await page
      .getByRole('status')
      .filter({ hasText: /The commit will hold 2 new/ })
      .waitFor();
    const before = await hugoRepo.count('main');
    await page.getByRole('button', { name: 'Publish' }).click();
    await publishes()
      .first()
      .getByText(/^Published: 2 new/)
      .waitFor();
    expect(await hugoRepo.count('main')).toBe(before + 1);
    const site = await buildCheckout('hugo', await hugoRepo.checkout('main'));
    const post = [...site.pages].find(([, html]) => html.includes('Serverless at scale'));
    expect(post, [...site.pages.keys()].join(', ')).toBeTruthy();
    const image = /<img [^>]*src="([^"]+)"/.exec(post![1])?.[1] ?? '';
    expect(site.files).toContain(new URL(image, `http://example.org${post![0].replace(/index\.html$/, '')}`).pathname);
  });
});
