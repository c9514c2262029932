// Chromium (over CDP) and Firefox (over WebDriver BiDi), both through playwright-core: the same
// role and label queries as the Chromium-only tests.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launch, phone, PHONE_SCREEN, watchForTrouble } from '../support/browser';
import type { Device, Download, Engine, Query, Tab, Target, Text } from './types';
import { newFileIn, TIMEOUT } from './wait';

function locate(page: Page, q: Query): Locator {
  const base = q.within ? locate(page, q.within).first() : page;
  let found: Locator;
  if (q.role)
    found = base.getByRole(q.role as Parameters<Page['getByRole']>[0], { name: q.name, exact: q.exact, level: q.level, includeHidden: q.includeHidden });
  else if (q.label !== undefined) found = base.getByLabel(q.label, { exact: typeof q.label === 'string' });
  else if (q.text !== undefined) found = base.getByText(q.text);
  else found = base.locator(':root');
  return q.hasText === undefined ? found : found.filter({ hasText: q.hasText });
}

function target(page: Page, q: Query): Target {
  const first = () => locate(page, q).first();
  const named = <T>(what: string, work: Promise<T>) =>
    work.catch((error: Error) => {
      error.message = `${what} ${JSON.stringify(q)}: ${error.message}`;
      throw error;
    });
  return {
    waitFor: () => named('waitFor', first().waitFor({ timeout: TIMEOUT })),
    click: () => named('click', first().click({ timeout: TIMEOUT })),
    count: () => locate(page, q).count(),
    fill: (text) => named('fill', first().fill(text, { timeout: TIMEOUT })),
    type: async (text) => {
      await named('focus', first().focus({ timeout: TIMEOUT }));
      await page.keyboard.type(text);
    },
    value: () => named('value', first().inputValue({ timeout: TIMEOUT })),
    setFile: (path) => named('setFile', first().setInputFiles(path, { timeout: TIMEOUT })),
    evaluate: (fn, arg) => named('evaluate', first().evaluate(fn as (e: Element, a: unknown) => never, arg)),
  };
}

function tab(page: Page, downloads: string | null): Tab {
  const trouble = watchForTrouble(page);
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    find: (q) => target(page, q),
    role: (role, name, options = {}) => target(page, { role, name, ...options }),
    label: (label: Text) => target(page, { label }),
    text: (text: Text) => target(page, { text }),
    async download(button): Promise<Download> {
      // Firefox saves the file in the downloads folder, but reports it (browsingContext.downloadWillBegin
      // without a download id) in a way playwright-core does not turn into a 'download' event.
      if (downloads) return newFileIn(downloads, () => button.click());
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), button.click()]);
      return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
    },
    errors: async () => [...trouble.errors, ...trouble.dialogs.map((message) => `dialog: ${message}`)],
    close: () => page.close(),
  };
}

function device(context: BrowserContext, downloads: string | null): Device {
  return {
    async newTab(url) {
      const made = tab(await context.newPage(), downloads);
      if (url) await made.goto(url);
      return made;
    },
    close: () => context.close(),
  };
}

/** Debian's Chromium, as the Chromium-only tests drive it, at phone size with touch. */
export async function startChromium(): Promise<Engine> {
  const browser = await launch();
  return wrap(browser, () => phone(browser, { acceptDownloads: true }), null);
}

/** Debian's firefox-esr over WebDriver BiDi (no geckodriver), at phone size (playwright has no touch emulation for Firefox). */
export async function startFirefox(): Promise<Engine> {
  // playwright-core 1.65 sends emulation.setMediaFeaturesOverride with every new context, which
  // Firefox 153 ESR answers "unknown command"; 1.64.1 (installed as playwright-core-firefox) does not.
  const { firefox } = await import('playwright-core-firefox');
  const downloads = await mkdtemp(join(tmpdir(), 'talknotes-firefox-downloads-'));
  const browser = (await firefox.launch({
    channel: 'moz-firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    downloadsPath: downloads,
    // navigator.storage.persist() asks the person in Firefox, and under automation that question is
    // never answered: these test settings answer it at once ("no", as headless Chromium does).
    firefoxUserPrefs: { 'dom.storageManager.prompt.testing': true, 'dom.storageManager.prompt.testing.allow': false },
  })) as unknown as Browser;
  const engine = wrap(browser, () => browser.newContext({ viewport: { ...PHONE_SCREEN }, deviceScaleFactor: 2, acceptDownloads: true }), downloads);
  return { ...engine, close: async () => (await engine.close(), await rm(downloads, { recursive: true, force: true })) };
}

function wrap(browser: Browser, newContext: () => Promise<BrowserContext>, downloads: string | null): Engine {
  return {
    newDevice: async () => device(await newContext(), downloads),
    close: () => browser.close(),
  };
}
