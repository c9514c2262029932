// One Chromium and one server per test file; a fresh phone-sized context and page per test,
// failing the test on any script error the page throws.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launch, phone, serve, watchForTrouble } from './browser';

/** The current test's page and context, set up by useAppPage(). */
export interface AppPage {
  page: Page;
  context: BrowserContext;
  url: string;
}

/** Registers the hooks; the returned object holds the current test's page (read it inside tests). */
export function useAppPage(options: Parameters<typeof phone>[1] = {}): AppPage {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let trouble: ReturnType<typeof watchForTrouble>;
  const current = {} as AppPage;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), serve()]);
    current.url = server.url;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    current.context = await phone(browser, options);
    current.page = await current.context.newPage();
    trouble = watchForTrouble(current.page);
    await current.page.goto(server.url);
  });
  afterEach(async () => {
    expect(trouble.errors).toEqual([]);
    await current.context.close();
  });
  return current;
}
