// npm run lighthouse: Lighthouse 12 (mobile settings) against the production build served by
// `vite preview`, with Debian's Chromium; prints the four scores against their targets.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
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
  const weak = Object.values(audits).filter((a) => a.score !== null && a.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode));
  if (weak.length) console.log(`\nAudits below 0.9:\n${weak.map((a) => `- ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`).join('\n')}`);
} finally {
  await chrome.kill();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
process.exit(failed ? 1 : 0);
