import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, phone, serve, watchForTrouble } from './support/browser';
import { addTalk, createEvent, typeNotes } from './support/flows';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('preview', () => {
  it('renders Markdown and runs none of the script hidden in notes', async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    const trouble = watchForTrouble(page);
    await page.goto(server.url);
    await createEvent(page, { name: 'Security Summit' });
    await addTalk(page, { title: 'XSS in notes' });
    await typeNotes(
      page,
      [
        '## Heading',
        '* a bullet with **bold**',
        '> a quote',
        '[docs](https://example.com/docs)',
        '[elsewhere](//example.org/phish)',
        '<img src=x onerror=alert(1)>',
        '[x](javascript:alert(1))',
        '<img src=y onerror="window.pwned = true">',
        '<svg><script>window.pwned = true</script></svg>',
        '<a href="javascript:window.pwned=true">click</a>',
      ].join('\n\n'),
    );
    // On a phone the preview is a tab: there is no room for it beside the notes.
    expect(await page.getByRole('button', { name: 'Preview beside notes' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.getByRole('tabpanel', { name: 'Preview' });
    await preview.getByRole('heading', { name: 'Heading' }).waitFor();

    expect(await preview.getByRole('listitem').innerText()).toBe('a bullet with bold');
    expect(await preview.getByRole('blockquote').innerText()).toBe('a quote');
    const docs = preview.getByRole('link', { name: 'docs' });
    expect(await docs.getAttribute('href')).toBe('https://example.com/docs');
    expect(await docs.getAttribute('target')).toBe('_blank');
    expect(await docs.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await preview.getByRole('link', { name: 'elsewhere' }).getAttribute('target')).toBe('_blank');

    // Let the broken images fail to load, which is when an onerror handler would fire.
    await expect.poll(() => preview.evaluate((root) => [...root.querySelectorAll('img')].map((img) => img.complete))).toEqual([true, true]);
    await page.waitForTimeout(100);

    const dangers = await preview.evaluate((root) => ({
      handlers: [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name).filter((n) => n.startsWith('on'))),
      scripts: root.querySelectorAll('script').length,
      scriptLinks: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => /^\s*javascript:/i.test(h)),
      pwned: (window as unknown as { pwned?: boolean }).pwned ?? false,
    }));
    expect(dangers).toEqual({ handlers: [], scripts: 0, scriptLinks: [], pwned: false });
    expect(trouble.dialogs).toEqual([]);
    expect(trouble.errors).toEqual([]);
    await context.close();
  });

  it('shows the preview beside the notes while typing, following each pause, and remembers it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const trouble = watchForTrouble(page);
    await page.goto(server.url);
    await createEvent(page, { name: 'Wide Summit' });
    await addTalk(page, { title: 'Side by side' });
    const toggle = page.getByRole('button', { name: 'Preview beside notes' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.click();
    await page.keyboard.insertText('## Live heading\n\n* a **bold** point');
    const beside = page.getByRole('region', { name: 'Preview beside notes' });
    await beside.getByRole('heading', { name: 'Live heading' }).waitFor();
    expect(await beside.getByRole('listitem').innerText()).toBe('a bold point');
    // Side by side on a wide screen, and the notes keep the keyboard.
    const [left, right] = await Promise.all([notes.boundingBox(), beside.boundingBox()]);
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(await notes.evaluate((el) => el === document.activeElement)).toBe(true);

    // The choice is remembered on this device.
    await page.reload();
    await beside.getByRole('heading', { name: 'Live heading' }).waitFor();
    await page.getByRole('button', { name: 'Preview beside notes' }).click();
    expect(await page.getByRole('region', { name: 'Preview beside notes' }).count()).toBe(0);
    expect(trouble.errors).toEqual([]);
    await context.close();
  });

  it('gives links their addresses only once drawn, so Chromium never watches them while keys come in: the preview’s, and the app’s own', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const trouble = watchForTrouble(page);
    await page.goto(server.url);
    await createEvent(page, { name: 'Linked Summit' });
    await addTalk(page, { title: 'Many links' });
    await page.getByRole('button', { name: 'Preview beside notes' }).click();
    // Whether each link had its address when it went into the page (read before any frame is drawn).
    await page.evaluate(() => {
      const seen: boolean[] = [];
      (window as unknown as { linksSeen: boolean[] }).linksSeen = seen;
      new MutationObserver((records) => {
        for (const node of records.flatMap((record) => [...record.addedNodes])) {
          if (!(node instanceof Element)) continue;
          for (const link of [node, ...node.querySelectorAll('a')]) if (link.tagName === 'A') seen.push(link.hasAttribute('href'));
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('textbox', { name: 'Notes' }).click();
    await page.keyboard.insertText('* [slides](https://example.com/slides)\n* [repo](https://example.org/repo) and [talk](#top)');
    const beside = page.getByRole('region', { name: 'Preview beside notes' });
    const slides = beside.getByRole('link', { name: 'slides' });
    await slides.waitFor();
    // Then they are ordinary links: address, new tab, no handle on the app.
    expect(await slides.getAttribute('href')).toBe('https://example.com/slides');
    expect(await slides.getAttribute('target')).toBe('_blank');
    expect(await beside.getByRole('link', { name: 'repo' }).getAttribute('rel')).toBe('noopener noreferrer');
    expect(await beside.getByRole('link', { name: 'talk' }).getAttribute('href')).toBe('#top');
    // The app's own links too: back to the event, whose page lists the talk by a link, and in again.
    await page.getByRole('link', { name: 'Linked Summit' }).click();
    await page.getByRole('link', { name: /Many links/ }).click();
    await beside.getByRole('link', { name: 'slides' }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { linksSeen: boolean[] }).linksSeen);
    expect(seen.length).toBeGreaterThanOrEqual(8);
    expect(seen.filter(Boolean)).toEqual([]);
    expect(trouble.errors).toEqual([]);
    await context.close();
  });

  it('puts the preview beside the notes on a tablet held upright too, both in view', async () => {
    const screen = { width: 820, height: 1180 };
    const context = await browser.newContext({ viewport: screen, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const trouble = watchForTrouble(page);
    await page.goto(server.url);
    await createEvent(page, { name: 'Tablet Summit' });
    await addTalk(page, { title: 'Upright' });
    await page.getByRole('button', { name: 'Preview beside notes' }).tap();
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.tap();
    await page.keyboard.insertText('## Upright heading\n\n* a point');
    const beside = page.getByRole('region', { name: 'Preview beside notes' });
    await beside.getByRole('heading', { name: 'Upright heading' }).waitFor();
    const [left, right] = await Promise.all([notes.boundingBox(), beside.boundingBox()]);
    // Side by side, as tall as each other, and neither runs off the bottom of the screen.
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(right!.height).toBeCloseTo(left!.height, 0);
    expect(right!.height).toBeGreaterThan(screen.height / 3);
    expect(Math.max(left!.y + left!.height, right!.y + right!.height)).toBeLessThanOrEqual(screen.height);
    expect(trouble.errors).toEqual([]);
    await context.close();
  });

  it('reads as the event’s blog will: typography, footnotes, to-dos; and, for Hugo, no raw HTML', async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    const trouble = watchForTrouble(page);
    await page.goto(server.url);
    await createEvent(page, { name: 'Blog Summit', start: '2026-11-20' });
    await addTalk(page, { title: 'As published' });
    await typeNotes(
      page,
      [
        'He said "serverless" -- twice... H~2~O',
        '',
        'Lambda scales[^1].',
        '',
        '- [x] read the docs',
        '',
        'Press <kbd>Ctrl</kbd>',
        '',
        '[^1]: Up to 1,000.',
      ].join('\n'),
    );
    const talkUrl = page.url();
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.getByRole('tabpanel', { name: 'Preview' });
    await preview.getByText('As your Jekyll blog will show it').waitFor();
    expect(await preview.getByRole('paragraph').filter({ hasText: 'He said' }).innerText()).toBe('He said “serverless” – twice… H~2~O');
    expect(await preview.getByRole('checkbox', { name: 'Done' }).isChecked()).toBe(true);
    expect(await preview.locator('sup').innerText()).toBe('1');
    expect(await preview.getByRole('listitem').filter({ hasText: 'Up to 1,000.' }).count()).toBe(1);
    expect(await preview.locator('kbd').count()).toBe(1); // Jekyll keeps HTML

    // The event exports to Hugo: the preview leaves the HTML out, as Hugo does by default.
    await page.goto(new URL('/', talkUrl).href);
    await page.getByRole('link', { name: /Blog Summit/ }).click();
    await page.getByRole('link', { name: 'Export' }).click();
    await page.getByRole('radio', { name: 'Hugo' }).check();
    await page.getByRole('listitem').filter({ hasText: 'leaves out of the page by default' }).waitFor(); // Before you publish
    // Back to the talk the way a person goes (the export settings are saved on the way).
    await page.getByRole('link', { name: 'Blog Summit' }).click();
    await page.getByRole('link', { name: /As published/ }).click();
    await page.getByRole('tab', { name: 'Preview' }).click();
    await preview.getByText('As your Hugo blog will show it').waitFor();
    expect(await preview.locator('kbd').count()).toBe(0);
    expect(await preview.getByText('Press Ctrl').count()).toBe(1);
    expect(trouble.errors).toEqual([]);
    await context.close();
  });
});
