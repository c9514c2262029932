// npm run lighthouse: Lighthouse 12 (mobile settings) against the production build served by
// `vite preview`, with Debian's Chromium; prints the four scores against their targets, then the
// installability checks Lighthouse 12 no longer makes (its PWA category is gone): the manifest and
// its icons, Chromium's own installability verdict, the service worker, and the start URL offline.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { findChromium } from './chromium.mjs';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: set CHROME_PATH, or run npm test once (it installs Debian’s chromium).');
  process.exit(1);
}
const server = await preview({ logLevel: 'error', preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
let failed = false;
try {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  const { categories, audits } = result.lhr;
  console.log(`Lighthouse ${result.lhr.lighthouseVersion}, ${result.lhr.configSettings.formFactor} settings, ${url}\n`);
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = Math.round((categories[id]?.score ?? 0) * 100);
    if (score < target) failed = true;
    console.log(`${id.padEnd(16)} ${String(score).padStart(3)}  target ≥ ${target}  ${score >= target ? 'PASS' : 'FAIL'}`);
  }
  const weak = Object.values(audits).filter(
    (a) => a.score !== null && a.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode),
  );
  if (weak.length) console.log(`\nAudits below 0.9:\n${weak.map((a) => `- ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`).join('\n')}`);
  console.log('\nInstallability');
  for (const [check, ok, detail] of await installability(url)) {
    if (!ok) failed = true;
    console.log(`${check.padEnd(52)} ${ok ? 'PASS' : 'FAIL'}${detail ? `  ${detail}` : ''}`);
  }
} finally {
  await chrome.kill();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

/** [check, passed, detail] for what installing the app needs, in Chromium with a real profile. */
async function installability(appUrl) {
  const profile = await mkdtemp(join(tmpdir(), 'talknotes-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    // The app registers its worker a moment after loading; then it takes control.
    const controlled = await page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 })
      .then(
        () => true,
        () => false,
      );
    const cdp = await context.newCDPSession(page);
    const { url: manifestUrl, errors, data } = await cdp.send('Page.getAppManifest');
    const manifest = data ? JSON.parse(data) : {};
    const icons = manifest.icons ?? [];
    const pngs = await Promise.all(
      icons.map(async (icon) => {
        const response = await page.request.get(new URL(icon.src, manifestUrl).href);
        const bytes = await response.body();
        // Width and height from the PNG's IHDR chunk must be what the manifest says.
        const size = bytes.length > 24 && bytes.readUInt32BE(12) === 0x49484452 ? `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}` : 'not a PNG';
        return { ...icon, actual: size };
      }),
    );
    const hasIcon = (edge, purpose = 'any') =>
      pngs.some((i) => i.actual === `${edge}x${edge}` && i.sizes === i.actual && (i.purpose ?? 'any').split(' ').includes(purpose));
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');

    // Offline: the start URL opened in a new page with no network at all is served by the worker.
    const offline = await context.newPage();
    const offlineCdp = await context.newCDPSession(offline);
    await offlineCdp.send('Network.enable');
    await offlineCdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const startUrl = new URL(manifest.start_url ?? '/', manifestUrl).href;
    const response = await offline.goto(startUrl).catch(() => null);
    const works =
      response?.status() === 200 &&
      response.fromServiceWorker() &&
      (await offline
        .getByRole('link', { name: 'New event' })
        .waitFor({ timeout: 10_000 })
        .then(
          () => true,
          () => false,
        ));

    return [
      ['web manifest found and valid', Boolean(data) && errors.length === 0, errors.map((e) => e.message).join('; ')],
      [
        'name, short_name, start_url, display standalone',
        Boolean(manifest.name && manifest.short_name && manifest.start_url) && manifest.display === 'standalone',
        `${manifest.short_name ?? '?'}, ${manifest.display ?? '?'}`,
      ],
      [
        'PNG icons 192 and 512 px, and a maskable one',
        hasIcon(192) && hasIcon(512) && pngs.some((i) => (i.purpose ?? '').includes('maskable')),
        pngs.map((i) => `${i.actual} ${i.purpose ?? 'any'}`).join(', '),
      ],
      ['Chromium finds the app installable', installabilityErrors.length === 0, installabilityErrors.map((e) => e.errorId).join(', ')],
      ['service worker in control', controlled, ''],
      ['start URL opens offline (200 from the worker)', works, `${startUrl}${response ? ` → ${response.status()}` : ' → no response'}`],
    ];
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
