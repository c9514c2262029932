import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { addTalk, createEvent, typeNotes } from './support/flows';
import { useAppPage } from './support/session';

const app = useAppPage();

// Known ways to smuggle script into rendered Markdown (from the usual XSS cheat sheets).
const PAYLOADS = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 2">',
  '<svg onload="window.pwned = 3"><circle r="1"/></svg>',
  '<svg><script>window.pwned = 4</script></svg>',
  '<svg><a xlink:href="javascript:window.pwned = 5"><text y="10">svg link</text></a></svg>',
  '<iframe src="javascript:parent.pwned = 6"></iframe>',
  '<iframe srcdoc="<script>parent.pwned = 7</script>"></iframe>',
  '<object data="javascript:window.pwned = 8"></object>',
  '<embed src="javascript:window.pwned = 9">',
  '<form action="javascript:window.pwned = 10"><button>go</button></form>',
  '<a href="javascript:window.pwned = 11">js link</a>',
  '[md link](javascript:window.pwned = 12)',
  '[entity link](&#106;avascript:window.pwned = 13)',
  '<a href="data:text/html,<script>parent.pwned = 14</script>">data link</a>',
  '<div style="background:url(javascript:window.pwned = 15)">styled</div>',
  '<style>body { background: url("javascript:window.pwned = 16") }</style>',
  '<details open ontoggle="window.pwned = 17">d</details>',
  '<input autofocus onfocus="window.pwned = 18">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned = 19">',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.pwned = 20">',
  '![img](x" onerror="window.pwned = 21)',
];

describe('security', () => {
  it('runs none of the known XSS payloads in the preview', async () => {
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await createEvent(page, { name: 'XSS Summit' });
    await addTalk(page, { title: 'Payloads' });
    await typeNotes(page, PAYLOADS.join('\n\n'));
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.getByRole('tabpanel', { name: 'Preview' });
    await preview.getByText('styled').waitFor();
    // Give failing images and toggles their moment to fire handlers.
    await page.waitForTimeout(300);
    for (const link of await preview.getByRole('link').all()) await link.click({ modifiers: ['Alt'] }).catch(() => undefined);
    const found = await preview.evaluate((root) => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      dangerous: root.querySelectorAll('script, iframe, object, embed, form, style, base, meta, input').length,
      handlers: [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      scriptUrls: [...root.querySelectorAll('[href], [src], [action], [xlink\\:href]')].flatMap((el) =>
        ['href', 'src', 'action', 'xlink:href'].map((a) => el.getAttribute(a) ?? '').filter((v) => /^\s*(javascript|data:text)/i.test(v)),
      ),
      styles: root.querySelectorAll('[style]').length,
    }));
    expect(found).toEqual({ pwned: null, dangerous: 0, handlers: [], scriptUrls: [], styles: 0 });
    expect(dialogs).toEqual([]);
  });

  it('serves the app under a strict Content-Security-Policy, which it keeps to', async () => {
    const { page } = app;
    await page.context().addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { cspViolations: violations });
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.reload();
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("img-src 'self' blob: data:");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");

    await createEvent(page, { name: 'CSP Summit', start: '2017-04-18' });
    await addTalk(page, { title: 'Strict' });
    await typeNotes(page, '## Notes\n\n* one\n\n> quote');
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.getByRole('tabpanel', { name: 'Preview' }).getByRole('heading', { name: 'Notes' }).waitFor();
    await page.getByRole('link', { name: 'CSP Summit' }).click();
    await page.getByRole('link', { name: 'Export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

    // An inline script slipped into the page would not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return 'inlineRan' in window;
    });
    expect(ran).toBe(false);
  });

  it('lets the app connect only to itself and the publishing hosts; any other origin is refused', async () => {
    const { page } = app;
    const policy = (await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))) ?? '';
    const connect = /connect-src ([^;]+)/.exec(policy)?.[1]?.split(' ');
    expect(connect).toEqual(["'self'", 'https://api.github.com', 'https://gitlab.com', 'https://codeberg.org']);
    // A server on this machine that would answer anyone (CORS open): only the policy can stop the request.
    let reached = 0;
    const other = createServer((_req, res) => {
      reached++;
      res.writeHead(200, { 'access-control-allow-origin': '*' }).end('{}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      const outcome = await page.evaluate(async (url) => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const fetched = await fetch(url, { method: 'POST', body: 'token' }).then(
          () => 'answered',
          () => 'refused',
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { fetched, violations };
      }, `${origin}/repos/me/blog`);
      expect(outcome).toEqual({ fetched: 'refused', violations: ['connect-src'] });
      expect(reached).toBe(0);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
