import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, phone, serve, watchForTrouble } from './browser';
import { addTalk, createEvent, typeNotes } from './flows';

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
    await expect
      .poll(() => preview.evaluate((root) => [...root.querySelectorAll('img')].map((img) => img.complete)))
      .toEqual([true, true]);
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
});
