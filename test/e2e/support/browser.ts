// Debian's Chromium driven by playwright-core, against the production build in dist/.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { serveFolder } from '../../../scripts/static-server.mjs';
import { until } from '../engines/wait';

/** The built app (npm test builds it before the tests run). */
export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));

/** The Chromium binary: CHROME_PATH, else Debian's (scripts/ensure-chromium.mjs installs it). */
export const CHROME = findChromium() ?? '/usr/bin/chromium';

const ARGS = CHROMIUM_ARGS;

function checkBuilt(): void {
  if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `npm run build` (npm test does).');
}

/** Starts Chromium; each test opens its own context (fresh, incognito-like storage). */
export function launch(): Promise<Browser> {
  checkBuilt();
  return chromium.launch({ executablePath: CHROME, args: ARGS });
}

/** A Chromium with a real profile folder, as an installed browser has (install checks need one). */
export function launchWithProfile(profileDir: string): Promise<BrowserContext> {
  checkBuilt();
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROME, args: ARGS });
}

/** A phone's screen: where the e2e tests run, in every engine. */
export const PHONE_SCREEN = { width: 360, height: 740 };

/** A phone-sized window with its own empty storage. */
export function phone(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { ...PHONE_SCREEN }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...options });
}

/** Serves a folder (dist/ by default) until close() is called. */
export function serve(root = DIST) {
  return serveFolder(root);
}

/** Fails the test on any script error or dialog (alert) the page shows. */
export function watchForTrouble(page: Page): { errors: string[]; dialogs: string[] } {
  const trouble = { errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (error) => trouble.errors.push(error.message));
  page.on('dialog', (dialog) => {
    trouble.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return trouble;
}

/** What waitForServiceWorker needs of a page: a playwright-core Page and an engine's Tab (engines/types.ts) both have it. */
interface Reloadable {
  evaluate<R>(fn: () => Promise<R>): Promise<R>;
  reload(): Promise<unknown>;
}

/**
 * Resolves once a service worker controls the page (from then on the app opens offline). A page
 * loaded before the worker took over is reloaded once the worker is active; failing, says what state
 * the worker is in.
 */
export async function waitForServiceWorker(page: Reloadable): Promise<void> {
  const state = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { controlled: Boolean(navigator.serviceWorker.controller), active: registration?.active?.state ?? 'none' };
    });
  let reloaded = false;
  let last = { controlled: false, active: 'none' };
  await until(async () => {
    last = await state();
    if (!last.controlled && last.active === 'activated' && !reloaded) {
      reloaded = true;
      await page.reload();
    }
    return last.controlled;
  }, 'a service worker in control').catch((error: Error) => {
    throw new Error(`${error.message} (worker: ${JSON.stringify(last)})`);
  });
}

/** A file of the agenda import tests' fixtures (test/import/fixtures), e.g. "ics/bom.ics". */
export const fixture = (name: string) => readFile(new URL(`../../import/fixtures/${name}`, import.meta.url));
